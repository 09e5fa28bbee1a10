#include "qr/DocumentDecoder.h"

#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QLoggingCategory>
#include <QPainter>
#include <QPdfDocument>

#include <cmath>

Q_LOGGING_CATEGORY(lcQrFiles, "motcua.qr.files", QtInfoMsg)

namespace motcua::qr {

namespace {

// Pages are rendered at 300 dpi (a 0.3-mm module of the card's QR is then 3.5 pixels) but never
// beyond these bounds, so that a poster-sized page cannot take the workstation's memory.
constexpr double kRenderDpi = 300.0;
constexpr int kMaxPageSide = 7000;
constexpr qint64 kMaxPagePixels = 36'000'000;

bool looksLikePdf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(1024).contains("%PDF-"); // the header may follow a few bytes of junk
}

QSize pagePixels(const QSizeF &points)
{
    double scale = kRenderDpi / 72.0;
    const double longest = qMax(points.width(), points.height()) * scale;
    if (longest > kMaxPageSide)
        scale *= kMaxPageSide / longest;
    const double pixels = points.width() * points.height() * scale * scale;
    if (pixels > double(kMaxPagePixels))
        scale *= std::sqrt(double(kMaxPagePixels) / pixels);
    return QSize(qMax(1, int(points.width() * scale)), qMax(1, int(points.height() * scale)));
}

// Qt PDF leaves what the page does not paint transparent; a grey reader of B G R X bytes would
// see it black, so the page is laid on white paper.
QImage onWhitePaper(const QImage &rendered)
{
    QImage paper(rendered.size(), QImage::Format_RGB32);
    paper.fill(Qt::white);
    QPainter painter(&paper);
    painter.drawImage(0, 0, rendered);
    return paper;
}

} // namespace

DocumentDecoder::DocumentDecoder(CodeReader reader) : m_reader(std::move(reader)) {}

Result<QList<CodeInFile>> DocumentDecoder::decodeFile(const QString &path) const
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    // A clerk's file names may carry a citizen's name: the log gets only the kind of file.
    const QString forLog = QStringLiteral("a .%1 file").arg(info.suffix());
    if (!info.exists())
        return Error{QStringLiteral("qr.file.missing"), tr("The file \"%1\" does not exist.").arg(name), forLog};
    if (!info.isFile())
        return Error{QStringLiteral("qr.file.notFile"), tr("\"%1\" is a folder, not a picture or a PDF.").arg(name), forLog};
    if (!info.isReadable())
        return Error{QStringLiteral("qr.file.unreadable"),
                     tr("The file \"%1\" cannot be opened: this computer's account may not read it.").arg(name), forLog};

    QList<CodeInFile> found;
    const auto collect = [&](const QImage &image, int page) {
        for (DecodedCode &code : m_reader.decode(image))
            found.append(CodeInFile{page, std::move(code)});
    };

    if (looksLikePdf(path)) {
        QPdfDocument pdf;
        const QPdfDocument::Error error = pdf.load(path); // synchronous for a local file
        if (error == QPdfDocument::Error::IncorrectPassword || error == QPdfDocument::Error::UnsupportedSecurityScheme)
            return Error{QStringLiteral("qr.pdf.protected"),
                         tr("The PDF \"%1\" is protected by a password. Save or scan it again without a password.").arg(name),
                         forLog + QStringLiteral(": PDF error %1").arg(int(error))};
        if (error != QPdfDocument::Error::None || pdf.pageCount() <= 0)
            return Error{QStringLiteral("qr.pdf.damaged"),
                         tr("The PDF \"%1\" is damaged and cannot be read. Scan the document again.").arg(name),
                         forLog + QStringLiteral(": PDF error %1, %2 pages").arg(int(error)).arg(pdf.pageCount())};
        for (int page = 0; page < pdf.pageCount(); ++page) {
            const QImage rendered = pdf.render(page, pagePixels(pdf.pagePointSize(page)));
            if (rendered.isNull()) {
                qCWarning(lcQrFiles) << "page" << page + 1 << "of" << forLog << "could not be rendered";
                continue;
            }
            collect(onWhitePaper(rendered), page + 1);
        }
        return found;
    }

    QImageReader reader(path);
    reader.setAutoTransform(true); // a phone photo's EXIF rotation
    if (!reader.canRead())
        return Error{QStringLiteral("qr.file.notImage"),
                     tr("The file \"%1\" is not a picture or a PDF that this program can read.").arg(name),
                     forLog + QStringLiteral(": ") + reader.errorString()};
    // A multi-page TIFF from a document scanner: every page, numbered like a PDF's.
    const int pages = qMax(1, reader.imageCount());
    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !reader.jumpToNextImage())
            break;
        const QImage image = reader.read();
        if (image.isNull())
            return Error{QStringLiteral("qr.file.damagedImage"),
                         tr("The picture \"%1\" is damaged and cannot be read. Take or scan it again.").arg(name),
                         forLog + QStringLiteral(": ") + reader.errorString()};
        collect(image, pages > 1 ? page + 1 : 0);
    }
    return found;
}

} // namespace motcua::qr
