// ReceiptQr: the receipt's payload (bare code or tracking URL), and a QR whose modules are whole
// printer dots, level M, with its quiet zone, that our reader and the classifier read back.
#define ZX_USE_UTF8
#include "QrTestImages.h"
#include "TestSupport.h"
#include "qr/CodeClassifier.h"
#include "qr/CodeReader.h"
#include "qr/ReceiptQr.h"

#include <ZXing/ReadBarcode.h>

#include <catch2/catch.hpp>

#include <cmath>

using namespace motcua;
using namespace motcua::qr;
using namespace motcua::test;

namespace {

// The width of the first black run on the first row of the symbol: the top-left finder
// pattern, 7 modules wide.
int finderWidth(const QImage &image, int row)
{
    const uchar *line = image.constScanLine(row);
    int x = 0;
    while (x < image.width() && line[x] != 0)
        ++x;
    const int start = x;
    while (x < image.width() && line[x] == 0)
        ++x;
    return x - start;
}

} // namespace

TEST_CASE("the receipt payload: the code, or the tracking URL that carries it")
{
    CHECK(ReceiptQr::payload(ReceiptSamples::code()) == ReceiptSamples::code());
    CHECK(ReceiptQr::payload(ReceiptSamples::code(), ReceiptSamples::trackingPrefix()) == ReceiptSamples::url());
    CHECK(ReceiptQr::payload(QStringLiteral("A/B C"), ReceiptSamples::trackingPrefix())
          == ReceiptSamples::trackingPrefix() + QStringLiteral("?ma=A%2FB%20C"));
    CHECK(ReceiptQr::payload(QStringLiteral("X-1"), ReceiptSamples::trackingPrefix() + QStringLiteral("?lang=vi"))
          == ReceiptSamples::trackingPrefix() + QStringLiteral("?lang=vi&ma=X-1"));
}

TEST_CASE("the receipt QR: whole dots per module, quiet zone, resolution, level M, read back")
{
    const CodeClassifier classifier(ReceiptCodeRules{ReceiptSamples::codeExpression(), ReceiptSamples::trackingPrefix()});
    struct Case {
        int dpi;
        double moduleMm;
        int expectedModule;
    };
    // 0.5 mm at 300 dpi = 5.9 dots → 6; at 203 dpi (thermal receipt printers) 4.0 → 4; 600 dpi → 12;
    // 0.1 mm at 96 dpi = 0.38 → at least 1.
    for (const Case c : {Case{300, 0.5, 6}, Case{203, 0.5, 4}, Case{600, 0.5, 12}, Case{96, 0.1, 1}}) {
        INFO(c.dpi << " dpi, " << c.moduleMm << " mm");
        for (const QString &payload : {ReceiptQr::payload(ReceiptSamples::code()),
                                       ReceiptQr::payload(ReceiptSamples::code(), ReceiptSamples::trackingPrefix())}) {
            const QImage qr = ReceiptQr::render(payload, ReceiptQrOptions{c.dpi, c.moduleMm, 4});
            REQUIRE(!qr.isNull());
            CHECK(qr.format() == QImage::Format_Grayscale8);
            CHECK(qr.width() == qr.height());
            CHECK(qr.dotsPerMeterX() == int(std::lround(c.dpi / 0.0254)));
            CHECK(qr.dotsPerMeterY() == qr.dotsPerMeterX());

            const int quiet = 4 * c.expectedModule;
            CHECK(finderWidth(qr, quiet) == 7 * c.expectedModule);
            CHECK(qr.constScanLine(quiet)[quiet] == 0);        // the symbol starts right after the quiet zone
            CHECK(qr.constScanLine(quiet - 1)[quiet] == 255);  // and the quiet zone is white
            const int modules = qr.width() / c.expectedModule - 8;
            CHECK(qr.width() % c.expectedModule == 0);
            CHECK((modules - 21) % 4 == 0); // a QR version's size: 21 + 4(v - 1)
            for (int y = 0; y < qr.height(); ++y) // only black and white: prints sharply
                for (int x = 0; x < qr.width(); ++x)
                    if (qr.constScanLine(y)[x] != 0 && qr.constScanLine(y)[x] != 255)
                        FAIL("grey pixel");

            const QList<DecodedCode> read = CodeReader().decode(qr);
            REQUIRE(read.size() == 1);
            CHECK(read.first().text == payload);
            const ClassifiedCode classified = classifier.classify(read.first().text);
            CHECK(classified.kind == CodeKind::Receipt);
            CHECK(classified.dossierCode == ReceiptSamples::code());

            const ZXing::Result zxing = ZXing::ReadBarcode(
                ZXing::ImageView(qr.constBits(), qr.width(), qr.height(), ZXing::ImageFormat::Lum, int(qr.bytesPerLine())));
            CHECK(zxing.ecLevel() == "M");
        }
    }
}

TEST_CASE("Vietnamese text survives the receipt writer (UTF-8)")
{
    const QString text = QStringLiteral("Hồ sơ UBND-PD-250701-0007 — Phường Hàng Bài");
    const QList<DecodedCode> read = CodeReader().decode(ReceiptQr::render(text));
    REQUIRE(read.size() == 1);
    CHECK(read.first().text == text);
}

TEST_CASE("a text too long for a QR, or an empty one, gives a null image")
{
    CHECK(ReceiptQr::render(QString(5000, QLatin1Char('x'))).isNull());
    CHECK(ReceiptQr::render(QString()).isNull());
}
