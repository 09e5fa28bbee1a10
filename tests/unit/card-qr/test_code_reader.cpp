// CodeReader: pixels read where they lie (every QImage format the brief lists, strides, camera
// frame layouts), the region of interest, formats, and the camera's single pass.
#define ZX_USE_UTF8
#include "QrTestImages.h"
#include "TestSupport.h"
#include "qr/CodeReader.h"
#include "qr/ZxingBridge.h"

#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>

#include <catch2/catch.hpp>

#include <vector>

using namespace motcua;
using namespace motcua::qr;
using namespace motcua::test;

namespace {

QImage receiptCode(int modulePx)
{
    QString error;
    const QImage image = qrencodeImage(ReceiptSamples::code(), modulePx, 4, &error);
    INFO(error.toStdString());
    REQUIRE(!image.isNull());
    return image;
}

QStringList textsOf(const QList<DecodedCode> &codes)
{
    QStringList texts;
    for (const DecodedCode &code : codes)
        texts.append(code.text);
    return texts;
}

} // namespace

TEST_CASE("qrencode is installed (the generated-image tests need it)")
{
    INFO(qrencodeProblem().toStdString());
    REQUIRE(qrencodeProblem().isEmpty());
}

TEST_CASE("QImage formats that ZXing reads are viewed without a copy, the rest converted once")
{
    const QImage code = receiptCode(3);
    const CodeReader reader;
    const QList<QImage::Format> direct{QImage::Format_Grayscale8, QImage::Format_RGB888, QImage::Format_BGR888,
                                       QImage::Format_RGB32, QImage::Format_ARGB32, QImage::Format_ARGB32_Premultiplied,
                                       QImage::Format_RGBX8888, QImage::Format_RGBA8888,
                                       QImage::Format_RGBA8888_Premultiplied};
    const QList<QImage::Format> converted{QImage::Format_Mono, QImage::Format_Indexed8, QImage::Format_RGB16,
                                          QImage::Format_RGB30, QImage::Format_RGBA64, QImage::Format_Grayscale16};
    for (const QImage::Format format : direct + converted) {
        INFO("format " << int(format));
        const QImage image = code.convertToFormat(format);
        const detail::QImageView view = detail::viewOf(image);
        CHECK(view.copied() == converted.contains(format));
        if (!view.copied()) {
            CHECK(view.view.data(0, 0) == image.constBits());
            CHECK(view.view.rowStride() == image.bytesPerLine());
        }
        CHECK(textsOf(reader.decode(image)) == QStringList{ReceiptSamples::code()});
    }
}

TEST_CASE("the colour channels are read in the right order")
{
    // A blue code on yellow: swapped R and B would read red (luminance 76) on cyan (179), so the
    // grey values show whether each format's byte order is right.
    const QImage code = receiptCode(3);
    QImage coloured(code.size(), QImage::Format_RGB32);
    for (int y = 0; y < code.height(); ++y)
        for (int x = 0; x < code.width(); ++x)
            coloured.setPixel(x, y, qGray(code.pixel(x, y)) < 128 ? qRgb(0, 0, 255) : qRgb(255, 255, 0));
    for (const QImage::Format format : {QImage::Format_RGB32, QImage::Format_RGB888, QImage::Format_BGR888,
                                        QImage::Format_RGBX8888}) {
        INFO("format " << int(format));
        const QImage image = coloured.convertToFormat(format);
        const QImage grey = detail::greyCopy(detail::viewOf(image).view);
        // Blue (luminance 29) must come out dark and yellow (226) light, whatever the byte order.
        CHECK(qAbs(int(grey.constScanLine(0)[0]) - ZXing::RGBToLum(255, 255, 0)) <= 1);
        CHECK(qAbs(int(grey.constScanLine(4 * 3)[4 * 3]) - ZXing::RGBToLum(0, 0, 255)) <= 1);
    }
}

TEST_CASE("rows longer than the pixels (bytesPerLine) are respected")
{
    const QImage code = receiptCode(3).convertToFormat(QImage::Format_RGB888);
    const int padding = 37; // odd on purpose
    const qsizetype stride = code.bytesPerLine() + padding;
    std::vector<uchar> buffer(std::size_t(stride * code.height()), 0x55);
    for (int y = 0; y < code.height(); ++y)
        std::copy_n(code.constScanLine(y), code.bytesPerLine(), buffer.data() + y * stride);
    const QImage strided(buffer.data(), code.width(), code.height(), stride, QImage::Format_RGB888);
    CHECK(detail::viewOf(strided).view.rowStride() == stride);
    CHECK(textsOf(CodeReader().decode(strided)) == QStringList{ReceiptSamples::code()});
}

TEST_CASE("camera frames: grey, the Y of YUYV (pixel stride 2), BGRX with padded rows")
{
    const QImage code = receiptCode(4);
    const int w = code.width(), h = code.height();
    const CodeReader reader;

    // YUYV: Y U Y V..., the luminance every other byte.
    std::vector<std::uint8_t> yuyv(std::size_t(w) * 2 * std::size_t(h));
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) {
            yuyv[std::size_t(y * w * 2 + x * 2)] = std::uint8_t(qGray(code.pixel(x, y)));
            yuyv[std::size_t(y * w * 2 + x * 2 + 1)] = 128;
        }
    CHECK(textsOf(reader.decodeFrame(FrameView{yuyv.data(), w, h, w * 2, 2, PixelLayout::Luminance}))
          == QStringList{ReceiptSamples::code()});

    // BGRX with 64 bytes of padding after each row.
    const int stride = w * 4 + 64;
    std::vector<std::uint8_t> bgrx(std::size_t(stride) * std::size_t(h), 0);
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) {
            const std::uint8_t v = std::uint8_t(qGray(code.pixel(x, y)));
            std::uint8_t *p = &bgrx[std::size_t(y * stride + x * 4)];
            p[0] = p[1] = p[2] = v;
            p[3] = 0xFF;
        }
    CHECK(textsOf(reader.decodeFrame(FrameView{bgrx.data(), w, h, stride, 0, PixelLayout::Bgrx}))
          == QStringList{ReceiptSamples::code()});

    CHECK(reader.decodeFrame(FrameView{}).isEmpty()); // an invalid frame is no crash
}

TEST_CASE("the region of interest: codes inside it in whole-image coordinates, none outside it")
{
    const QImage code = receiptCode(4);
    const QPoint at(700, 300);
    const QImage frame = placed(busyBackground(QSize(1280, 720), 5), code, at);
    const QRect codeRect(at, code.size());

    ReaderOptions inside;
    inside.region = QRect(600, 200, 500, 450);
    const QList<DecodedCode> found = CodeReader(inside).decode(frame);
    REQUIRE(textsOf(found) == QStringList{ReceiptSamples::code()});
    for (const QPoint &corner : found.first().position)
        CHECK(codeRect.adjusted(-2, -2, 2, 2).contains(corner));

    const FrameView view{frame.constBits(), frame.width(), frame.height(), int(frame.bytesPerLine()), 0, PixelLayout::Bgrx};
    const QList<DecodedCode> fromFrame = CodeReader(inside).decodeFrame(view);
    REQUIRE(fromFrame.size() == 1);
    CHECK(fromFrame.first().position == found.first().position);

    ReaderOptions elsewhere;
    elsewhere.region = QRect(0, 0, 600, 720);
    CHECK(CodeReader(elsewhere).decode(frame).isEmpty());
    ReaderOptions outside;
    outside.region = QRect(5000, 5000, 10, 10);
    CHECK(CodeReader(outside).decode(frame).isEmpty());
}

TEST_CASE("formats: QR by default, others when asked, unknown names reported")
{
    const ZXing::BitMatrix matrix = ZXing::MultiFormatWriter(ZXing::BarcodeFormat::DataMatrix).setMargin(0).encode(
        std::string("HS-0001"), 0, 0);
    QImage dataMatrix((matrix.width() + 8) * 4, (matrix.height() + 8) * 4, QImage::Format_Grayscale8);
    dataMatrix.fill(255);
    for (int y = 0; y < matrix.height(); ++y)
        for (int x = 0; x < matrix.width(); ++x)
            if (matrix.get(x, y))
                for (int dy = 0; dy < 4; ++dy)
                    std::fill_n(dataMatrix.scanLine((y + 4) * 4 + dy) + (x + 4) * 4, 4, uchar(0));

    CHECK(CodeReader().decode(dataMatrix).isEmpty());
    ReaderOptions both;
    both.formats = {QStringLiteral("QRCode"), QStringLiteral("DataMatrix")};
    const QList<DecodedCode> found = CodeReader(both).decode(dataMatrix);
    REQUIRE(found.size() == 1);
    CHECK(found.first().text == QStringLiteral("HS-0001"));
    CHECK(found.first().format == QStringLiteral("DataMatrix"));

    CHECK(CodeReader::unknownFormats({QStringLiteral("QRCode"), QStringLiteral("qr_code"), QStringLiteral("Bogus")})
          == QStringList{QStringLiteral("Bogus")});
    ReaderOptions bogus;
    bogus.formats = {QStringLiteral("Bogus")}; // nothing known: the QR default, not every format
    CHECK(textsOf(CodeReader(bogus).decode(receiptCode(3))) == QStringList{ReceiptSamples::code()});
}

TEST_CASE("the raw bytes and the UTF-8 text of a code with diacritics")
{
    const QString text = CccdSamples::sevenFieldsNoOldId();
    const QList<DecodedCode> found = CodeReader().decode(qrencodeImage(text, 3));
    REQUIRE(found.size() == 1);
    CHECK(found.first().text == text);
    CHECK(found.first().bytes == text.toUtf8());
    CHECK(found.first().format == QStringLiteral("QRCode"));
    CHECK(found.first().foundBy == QStringLiteral("plain"));
}

TEST_CASE("a null or tiny image is no crash")
{
    CHECK(CodeReader().decode(QImage()).isEmpty());
    QImage tiny(3, 2, QImage::Format_Grayscale8);
    tiny.fill(0);
    CHECK(CodeReader().decode(tiny).isEmpty());
}
