// DocumentDecoder: codes from image files (EXIF rotation applied) and from every page of a PDF
// (Qt PDF), and a clerk-worded error for each way a file can be unreadable.
#include "QrTestImages.h"
#include "TestSupport.h"
#include "qr/DocumentDecoder.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>

#include <array>

using namespace motcua;
using namespace motcua::qr;
using namespace motcua::test;

namespace {

// A PDF with one page per image (an empty page for a null image), each image filling the width
// of an A4 page less 2 cm margins: a scanned photocopy.
void writePdf(const QString &path, const QList<QImage> &pages)
{
    QPdfWriter writer(path);
    writer.setResolution(300);
    writer.setPageSize(QPageSize(QPageSize::A4));
    QPainter painter(&writer);
    for (qsizetype i = 0; i < pages.size(); ++i) {
        if (i > 0)
            writer.newPage();
        if (!pages.at(i).isNull())
            painter.drawImage(QPoint(240, 240), pages.at(i));
    }
}

QByteArray rc4(const QByteArray &key, const QByteArray &data)
{
    std::array<quint8, 256> s{};
    for (int i = 0; i < 256; ++i)
        s[std::size_t(i)] = quint8(i);
    for (int i = 0, j = 0; i < 256; ++i) {
        j = (j + s[std::size_t(i)] + quint8(key.at(i % key.size()))) & 0xFF;
        std::swap(s[std::size_t(i)], s[std::size_t(j)]);
    }
    QByteArray out = data;
    for (int n = 0, i = 0, j = 0; n < out.size(); ++n) {
        i = (i + 1) & 0xFF;
        j = (j + s[std::size_t(i)]) & 0xFF;
        std::swap(s[std::size_t(i)], s[std::size_t(j)]);
        out[n] = char(quint8(out.at(n)) ^ s[std::size_t((s[std::size_t(i)] + s[std::size_t(j)]) & 0xFF)]);
    }
    return out;
}

// A one-page PDF protected by the user password "secret" (Standard security handler, revision 2,
// PDF 1.7 §7.6.3): a reader without the password cannot open it. Written by hand because no PDF
// encryption tool is part of the build's dependencies.
QByteArray passwordProtectedPdf()
{
    const QByteArray padding = QByteArray::fromHex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A");
    const auto padded = [&](const QByteArray &password) { return QByteArray(password + padding).left(32); };
    const QByteArray id = QByteArray::fromHex("00112233445566778899AABBCCDDEEFF");
    const qint32 permissions = -4;
    const QByteArray ownerKey = QCryptographicHash::hash(padded("owner"), QCryptographicHash::Md5).left(5);
    const QByteArray o = rc4(ownerKey, padded("secret"));
    QByteArray seed = padded("secret") + o;
    for (int i = 0; i < 4; ++i)
        seed.append(char((quint32(permissions) >> (8 * i)) & 0xFF));
    seed += id;
    const QByteArray key = QCryptographicHash::hash(seed, QCryptographicHash::Md5).left(5);
    const QByteArray u = rc4(key, padding);

    QList<QByteArray> objects{
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
        "<< /Filter /Standard /V 1 /R 2 /O <" + o.toHex() + "> /U <" + u.toHex() + "> /P "
            + QByteArray::number(permissions) + " >>",
    };
    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R /Encrypt 4 0 R /ID [<"
           + id.toHex() + "> <" + id.toHex() + ">] >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

QImage qrOf(const QString &text, int module)
{
    QString error;
    const QImage image = qrencodeImage(text, module, 4, &error);
    INFO(error.toStdString());
    REQUIRE(!image.isNull());
    return image;
}

} // namespace

TEST_CASE("image files: PNG and JPEG, one code or several, none")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const DocumentDecoder decoder;

    const QString png = dir.filePath(QStringLiteral("card.png"));
    REQUIRE(qrOf(CccdSamples::elevenFields(), 4).save(png));
    const auto fromPng = decoder.decodeFile(png);
    REQUIRE(fromPng.ok());
    REQUIRE(fromPng->size() == 1);
    CHECK(fromPng->first().page == 0);
    CHECK(fromPng->first().code.text == CccdSamples::elevenFields());

    const QString jpeg = dir.filePath(QStringLiteral("two.jpg"));
    QImage two = busyBackground(QSize(1000, 600), 3);
    two = placed(placed(two, qrOf(ReceiptSamples::url(), 4), QPoint(40, 40)), qrOf(CccdSamples::sixFields(), 3), QPoint(560, 200));
    REQUIRE(two.save(jpeg, "JPEG", 85));
    const auto fromJpeg = decoder.decodeFile(jpeg);
    REQUIRE(fromJpeg.ok());
    QStringList texts;
    for (const CodeInFile &found : *fromJpeg)
        texts.append(found.code.text);
    texts.sort();
    CHECK(texts == QStringList{CccdSamples::sixFields(), ReceiptSamples::url()});

    const QString none = dir.filePath(QStringLiteral("desk.png"));
    REQUIRE(busyBackground(QSize(640, 480), 9).save(none));
    const auto fromNone = decoder.decodeFile(none);
    REQUIRE(fromNone.ok());
    CHECK(fromNone->isEmpty());
}

TEST_CASE("a photo's EXIF orientation is applied, so positions are those the clerk sees")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    // Stored 800×400 with the code on the right, and an EXIF tag (orientation 6) that says "turn
    // 90° clockwise to view", as a phone writes it: the clerk sees 400×800 with the code at the
    // bottom (stored x becomes upright y).
    QImage stored(800, 400, QImage::Format_RGB32);
    stored.fill(Qt::white);
    stored = placed(stored, qrOf(ReceiptSamples::code(), 5), QPoint(600, 60));
    QByteArray jpeg;
    {
        QBuffer buffer(&jpeg);
        buffer.open(QIODevice::WriteOnly);
        REQUIRE(stored.save(&buffer, "JPEG", 95));
    }
    // APP1 "Exif": a big-endian TIFF header and one IFD entry, Orientation (0x0112) = 6.
    const QByteArray exif = QByteArray::fromHex("FFE10022" "457869660000" "4D4D002A00000008" "0001"
                                                "011200030000000100060000" "00000000");
    jpeg.insert(2, exif); // right after the start-of-image marker
    const QString path = dir.filePath(QStringLiteral("phone.jpg"));
    writeFile(path, jpeg);

    const auto found = DocumentDecoder().decodeFile(path);
    REQUIRE(found.ok());
    REQUIRE(found->size() == 1);
    for (const QPoint &corner : found->first().code.position) {
        CHECK(corner.x() < 400); // inside the upright picture's width: it was turned
        CHECK(corner.y() > 550); // the bottom of the upright picture
    }
}

TEST_CASE("scanned PDFs: every page rendered and read, page numbers from 1")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("scan.pdf"));
    const QImage photocopy = withNoise(lowContrast(qrOf(CccdSamples::sevenFieldsWithOldId(), 4), 40, 230), 8, 4);
    writePdf(path, {QImage(), photocopy, qrOf(ReceiptSamples::code(), 4)});

    const auto found = DocumentDecoder().decodeFile(path);
    INFO((found.ok() ? QString() : found.error().toString()).toStdString());
    REQUIRE(found.ok());
    REQUIRE(found->size() == 2);
    CHECK(found->at(0).page == 2);
    CHECK(found->at(0).code.text == CccdSamples::sevenFieldsWithOldId());
    CHECK(found->at(1).page == 3);
    CHECK(found->at(1).code.text == ReceiptSamples::code());

    const QString empty = dir.filePath(QStringLiteral("blank.pdf"));
    writePdf(empty, {QImage()});
    const auto none = DocumentDecoder().decodeFile(empty);
    REQUIRE(none.ok());
    CHECK(none->isEmpty());
}

TEST_CASE("unreadable files give a clerk's message and a stable code")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const DocumentDecoder decoder;
    const auto failsWith = [&](const QString &path, const char *code) {
        INFO(path.toStdString());
        const auto result = decoder.decodeFile(path);
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().code == QString::fromLatin1(code));
        CHECK_FALSE(result.error().message.isEmpty());
        CHECK(result.error().message.contains(QFileInfo(path).fileName()));
        // The log detail never names the file: a file name may carry a citizen's name.
        CHECK_FALSE(result.error().detail.contains(QFileInfo(path).fileName()));
    };

    failsWith(dir.filePath(QStringLiteral("missing.png")), "qr.file.missing");
    failsWith(dir.path(), "qr.file.notFile");

    const QString text = dir.filePath(QStringLiteral("notes.txt"));
    writeFile(text, "not a picture\n");
    failsWith(text, "qr.file.notImage");

    const QString png = dir.filePath(QStringLiteral("cut.png"));
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        busyBackground(QSize(300, 300), 1).save(&buffer, "PNG");
    }
    writeFile(png, bytes.left(bytes.size() / 2)); // a transfer that stopped half-way
    failsWith(png, "qr.file.damagedImage");

    const QString damaged = dir.filePath(QStringLiteral("damaged.pdf"));
    writeFile(damaged, "%PDF-1.4\n1 0 obj << /Type /Catalog >> garbage");
    failsWith(damaged, "qr.pdf.damaged");

    const QString locked = dir.filePath(QStringLiteral("locked.pdf"));
    writeFile(locked, passwordProtectedPdf());
    failsWith(locked, "qr.pdf.protected");
}
