#pragma once
// A non-owning view of pixels with strides: a QImage's bits or a mapped camera frame's plane,
// read where they lie (no copy). The camera module maps a QVideoFrame into one of these.
#include <cstdint>

namespace motcua::qr {

enum class PixelLayout {
    Luminance, // one byte per pixel (grey, or the Y plane of a YUV frame)
    Rgb,
    Bgr,
    Rgbx, // 4 bytes: R G B X (X = alpha or padding)
    Xrgb,
    Bgrx,
    Xbgr,
};

struct FrameView {
    const std::uint8_t *data = nullptr;
    int width = 0;
    int height = 0;
    int rowStride = 0;   // bytes from one row to the next
    int pixelStride = 0; // bytes from one pixel to the next (0: from the layout; 2 for the Y of YUYV)
    PixelLayout layout = PixelLayout::Luminance;

    bool isValid() const { return data && width > 0 && height > 0; }
};

} // namespace motcua::qr
