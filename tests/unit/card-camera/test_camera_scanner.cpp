#include "CameraTestFrames.h"
#include "TestSupport.h"
#include "camera/CameraScanner.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QVideoSink>

#include <atomic>
#include <semaphore>
#include <thread>

using namespace motcua;
using namespace motcua::camera;
using F = QVideoFrameFormat;
using namespace std::chrono_literals;

namespace {

QStringList textsIn(const QSignalSpy &spy)
{
    QStringList texts;
    for (const QList<QVariant> &call : spy)
        for (const qr::DecodedCode &code : call.at(0).value<QList<qr::DecodedCode>>())
            texts.append(code.text);
    return texts;
}

// A Y8 frame whose first byte numbers it (for decoders that only report which frame they got).
QVideoFrame numberedFrame(int number)
{
    QVideoFrame frame(F(QSize(16, 16), F::Format_Y8));
    frame.map(QVideoFrame::WriteOnly);
    std::memset(frame.bits(0), number, size_t(frame.mappedBytes(0)));
    frame.unmap();
    return frame;
}

QList<qr::DecodedCode> codeNamed(const QString &text)
{
    qr::DecodedCode code;
    code.text = text;
    code.format = QStringLiteral("QRCode");
    return {code};
}

bool waitFor(const std::function<bool()> &condition, int timeoutMs = 5000)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QTest::qWait(2);
    }
    return true;
}

} // namespace

TEST_CASE("a QR code is decoded from frames pushed into a video sink, in every common format")
{
    const F::PixelFormat format = GENERATE(F::Format_BGRA8888, F::Format_XRGB8888, F::Format_NV12, F::Format_YUV420P,
                                           F::Format_YUYV, F::Format_UYVY);
    CAPTURE(F::pixelFormatToString(format));
    // 330 px wide: no row is a multiple of 16 bytes, so Qt pads every row (checked below).
    const QImage scene = frames::sceneWith(frames::qrImage(frames::sampleCccdText(), 3), QSize(330, 250));
    QVideoFrame frame = frames::frameOf(scene, format);
    REQUIRE(frame.map(QVideoFrame::ReadOnly));
    CHECK(frame.bytesPerLine(0) > scene.width() * frames::bytesPerPixel(format));
    frame.unmap();

    QVideoSink sink;
    CameraScanner scanner;
    scanner.setVideoSink(&sink);
    QSignalSpy found(&scanner, &CameraScanner::codesFound);
    scanner.start();
    sink.setVideoFrame(frame);
    REQUIRE(found.wait(5000));
    const auto codes = found.at(0).at(0).value<QList<qr::DecodedCode>>();
    REQUIRE(codes.size() == 1);
    CHECK(codes.at(0).text == frames::sampleCccdText());
    CHECK(found.at(0).at(1).toSize() == scene.size());
    // Corners in whole-frame pixels, though only the middle was decoded.
    const QRect where = codes.at(0).position.boundingRect();
    CHECK(QRect(QPoint(0, 0), scene.size()).contains(where));
    CHECK(where.center().x() == Approx(scene.width() / 2).margin(8));
    CHECK(where.center().y() == Approx(scene.height() / 2).margin(8));
    CHECK(scanner.counters().decoded == 1);
    CHECK(scanner.counters().unreadable == 0);
}

TEST_CASE("only the region of interest is decoded")
{
    const QImage code = frames::qrImage(QStringLiteral("MOTCUA-251204-0007"), 3);
    const QImage scene = frames::sceneWith(code, QSize(480, 360), QPoint(2, 2)); // in the corner
    QVideoSink sink;
    CameraScanner scanner;
    scanner.setVideoSink(&sink);
    QSignalSpy found(&scanner, &CameraScanner::codesFound);
    scanner.start();
    sink.setVideoFrame(frames::frameOf(scene, F::Format_NV12));
    REQUIRE(waitFor([&] { return scanner.counters().decoded == 1; }));
    QTest::qWait(20);
    CHECK(found.isEmpty());

    scanner.setRegionOfInterest(QRectF()); // the whole frame
    sink.setVideoFrame(frames::frameOf(scene, F::Format_NV12));
    REQUIRE(found.wait(5000));
    CHECK(textsIn(found) == QStringList{QStringLiteral("MOTCUA-251204-0007")});
    CHECK(found.at(0).at(0).value<QList<qr::DecodedCode>>().at(0).position.boundingRect().left() < 40);
}

TEST_CASE("while the decoder is busy only the newest frame waits; the others are dropped")
{
    std::binary_semaphore entered(0), release(0);
    std::atomic<bool> first = true;
    QList<int> decodedFrames; // written by the worker, read after it is idle
    CameraScanner scanner([&](const qr::FrameView &view) {
        decodedFrames.append(view.data[0]);
        if (first.exchange(false)) {
            entered.release();
            release.acquire();
        }
        return codeNamed(QString::number(view.data[0]));
    });
    scanner.setRegionOfInterest(QRectF());
    QVideoSink sink;
    scanner.setVideoSink(&sink);
    QSignalSpy found(&scanner, &CameraScanner::codesFound);
    scanner.start();

    sink.setVideoFrame(numberedFrame(0));
    REQUIRE(entered.try_acquire_for(5s));
    for (int n = 1; n < 100; ++n)
        sink.setVideoFrame(numberedFrame(n));
    ScanCounters counters = scanner.counters();
    CHECK(counters.received == 100);
    CHECK(counters.dropped == 98); // frames 1..98 replaced; 99 waits
    CHECK(counters.decoded == 0);

    release.release();
    REQUIRE(waitFor([&] { return found.size() == 2; }));
    counters = scanner.counters();
    CHECK(counters.decoded == 2);
    CHECK(decodedFrames == QList<int>{0, 99});
    CHECK(textsIn(found) == QStringList{QStringLiteral("0"), QStringLiteral("99")});
}

TEST_CASE("a slow decoder at camera rate: frames are dropped, never queued, the last one is decoded last")
{
    std::atomic<int> lastDecoded = -1;
    CameraScanner scanner([&](const qr::FrameView &view) {
        std::this_thread::sleep_for(8ms);
        lastDecoded = view.data[0];
        return QList<qr::DecodedCode>();
    });
    QVideoSink sink;
    scanner.setVideoSink(&sink);
    scanner.start();
    for (int n = 0; n < 100; ++n) {
        sink.setVideoFrame(numberedFrame(n));
        std::this_thread::sleep_for(1ms);
    }
    REQUIRE(waitFor([&] { return lastDecoded == 99; }));
    QTest::qWait(30);
    const ScanCounters counters = scanner.counters();
    CHECK(counters.received == 100);
    CHECK(counters.dropped > 0);
    CHECK(counters.decoded < 100);
    CHECK(counters.decoded + counters.dropped == 100); // nothing left waiting, nothing lost unseen
}

TEST_CASE("a code held in view is reported once, and again after it has been out of view")
{
    const QImage scene = frames::sceneWith(frames::qrImage(QStringLiteral("hello counter"), 3), QSize(320, 240));
    QVideoSink sink;
    CameraScanner scanner;
    scanner.setRepeatInterval(800ms);
    scanner.setVideoSink(&sink);
    QSignalSpy found(&scanner, &CameraScanner::codesFound);
    scanner.start();
    auto show = [&](quint64 decodedBefore) {
        // A new frame each time, as from a camera (a sink ignores the frame it already shows).
        sink.setVideoFrame(frames::frameOf(scene, F::Format_Y8));
        REQUIRE(waitFor([&] { return scanner.counters().decoded == decodedBefore + 1; }));
        QTest::qWait(5); // let a queued report arrive
    };
    for (quint64 n = 0; n < 5; ++n)
        show(n);
    CHECK(found.size() == 1);

    QTest::qWait(900); // out of view longer than the interval
    show(5);
    CHECK(found.size() == 2);

    scanner.forgetSeenCodes(); // the kiosk forgets: the same card counts as new
    show(6);
    CHECK(found.size() == 3);
    CHECK(textsIn(found) == QStringList(3, QStringLiteral("hello counter")));
}

TEST_CASE("stop() returns at once while a frame is decoded, and nothing is reported after it")
{
    std::binary_semaphore entered(0);
    auto scanner = std::make_unique<CameraScanner>([&](const qr::FrameView &) {
        entered.release();
        std::this_thread::sleep_for(400ms);
        return codeNamed(QStringLiteral("too late"));
    });
    QVideoSink sink;
    scanner->setVideoSink(&sink);
    QSignalSpy found(scanner.get(), &CameraScanner::codesFound);
    scanner->start();
    sink.setVideoFrame(numberedFrame(1));
    REQUIRE(entered.try_acquire_for(5s));

    QElapsedTimer timer;
    timer.start();
    scanner->stop();
    CHECK(timer.elapsed() < 100); // not the 400 ms the decode takes
    CHECK_FALSE(scanner->isRunning());
    sink.setVideoFrame(numberedFrame(2)); // ignored while stopped
    CHECK(scanner->counters().received == 1);

    QTest::qWait(600);
    CHECK(found.isEmpty());
    timer.restart();
    scanner.reset(); // the thread is already idle: no wait
    CHECK(timer.elapsed() < 200);
}

TEST_CASE("a scanner destroyed mid-decode waits only for that frame, and the sink outlives it safely")
{
    std::binary_semaphore entered(0);
    QVideoSink sink;
    {
        CameraScanner scanner([&](const qr::FrameView &) {
            entered.release();
            std::this_thread::sleep_for(100ms);
            return codeNamed(QStringLiteral("x"));
        });
        scanner.setVideoSink(&sink);
        scanner.start();
        sink.setVideoFrame(numberedFrame(1));
        REQUIRE(entered.try_acquire_for(5s));
    }
    sink.setVideoFrame(numberedFrame(2)); // no scanner any more: nothing happens
    QTest::qWait(10);
    SUCCEED();
}
