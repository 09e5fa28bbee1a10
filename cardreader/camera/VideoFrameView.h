#pragma once
// A camera frame as the decoder sees it: a QVideoFrame mapped read-only into a qr::FrameView,
// without copying the pixels wherever the format allows it (every YUV format through its luma
// plane, packed YUV and 32-bit RGB through a pixel stride), and through QVideoFrame::toImage()
// once for the rest (JPEG frames from some USB cameras). The frame stays mapped as long as the
// view lives: RAII, so every path unmaps it.
#include "qr/FrameView.h"

#include <QImage>
#include <QRect>
#include <QVideoFrame>
#include <QVideoFrameFormat>

#include <optional>

namespace motcua::camera {

// How the pixels of plane 0 of a format are read in place.
struct InPlaceLayout {
    qr::PixelLayout layout = qr::PixelLayout::Luminance;
    int pixelStride = 1; // bytes from one pixel to the next
    int byteOffset = 0;  // where the first pixel's sample starts (1 for the Y of UYVY)
};

class VideoFrameView {
public:
    explicit VideoFrameView(QVideoFrame frame);
    ~VideoFrameView();
    VideoFrameView(const VideoFrameView &) = delete;
    VideoFrameView &operator=(const VideoFrameView &) = delete;

    // False when the frame is invalid, cannot be mapped (a GPU texture) or is smaller than its
    // format says.
    bool isValid() const { return m_view.isValid(); }
    const qr::FrameView &view() const { return m_view; }
    // True when the pixels had to be converted (QVideoFrame::toImage) instead of read in place.
    bool copied() const { return !m_image.isNull(); }

    // The in-place reading of a format; nullopt for the formats that go through toImage().
    static std::optional<InPlaceLayout> inPlaceLayout(QVideoFrameFormat::PixelFormat format);

private:
    bool mapInPlace(const InPlaceLayout &layout);
    void useImage(QImage image);

    QVideoFrame m_frame;
    bool m_mapped = false;
    QImage m_image;
    qr::FrameView m_view;
};

// The part of `view` inside `rect` (clipped to the view), still pointing into the same pixels.
qr::FrameView croppedView(const qr::FrameView &view, const QRect &rect);

// Bytes from one pixel to the next in a view (its pixelStride, or the layout's own size).
int pixelStrideOf(const qr::FrameView &view);

} // namespace motcua::camera
