#include "CameraTestFrames.h"
#include "TestSupport.h"
#include "camera/FrameDecodeWorker.h"
#include "camera/VideoFrameView.h"

#include <catch2/catch.hpp>

#include <QRandomGenerator>

using namespace motcua;
using namespace motcua::camera;
using F = QVideoFrameFormat;

namespace {

// The byte index of red, green and blue in a pixel of each layout, as FrameView.h names them.
struct Channels {
    int r, g, b;
};

Channels channelsOf(qr::PixelLayout layout)
{
    switch (layout) {
    case qr::PixelLayout::Rgb: return {0, 1, 2};
    case qr::PixelLayout::Bgr: return {2, 1, 0};
    case qr::PixelLayout::Rgbx: return {0, 1, 2};
    case qr::PixelLayout::Xrgb: return {1, 2, 3};
    case qr::PixelLayout::Bgrx: return {2, 1, 0};
    case qr::PixelLayout::Xbgr: return {3, 2, 1};
    case qr::PixelLayout::Luminance: break;
    }
    return {0, 0, 0};
}

const uchar *pixelAt(const qr::FrameView &view, int x, int y)
{
    return view.data + qsizetype(y) * view.rowStride + qsizetype(x) * pixelStrideOf(view);
}

} // namespace

TEST_CASE("32-bit RGB frames are read in place with the byte order Qt converts them with")
{
    // Random colours; the byte our layout calls X or A is 255, so that Qt (which knows where its
    // alpha is) sees an opaque pixel only when we agree with it.
    const F::PixelFormat format = GENERATE(F::Format_ARGB8888, F::Format_ARGB8888_Premultiplied, F::Format_XRGB8888,
                                           F::Format_BGRA8888, F::Format_BGRA8888_Premultiplied, F::Format_BGRX8888,
                                           F::Format_ABGR8888, F::Format_XBGR8888, F::Format_RGBA8888,
                                           F::Format_RGBX8888);
    CAPTURE(F::pixelFormatToString(format));
    const auto layout = VideoFrameView::inPlaceLayout(format);
    REQUIRE(layout);
    const Channels c = channelsOf(layout->layout);
    const int alpha = 6 - c.r - c.g - c.b; // the remaining byte index

    const QSize size(7, 5); // 28 bytes a row: Qt pads rows, so bytesPerLine > width * 4
    QVideoFrame frame(F(size, format));
    REQUIRE(frame.map(QVideoFrame::WriteOnly));
    CHECK(frame.bytesPerLine(0) > size.width() * 4);
    for (int y = 0; y < size.height(); ++y) {
        uchar *row = frame.bits(0) + y * frame.bytesPerLine(0);
        for (int i = 0; i < frame.bytesPerLine(0); ++i)
            row[i] = frames::noise();
        for (int x = 0; x < size.width(); ++x)
            row[4 * x + alpha] = 255;
    }
    frame.unmap();

    const QImage reference = frame.toImage();
    REQUIRE_FALSE(reference.isNull());
    VideoFrameView mapped(frame);
    REQUIRE(mapped.isValid());
    CHECK_FALSE(mapped.copied());
    const qr::FrameView &view = mapped.view();
    CHECK(view.layout == layout->layout);
    for (int y = 0; y < size.height(); ++y) {
        for (int x = 0; x < size.width(); ++x) {
            const uchar *p = pixelAt(view, x, y);
            const QRgb expected = reference.pixel(x, y);
            CAPTURE(x, y);
            REQUIRE(qAlpha(expected) == 255);
            REQUIRE(int(p[c.r]) == qRed(expected));
            REQUIRE(int(p[c.g]) == qGreen(expected));
            REQUIRE(int(p[c.b]) == qBlue(expected));
        }
    }
}

TEST_CASE("YUV frames are read through their luma, without a copy")
{
    const F::PixelFormat format = GENERATE(F::Format_NV12, F::Format_NV21, F::Format_YUV420P, F::Format_YV12,
                                           F::Format_YUV422P, F::Format_Y8, F::Format_IMC1, F::Format_IMC2,
                                           F::Format_IMC3, F::Format_IMC4, F::Format_YUYV, F::Format_UYVY,
                                           F::Format_P010, F::Format_P016, F::Format_Y16);
    CAPTURE(F::pixelFormatToString(format));
    const QSize size(10, 6);
    const bool wide = format == F::Format_P010 || format == F::Format_P016 || format == F::Format_Y16;
    const bool packed = format == F::Format_YUYV || format == F::Format_UYVY;
    const int lumaOffset = format == F::Format_UYVY ? 1 : 0;
    auto luma = [](int x, int y) { return uchar(17 * x + 29 * y + 3); };

    QVideoFrame frame(F(size, format));
    REQUIRE(frame.map(QVideoFrame::WriteOnly));
    for (int plane = 0; plane < frame.planeCount(); ++plane)
        for (qsizetype i = 0; i < frame.mappedBytes(plane); ++i)
            frame.bits(plane)[i] = frames::noise();
    for (int y = 0; y < size.height(); ++y) {
        uchar *row = frame.bits(0) + y * frame.bytesPerLine(0);
        for (int x = 0; x < size.width(); ++x) {
            if (wide) // 16-bit little-endian: the value in the high byte, noise below
                row[2 * x + 1] = luma(x, y);
            else if (packed)
                row[2 * x + lumaOffset] = luma(x, y);
            else
                row[x] = luma(x, y);
        }
    }
    frame.unmap();

    VideoFrameView mapped(frame);
    REQUIRE(mapped.isValid());
    CHECK_FALSE(mapped.copied());
    const qr::FrameView &view = mapped.view();
    CHECK(view.layout == qr::PixelLayout::Luminance);
    CHECK(view.width == size.width());
    CHECK(view.height == size.height());
    for (int y = 0; y < size.height(); ++y)
        for (int x = 0; x < size.width(); ++x)
            REQUIRE(*pixelAt(view, x, y) == luma(x, y));
}

TEST_CASE("formats without an in-place reading go through one conversion")
{
    CHECK_FALSE(VideoFrameView::inPlaceLayout(F::Format_Jpeg));
    CHECK_FALSE(VideoFrameView::inPlaceLayout(F::Format_AYUV));
    CHECK_FALSE(VideoFrameView::inPlaceLayout(F::Format_YUV420P10));

    // AYUV: Qt converts it once, and the view shows what Qt's conversion shows.
    const QSize size(8, 4);
    QVideoFrame frame(F(size, F::Format_AYUV));
    REQUIRE(frame.map(QVideoFrame::WriteOnly));
    const QImage probe = [&] {
        for (int y = 0; y < size.height(); ++y) {
            uchar *row = frame.bits(0) + y * frame.bytesPerLine(0);
            for (int x = 0; x < size.width(); ++x) {
                // Light and dark halves, neutral chroma.
                const uchar yv = x < size.width() / 2 ? 235 : 16;
                row[4 * x] = 255; row[4 * x + 1] = yv; row[4 * x + 2] = 128; row[4 * x + 3] = 128;
            }
        }
        frame.unmap();
        return frame.toImage();
    }();
    REQUIRE_FALSE(probe.isNull());
    VideoFrameView mapped(frame);
    REQUIRE(mapped.isValid());
    CHECK(mapped.copied());
    const qr::FrameView &view = mapped.view();
    REQUIRE(view.width == size.width());
    const Channels c = channelsOf(view.layout);
    for (int x = 0; x < size.width(); ++x) {
        const uchar *p = pixelAt(view, x, 1);
        const int grey = view.layout == qr::PixelLayout::Luminance ? p[0] : p[c.g];
        CHECK(grey == qGreen(probe.pixel(x, 1)));
    }
}

TEST_CASE("an invalid frame gives an invalid view")
{
    VideoFrameView none{QVideoFrame()};
    CHECK_FALSE(none.isValid());
}

TEST_CASE("a frame stored bottom row first is read in display order")
{
    QVideoFrameFormat format(QSize(4, 3), F::Format_Y8);
    format.setScanLineDirection(QVideoFrameFormat::BottomToTop);
    QVideoFrame frame(format);
    REQUIRE(frame.map(QVideoFrame::WriteOnly));
    for (int y = 0; y < 3; ++y)
        std::memset(frame.bits(0) + y * frame.bytesPerLine(0), 10 * (y + 1), size_t(frame.bytesPerLine(0)));
    frame.unmap();
    VideoFrameView mapped(frame);
    REQUIRE(mapped.isValid());
    CHECK(*pixelAt(mapped.view(), 0, 0) == 30); // the last row in memory is the top of the picture
    CHECK(*pixelAt(mapped.view(), 3, 2) == 10);
}

TEST_CASE("a region of interest is a view into the same pixels")
{
    QImage image(100, 50, QImage::Format_Grayscale8);
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            image.scanLine(y)[x] = uchar(x + y);
    qr::FrameView whole{image.constBits(), 100, 50, int(image.bytesPerLine()), 1, qr::PixelLayout::Luminance};

    const QRect region = regionInPixels(QRectF(0.2, 0.2, 0.6, 0.6), QSize(100, 50));
    CHECK(region == QRect(20, 10, 60, 30));
    const qr::FrameView part = croppedView(whole, region);
    CHECK(part.width == 60);
    CHECK(part.height == 30);
    CHECK(part.rowStride == whole.rowStride);
    CHECK(*part.data == 30);
    CHECK(*pixelAt(part, 59, 29) == 79 + 39);

    CHECK(regionInPixels(QRectF(), QSize(100, 50)) == QRect(0, 0, 100, 50));
    CHECK(croppedView(whole, QRect(90, 40, 50, 50)).width == 10); // clipped to the frame
    CHECK_FALSE(croppedView(whole, QRect(200, 0, 10, 10)).isValid());
}
