#include "QrTestImages.h"

#include <QColor>
#include <QLinearGradient>
#include <QPainter>
#include <QPolygonF>
#include <QProcess>
#include <QStandardPaths>
#include <QTransform>

#include <algorithm>
#include <random>

namespace motcua::test {

QString CccdSamples::sevenFieldsNoOldId()
{
    return QStringLiteral("001099012345||Nguyễn Văn An|14031999|Nam|"
                          "Số 1 Phố Huế, Phường Hàng Bài, Quận Hoàn Kiếm, Hà Nội|20072021");
}

QString CccdSamples::sevenFieldsWithOldId()
{
    return QStringLiteral("079301234567|025123456|Trần Thị Bích Ngọc|05112001|Nữ|"
                          "123 Đường Nguyễn Trãi, Phường 2, Quận 5, Thành phố Hồ Chí Minh|15032022");
}

QString CccdSamples::elevenFields()
{
    return QStringLiteral("048095004321||Lê Hoàng Phúc|22081995|Nam|"
                          "Tổ 5, Phường Hòa Khánh Bắc, Quận Liên Chiểu, Đà Nẵng|01072024||||");
}

QString CccdSamples::sixFields()
{
    return QStringLiteral("031188007654|Phạm Thị Thu Hằng|30041988|Nữ|Số 7 Lạch Tray, Ngô Quyền, Hải Phòng|11112021");
}

namespace {

QImage whiteCanvas(const QSize &size)
{
    QImage canvas(size, QImage::Format_RGB32);
    canvas.fill(Qt::white);
    return canvas;
}

// Per-pixel grey mapping of an RGB32 copy.
template <typename Fn>
QImage mapGrey(const QImage &image, Fn fn)
{
    QImage out = image.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < out.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(out.scanLine(y));
        for (int x = 0; x < out.width(); ++x) {
            const int v = std::clamp(fn(qGray(line[x]), x, y), 0, 255);
            line[x] = qRgb(v, v, v);
        }
    }
    return out;
}

// A transformed copy on a canvas that holds all of it, white around.
QImage transformedOnWhite(const QImage &image, const QTransform &transform)
{
    const QRect bounds = transform.mapRect(QRectF(image.rect())).toAlignedRect();
    QImage canvas = whiteCanvas(bounds.size());
    QPainter painter(&canvas);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setTransform(transform * QTransform::fromTranslate(-bounds.x(), -bounds.y()));
    painter.drawImage(0, 0, image);
    return canvas;
}

} // namespace

QString qrencodeProblem()
{
    if (QStandardPaths::findExecutable(QStringLiteral("qrencode")).isEmpty())
        return QStringLiteral("the qrencode program is missing: install the Debian package 'qrencode' "
                              "(scripts/install-deps does)");
    return {};
}

QImage qrencodeImage(const QString &text, int modulePx, int marginModules, QString *error)
{
    QProcess process;
    // The text goes through stdin, so that no argument parsing or locale touches its bytes.
    process.start(QStringLiteral("qrencode"),
                  {QStringLiteral("-t"), QStringLiteral("PNG"), QStringLiteral("-o"), QStringLiteral("-"),
                   QStringLiteral("-s"), QString::number(modulePx), QStringLiteral("-m"), QString::number(marginModules),
                   QStringLiteral("-l"), QStringLiteral("M"), QStringLiteral("-8")});
    if (!process.waitForStarted(5000)) {
        if (error)
            *error = qrencodeProblem().isEmpty() ? QStringLiteral("qrencode did not start") : qrencodeProblem();
        return {};
    }
    process.write(text.toUtf8());
    process.closeWriteChannel();
    if (!process.waitForFinished(10000) || process.exitCode() != 0) {
        if (error)
            *error = QStringLiteral("qrencode failed: ") + QString::fromLocal8Bit(process.readAllStandardError());
        return {};
    }
    QImage image = QImage::fromData(process.readAllStandardOutput(), "PNG");
    if (image.isNull() && error)
        *error = QStringLiteral("qrencode wrote no readable PNG");
    return image.convertToFormat(QImage::Format_RGB32);
}

QImage rotated(const QImage &image, double degrees)
{
    return transformedOnWhite(image, QTransform().rotate(degrees));
}

QImage perspectiveSkewed(const QImage &image, double topShrink)
{
    const double w = image.width(), h = image.height();
    const QPolygonF from({QPointF(0, 0), QPointF(w, 0), QPointF(w, h), QPointF(0, h)});
    const QPolygonF to({QPointF(w * topShrink, h * topShrink * 0.5), QPointF(w * (1 - topShrink), h * topShrink * 0.5),
                        QPointF(w, h), QPointF(0, h)});
    QTransform transform;
    QTransform::quadToQuad(from, to, transform);
    return transformedOnWhite(image, transform);
}

QImage boxBlurred(const QImage &image, int radius)
{
    // Two separable passes over grey values: a horizontal then a vertical running mean.
    QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    const int w = grey.width(), h = grey.height();
    std::vector<int> values(std::size_t(w) * std::size_t(h));
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x)
            values[std::size_t(y) * std::size_t(w) + std::size_t(x)] = grey.constScanLine(y)[x];
    const auto pass = [&](bool horizontal) {
        std::vector<int> out(values.size());
        const int outer = horizontal ? h : w, inner = horizontal ? w : h;
        for (int o = 0; o < outer; ++o) {
            for (int i = 0; i < inner; ++i) {
                int sum = 0, count = 0;
                for (int k = std::max(0, i - radius); k <= std::min(inner - 1, i + radius); ++k, ++count)
                    sum += horizontal ? values[std::size_t(o) * std::size_t(w) + std::size_t(k)]
                                      : values[std::size_t(k) * std::size_t(w) + std::size_t(o)];
                const std::size_t at = horizontal ? std::size_t(o) * std::size_t(w) + std::size_t(i)
                                                  : std::size_t(i) * std::size_t(w) + std::size_t(o);
                out[at] = sum / count;
            }
        }
        values.swap(out);
    };
    pass(true);
    pass(false);
    return mapGrey(grey, [&](int, int x, int y) { return values[std::size_t(y) * std::size_t(w) + std::size_t(x)]; });
}

QImage withNoise(const QImage &image, int amplitude, std::uint32_t seed)
{
    std::mt19937 random(seed);
    std::normal_distribution<double> noise(0.0, amplitude);
    return mapGrey(image, [&](int v, int, int) { return v + int(noise(random)); });
}

QImage lowContrast(const QImage &image, int dark, int light)
{
    return mapGrey(image, [&](int v, int, int) { return dark + (light - dark) * v / 255; });
}

QImage inverted(const QImage &image)
{
    QImage out = image.convertToFormat(QImage::Format_RGB32);
    out.invertPixels();
    return out;
}

QImage scaledSmooth(const QImage &image, double factor)
{
    return image.scaled(qMax(1, int(image.width() * factor)), qMax(1, int(image.height() * factor)),
                        Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
        .convertToFormat(QImage::Format_RGB32);
}

QImage busyBackground(const QSize &size, std::uint32_t seed)
{
    std::mt19937 random(seed);
    const auto uniform = [&random](int from, int to) { return std::uniform_int_distribution<int>(from, to)(random); };
    QImage canvas = whiteCanvas(size);
    QPainter painter(&canvas);
    painter.setRenderHint(QPainter::Antialiasing);
    QLinearGradient gradient(0, 0, size.width(), size.height());
    gradient.setColorAt(0, QColor(uniform(150, 230), uniform(150, 230), uniform(150, 230)));
    gradient.setColorAt(1, QColor(uniform(60, 160), uniform(60, 160), uniform(60, 160)));
    painter.fillRect(canvas.rect(), gradient);
    const int shapes = 40 + size.width() * size.height() / 20000;
    for (int i = 0; i < shapes; ++i) {
        const QColor colour(uniform(0, 255), uniform(0, 255), uniform(0, 255));
        const QRect box(uniform(-50, size.width()), uniform(-50, size.height()), uniform(5, 220), uniform(5, 160));
        painter.setPen(QPen(colour.darker(150), uniform(1, 4)));
        painter.setBrush(colour);
        switch (uniform(0, 3)) {
        case 0: painter.drawRect(box); break;
        case 1: painter.drawEllipse(box); break;
        case 2: painter.drawLine(box.topLeft(), box.bottomRight()); break;
        default: // a row of text-like bars, as on a printed form
            for (int bar = 0; bar < 6; ++bar)
                painter.fillRect(QRect(box.x() + bar * 9, box.y(), 6, uniform(4, 12)), colour.darker(200));
        }
    }
    return canvas;
}

QImage placed(const QImage &background, const QImage &code, const QPoint &at)
{
    QImage out = background.convertToFormat(QImage::Format_RGB32);
    QPainter painter(&out);
    painter.drawImage(at, code);
    return out;
}

namespace {

// Builds the set, stopping at the first qrencode failure.
class SetBuilder {
public:
    QImage qr(const QString &text, int modulePx)
    {
        if (!m_error.isEmpty())
            return {};
        QImage image = qrencodeImage(text, modulePx, 4, &m_error);
        return image;
    }
    void add(const QString &name, const QImage &image, const QStringList &texts, const QString &transformation)
    {
        if (m_error.isEmpty() && image.isNull())
            m_error = QStringLiteral("could not draw ") + name;
        if (m_error.isEmpty())
            m_set.append(GeneratedImage{name, image, texts, transformation});
    }
    QList<GeneratedImage> take(QString *error)
    {
        if (error)
            *error = m_error;
        return m_error.isEmpty() ? m_set : QList<GeneratedImage>{};
    }

private:
    QList<GeneratedImage> m_set;
    QString m_error;
};

} // namespace

QList<GeneratedImage> generatedSet(QString *error)
{
    SetBuilder b;
    const QString cccd7 = CccdSamples::sevenFieldsNoOldId();
    const QString cccd7old = CccdSamples::sevenFieldsWithOldId();
    const QString cccd11 = CccdSamples::elevenFields();
    const QString cccd6 = CccdSamples::sixFields();
    const QString receipt = ReceiptSamples::code();
    const QString url = ReceiptSamples::url();
    const QString text = QStringLiteral("Bộ phận một cửa — giờ làm việc 7:30–17:00");
    const auto name = [](const QString &what, int module) { return QStringLiteral("%1-m%2").arg(what).arg(module); };

    for (int module = 1; module <= 8; ++module)
        b.add(name(QStringLiteral("cccd7-plain"), module), b.qr(cccd7, module), {cccd7}, QStringLiteral("plain"));
    b.add(name(QStringLiteral("cccd7old-plain"), 3), b.qr(cccd7old, 3), {cccd7old}, QStringLiteral("plain"));
    b.add(name(QStringLiteral("cccd11-plain"), 3), b.qr(cccd11, 3), {cccd11}, QStringLiteral("plain"));
    b.add(name(QStringLiteral("cccd6-plain"), 3), b.qr(cccd6, 3), {cccd6}, QStringLiteral("plain"));
    b.add(name(QStringLiteral("receipt-plain"), 2), b.qr(receipt, 2), {receipt}, QStringLiteral("plain"));
    b.add(name(QStringLiteral("url-plain"), 3), b.qr(url, 3), {url}, QStringLiteral("plain"));
    b.add(name(QStringLiteral("text-plain"), 4), b.qr(text, 4), {text}, QStringLiteral("plain"));

    const QImage cccd11m4 = b.qr(cccd11, 4);
    for (const int degrees : {15, 90, 180, 33})
        b.add(name(QStringLiteral("cccd11-rotated%1").arg(degrees), 4), rotated(cccd11m4, degrees), {cccd11},
              QStringLiteral("rotated"));
    const QImage cccd7m5 = b.qr(cccd7, 5);
    b.add(name(QStringLiteral("cccd7-skewed15"), 5), perspectiveSkewed(cccd7m5, 0.15), {cccd7}, QStringLiteral("skewed"));
    b.add(name(QStringLiteral("cccd7-skewed20"), 5), perspectiveSkewed(cccd7m5, 0.20), {cccd7}, QStringLiteral("skewed"));
    b.add(name(QStringLiteral("cccd7-blurred1"), 4), boxBlurred(b.qr(cccd7, 4), 1), {cccd7}, QStringLiteral("blurred"));
    b.add(name(QStringLiteral("cccd7-blurred2"), 6), boxBlurred(b.qr(cccd7, 6), 2), {cccd7}, QStringLiteral("blurred"));
    b.add(name(QStringLiteral("url-blurred3"), 8), boxBlurred(b.qr(url, 8), 3), {url}, QStringLiteral("blurred"));
    const QImage cccd7oldm4 = b.qr(cccd7old, 4);
    b.add(name(QStringLiteral("cccd7old-noisy30"), 4), withNoise(cccd7oldm4, 30, 1), {cccd7old}, QStringLiteral("noisy"));
    b.add(name(QStringLiteral("cccd7old-noisy60"), 4), withNoise(cccd7oldm4, 60, 2), {cccd7old}, QStringLiteral("noisy"));
    b.add(name(QStringLiteral("cccd7old-faded"), 4), lowContrast(cccd7oldm4, 110, 160), {cccd7old}, QStringLiteral("lowContrast"));
    b.add(name(QStringLiteral("cccd7old-washed-out"), 4), withNoise(lowContrast(cccd7oldm4, 160, 180), 3, 4), {cccd7old},
          QStringLiteral("lowContrast"));
    b.add(name(QStringLiteral("cccd7old-dark"), 4), lowContrast(cccd7oldm4, 20, 70), {cccd7old}, QStringLiteral("lowContrast"));
    b.add(name(QStringLiteral("cccd7-inverted"), 4), inverted(b.qr(cccd7, 4)), {cccd7}, QStringLiteral("inverted"));
    b.add(name(QStringLiteral("receipt-inverted"), 3), inverted(b.qr(receipt, 3)), {receipt}, QStringLiteral("inverted"));
    b.add(name(QStringLiteral("cccd11-inverted-rotated33"), 4), inverted(rotated(cccd11m4, 33)), {cccd11},
          QStringLiteral("inverted"));

    const QImage desk = busyBackground(QSize(1280, 720), 7);
    b.add(name(QStringLiteral("cccd7-busy"), 4), placed(desk, b.qr(cccd7, 4), QPoint(420, 180)), {cccd7}, QStringLiteral("busy"));
    b.add(name(QStringLiteral("url-busy-rotated15"), 4), placed(desk, rotated(b.qr(url, 4), 15), QPoint(700, 260)), {url},
          QStringLiteral("busy"));
    QImage several = busyBackground(QSize(1600, 900), 11);
    several = placed(several, b.qr(cccd7old, 3), QPoint(60, 80));
    several = placed(several, b.qr(url, 4), QPoint(700, 120));
    several = placed(several, rotated(b.qr(text, 4), 90), QPoint(1150, 420));
    b.add(QStringLiteral("several-three-codes"), several, {cccd7old, url, text}, QStringLiteral("several"));

    // A photocopy of the card scanned at 300 dpi: an A4 page, the QR at about 0.3 mm a module.
    QImage page(2480, 3508, QImage::Format_RGB32);
    page.fill(QColor(245, 245, 240));
    page = placed(page, lowContrast(b.qr(cccd11, 4), 40, 235), QPoint(300, 400));
    b.add(QStringLiteral("cccd11-a4-scan300"), withNoise(page, 6, 3), {cccd11}, QStringLiteral("scan"));

    b.add(QStringLiteral("none-busy"), busyBackground(QSize(1280, 720), 23), {}, QStringLiteral("none"));
    b.add(QStringLiteral("none-blank"), whiteCanvas(QSize(800, 600)), {}, QStringLiteral("none"));
    return b.take(error);
}

} // namespace motcua::test
