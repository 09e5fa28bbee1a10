#include "camera/VideoFrameView.h"

#include "camera/CameraLogging.h"

#include <QSysInfo>

namespace motcua::camera {

namespace {

using Format = QVideoFrameFormat::PixelFormat;

int layoutSize(qr::PixelLayout layout)
{
    switch (layout) {
    case qr::PixelLayout::Luminance: return 1;
    case qr::PixelLayout::Rgb:
    case qr::PixelLayout::Bgr: return 3;
    case qr::PixelLayout::Rgbx:
    case qr::PixelLayout::Xrgb:
    case qr::PixelLayout::Bgrx:
    case qr::PixelLayout::Xbgr: return 4;
    }
    return 1;
}

// A QImage's pixels in a layout the decoder reads directly; nullopt when it needs converting.
std::optional<qr::PixelLayout> layoutOf(QImage::Format format)
{
    const bool littleEndian = QSysInfo::ByteOrder == QSysInfo::LittleEndian;
    switch (format) {
    case QImage::Format_Grayscale8: return qr::PixelLayout::Luminance;
    case QImage::Format_RGB888: return qr::PixelLayout::Rgb;
    case QImage::Format_BGR888: return qr::PixelLayout::Bgr;
    // 0xAARRGGBB words: B G R A bytes on a little-endian machine.
    case QImage::Format_RGB32:
    case QImage::Format_ARGB32:
    case QImage::Format_ARGB32_Premultiplied: return littleEndian ? qr::PixelLayout::Bgrx : qr::PixelLayout::Xrgb;
    case QImage::Format_RGBX8888:
    case QImage::Format_RGBA8888:
    case QImage::Format_RGBA8888_Premultiplied: return qr::PixelLayout::Rgbx;
    default: return std::nullopt;
    }
}

} // namespace

std::optional<InPlaceLayout> VideoFrameView::inPlaceLayout(QVideoFrameFormat::PixelFormat format)
{
    using qr::PixelLayout;
    // Qt Multimedia names its 32-bit RGB formats by the byte order in memory (Format_BGRA8888 is
    // QImage::Format_ARGB32 on little-endian machines; checked with QVideoFrame::toImage()).
    switch (format) {
    case Format::Format_ARGB8888:
    case Format::Format_ARGB8888_Premultiplied:
    case Format::Format_XRGB8888: return InPlaceLayout{PixelLayout::Xrgb, 4, 0};
    case Format::Format_BGRA8888:
    case Format::Format_BGRA8888_Premultiplied:
    case Format::Format_BGRX8888: return InPlaceLayout{PixelLayout::Bgrx, 4, 0};
    case Format::Format_ABGR8888:
    case Format::Format_XBGR8888: return InPlaceLayout{PixelLayout::Xbgr, 4, 0};
    case Format::Format_RGBA8888:
    case Format::Format_RGBX8888: return InPlaceLayout{PixelLayout::Rgbx, 4, 0};
    // Planar and semi-planar YUV: plane 0 is the luma, all a QR decoder needs.
    case Format::Format_Y8:
    case Format::Format_NV12:
    case Format::Format_NV21:
    case Format::Format_YUV420P:
    case Format::Format_YUV422P:
    case Format::Format_YV12:
    case Format::Format_IMC1:
    case Format::Format_IMC2:
    case Format::Format_IMC3:
    case Format::Format_IMC4: return InPlaceLayout{PixelLayout::Luminance, 1, 0};
    // Packed 4:2:2: every other byte is a luma sample.
    case Format::Format_YUYV: return InPlaceLayout{PixelLayout::Luminance, 2, 0};
    case Format::Format_UYVY: return InPlaceLayout{PixelLayout::Luminance, 2, 1};
    // 16-bit little-endian luma whose top bits carry the value: its high byte is an 8-bit luma.
    case Format::Format_P010:
    case Format::Format_P016:
    case Format::Format_Y16: return InPlaceLayout{PixelLayout::Luminance, 2, 1};
    // AYUV's byte order is not pinned down by Qt's documentation, YUV420P10 keeps its value in
    // the low bits, JPEG is compressed, and texture formats have no CPU pixels: let Qt convert.
    case Format::Format_AYUV:
    case Format::Format_AYUV_Premultiplied:
    case Format::Format_YUV420P10:
    case Format::Format_Jpeg:
    case Format::Format_SamplerExternalOES:
    case Format::Format_SamplerRect:
    case Format::Format_Invalid: return std::nullopt;
    }
    return std::nullopt;
}

VideoFrameView::VideoFrameView(QVideoFrame frame) : m_frame(std::move(frame))
{
    if (!m_frame.isValid() || m_frame.width() <= 0 || m_frame.height() <= 0)
        return;
    if (const auto layout = inPlaceLayout(m_frame.pixelFormat())) {
        if (mapInPlace(*layout))
            return;
    }
    // Neither mapped nor mappable in place: one conversion by Qt, in this (worker) thread.
    if (m_mapped) {
        m_frame.unmap();
        m_mapped = false;
    }
    useImage(m_frame.toImage());
}

VideoFrameView::~VideoFrameView()
{
    if (m_mapped)
        m_frame.unmap();
}

bool VideoFrameView::mapInPlace(const InPlaceLayout &layout)
{
    m_mapped = m_frame.map(QVideoFrame::ReadOnly);
    if (!m_mapped)
        return false;
    const int width = m_frame.width();
    const int height = m_frame.height();
    const int rowStride = m_frame.bytesPerLine(0);
    const qsizetype needed = qsizetype(rowStride) * (height - 1) + qsizetype(width - 1) * layout.pixelStride
                             + layout.byteOffset + layoutSize(layout.layout);
    const uchar *bits = m_frame.bits(0);
    if (!bits || rowStride <= 0 || m_frame.mappedBytes(0) < needed) {
        qCWarning(lcCamera) << "frame smaller than its format says:" << m_frame.pixelFormat() << m_frame.size()
                            << "bytes" << m_frame.mappedBytes(0);
        return false;
    }
    m_view.width = width;
    m_view.height = height;
    m_view.layout = layout.layout;
    m_view.pixelStride = layout.pixelStride;
    m_view.data = bits + layout.byteOffset;
    m_view.rowStride = rowStride;
    // Some capture paths (DirectShow-like) deliver the bottom row first; a QR code read upside
    // down in a mirror is a mirrored code, so read the rows in display order instead.
    if (m_frame.surfaceFormat().scanLineDirection() == QVideoFrameFormat::BottomToTop) {
        m_view.data += qsizetype(rowStride) * (height - 1);
        m_view.rowStride = -rowStride;
    }
    return true;
}

void VideoFrameView::useImage(QImage image)
{
    if (image.isNull()) {
        qCDebug(lcCamera) << "frame format cannot be read:" << m_frame.pixelFormat();
        return;
    }
    std::optional<qr::PixelLayout> layout = layoutOf(image.format());
    if (!layout) {
        image = image.convertToFormat(QImage::Format_Grayscale8);
        layout = qr::PixelLayout::Luminance;
    }
    m_image = std::move(image);
    m_view.data = m_image.constBits();
    m_view.width = m_image.width();
    m_view.height = m_image.height();
    m_view.rowStride = int(m_image.bytesPerLine());
    m_view.pixelStride = layoutSize(*layout);
    m_view.layout = *layout;
}

int pixelStrideOf(const qr::FrameView &view)
{
    return view.pixelStride > 0 ? view.pixelStride : layoutSize(view.layout);
}

qr::FrameView croppedView(const qr::FrameView &view, const QRect &rect)
{
    const QRect clipped = rect & QRect(0, 0, view.width, view.height);
    if (!view.isValid() || clipped.isEmpty())
        return {};
    qr::FrameView cropped = view;
    cropped.data = view.data + qsizetype(clipped.y()) * view.rowStride + qsizetype(clipped.x()) * pixelStrideOf(view);
    cropped.width = clipped.width();
    cropped.height = clipped.height();
    return cropped;
}

} // namespace motcua::camera
