// motcua-bench-qr: our QR decoding beside bare ZXing, on the same pictures in the same run.
//
//   motcua-bench-qr [--frames 200] [--seed 1]
//
// Frames: 1280×720 camera frames (BGRX, as a webcam's RGB32 frame is mapped), seeded: a card's QR
// made by qrencode (not our writer), scaled to what a webcam at 20–50 cm sees (110–330 px, i.e.
// 2–6 px a module), turned by any angle, tilted in perspective up to 20 %, in one frame of five
// washed out, in two of five blurred, on a busy desk with sensor noise; one frame in four holds
// no code.
//
// Figures:
//   camera   CodeReader::decodeFrame() (one pass, try-harder off) beside a bare ZXing
//            ReadBarcodes with the same hints over the same pixels: median and p99 per frame,
//            the ratio (target: median within 1.15x of bare ZXing), the share of frames with a
//            code that each decoded (the right text).
//   images   CodeReader::decode() (try-harder and escalation) beside bare ReadBarcodes with ZXing's
//            default hints (try-harder too), over the same frames taken as images: for
//            information, the price and the gain of the escalation.
// Exits 0 whatever the figures (1 only when it cannot make the frames: qrencode missing).
#define ZX_USE_UTF8
#include "BenchReport.h"
#include "QrTestImages.h"
#include "qr/CodeReader.h"

#include <ZXing/ReadBarcode.h>

#include <QCoreApplication>
#include <QTextStream>

#include <random>

using namespace motcua;
using motcua::bench::Figure;

namespace {

struct Frame {
    QImage image;  // Format_RGB32
    QString text;  // the code in it; empty for a frame without one
};

[[noreturn]] void die(const QString &what)
{
    QTextStream(stderr) << "motcua-bench-qr: " << what << '\n';
    std::exit(1);
}

QList<Frame> makeFrames(qint64 count, std::uint32_t seed)
{
    const QStringList texts{test::CccdSamples::sevenFieldsNoOldId(), test::CccdSamples::elevenFields(),
                            test::ReceiptSamples::url()};
    QList<QImage> codes;
    for (const QString &text : texts) {
        QString error;
        codes.append(test::qrencodeImage(text, 8, 4, &error));
        if (codes.last().isNull())
            die(error);
    }
    QList<QImage> desks;
    for (std::uint32_t i = 0; i < 6; ++i)
        desks.append(test::busyBackground(QSize(1280, 720), seed * 100 + i));

    std::mt19937 random(seed);
    const auto uniform = [&random](double from, double to) { return std::uniform_real_distribution<double>(from, to)(random); };
    const auto pick = [&random](qsizetype size) { return std::uniform_int_distribution<qsizetype>(0, size - 1)(random); };
    QList<Frame> frames;
    for (qint64 i = 0; i < count; ++i) {
        QImage frame = desks.at(pick(desks.size()));
        QString text;
        if (i % 4 != 3) {
            const qsizetype which = pick(codes.size());
            text = texts.at(which);
            const QImage &code = codes.at(which);
            QImage seen = test::scaledSmooth(code, uniform(110, 330) / code.width());
            if (uniform(0, 1) < 0.2) // glare on the card's laminate, or a dim counter
                seen = test::lowContrast(seen, int(uniform(40, 110)), int(uniform(170, 255)));
            seen = test::perspectiveSkewed(test::rotated(seen, uniform(0, 360)), uniform(0, 0.2));
            if (uniform(0, 1) < 0.4) // out of focus, or a hand that moves
                seen = test::boxBlurred(seen, uniform(0, 1) < 0.5 ? 1 : 2);
            const QPoint at(int(uniform(0, qMax(1, frame.width() - seen.width()))),
                            int(uniform(0, qMax(1, frame.height() - seen.height()))));
            frame = test::placed(frame, seen, at);
        }
        frames.append(Frame{test::withNoise(frame, int(uniform(3, 12)), seed + std::uint32_t(i)), text});
    }
    return frames;
}

bool foundText(const QList<qr::DecodedCode> &codes, const QString &text)
{
    for (const qr::DecodedCode &code : codes)
        if (code.text == text)
            return true;
    return false;
}

bool foundText(const ZXing::Results &results, const QString &text)
{
    for (const ZXing::Result &result : results)
        if (QString::fromStdString(result.text()) == text)
            return true;
    return false;
}

ZXing::ImageView bgrxView(const QImage &image)
{
    return ZXing::ImageView(image.constBits(), image.width(), image.height(), ZXing::ImageFormat::BGRX,
                            int(image.bytesPerLine()));
}

struct Measured {
    bench::Samples ours, bare;
    int oursFound = 0, bareFound = 0, withCode = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const qint64 count = bench::intOption(args, QStringLiteral("--frames"), 200);
    const auto seed = std::uint32_t(bench::intOption(args, QStringLiteral("--seed"), 1));
    if (const QString problem = test::qrencodeProblem(); !problem.isEmpty())
        die(problem);
    if (QSysInfo::ByteOrder != QSysInfo::LittleEndian)
        die(QStringLiteral("the frames are mapped as BGRX, a little-endian RGB32 layout"));
    const QList<Frame> frames = makeFrames(count, seed);

    // Camera: the same hints on both sides, the only difference being our layer.
    const qr::CodeReader reader;
    const ZXing::DecodeHints cameraHints = ZXing::DecodeHints()
                                               .setFormats(ZXing::BarcodeFormat::QRCode)
                                               .setTryHarder(false)
                                               .setTryRotate(true)
                                               .setTryDownscale(true)
                                               .setMaxNumberOfSymbols(std::uint8_t(reader.options().maxCodes));
    Measured camera, images;
    for (qsizetype i = 0; i < frames.size(); ++i) {
        const Frame &frame = frames.at(i);
        const qr::FrameView view{frame.image.constBits(), frame.image.width(), frame.image.height(),
                                 int(frame.image.bytesPerLine()), 0, qr::PixelLayout::Bgrx};
        QList<qr::DecodedCode> ours;
        ZXing::Results bare;
        // Alternate which goes first, so that neither always finds the frame in a warm cache.
        const auto runOurs = [&] { camera.ours.add(bench::timeMs([&] { ours = reader.decodeFrame(view); })); };
        const auto runBare = [&] { camera.bare.add(bench::timeMs([&] { bare = ZXing::ReadBarcodes(bgrxView(frame.image), cameraHints); })); };
        if (i % 2) {
            runOurs();
            runBare();
        } else {
            runBare();
            runOurs();
        }
        if (!frame.text.isEmpty()) {
            ++camera.withCode;
            camera.oursFound += foundText(ours, frame.text);
            camera.bareFound += foundText(bare, frame.text);
        }

        QList<qr::DecodedCode> oursHard;
        ZXing::Results bareHard;
        images.ours.add(bench::timeMs([&] { oursHard = reader.decode(frame.image); }));
        images.bare.add(bench::timeMs([&] {
            bareHard = ZXing::ReadBarcodes(bgrxView(frame.image), ZXing::DecodeHints().setFormats(ZXing::BarcodeFormat::QRCode));
        }));
        if (!frame.text.isEmpty()) {
            ++images.withCode;
            images.oursFound += foundText(oursHard, frame.text);
            images.bareFound += foundText(bareHard, frame.text);
        }
    }

    const auto share = [](int found, int of) { return of > 0 ? 100.0 * found / of : 0.0; };
    QTextStream(stdout) << frames.size() << " frames of 1280x720 (" << camera.withCode << " with a code), seed " << seed
                        << Qt::endl;
    const double ratio = camera.bare.p50() > 0 ? camera.ours.p50() / camera.bare.p50() : 0;
    bench::printTable(
        QStringLiteral("camera frames: decodeFrame() vs bare ZXing ReadBarcodes, same hints"),
        {
            {QStringLiteral("decode time per frame (p50)"), QStringLiteral("ms"), camera.ours.p50(), camera.bare.p50(),
             QStringLiteral("<= 1.15 x bare"), ratio <= 1.15},
            {QStringLiteral("decode time per frame (p99)"), QStringLiteral("ms"), camera.ours.p99(), camera.bare.p99(), {}, {}},
            {QStringLiteral("frames with a code decoded"), QStringLiteral("%"),
             share(camera.oursFound, camera.withCode), share(camera.bareFound, camera.withCode),
             QStringLiteral(">= bare"), camera.oursFound >= camera.bareFound},
        },
        QStringLiteral("bare ZXing"));
    bench::printTable(
        QStringLiteral("images: decode() (try-harder, escalation) vs bare ZXing ReadBarcodes, default hints"),
        {
            {QStringLiteral("decode time per image (p50)"), QStringLiteral("ms"), images.ours.p50(), images.bare.p50(), {}, {}},
            {QStringLiteral("decode time per image (p99)"), QStringLiteral("ms"), images.ours.p99(), images.bare.p99(), {}, {}},
            {QStringLiteral("images with a code decoded"), QStringLiteral("%"),
             share(images.oursFound, images.withCode), share(images.bareFound, images.withCode),
             QStringLiteral(">= bare"), images.oursFound >= images.bareFound},
        },
        QStringLiteral("bare ZXing"));
    return 0;
}
