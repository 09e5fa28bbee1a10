#pragma once
// Camera frames for the tests, made at test time: a QR drawn with ZXing's writer (not our own
// receipt writer) on a grey scene, copied into a QVideoFrame of a given pixel format through
// map(WriteOnly), with the padding bytes at the end of every row filled with noise so that a
// reader ignoring bytesPerLine fails.
#include <ZXing/BitMatrix.h>
#include <ZXing/CharacterSet.h>
#include <ZXing/MultiFormatWriter.h>

#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QString>
#include <QVideoFrame>
#include <QVideoFrameFormat>

#include <cstring>

namespace motcua::camera::frames {

// A fictitious CCCD QR text (2021 layout, empty old ID, diacritics).
inline QString sampleCccdText()
{
    return QStringLiteral("001099012345||Nguyễn Văn Thử|01011999|Nam|Số 1 Phố Huế, Hai Bà Trưng, Hà Nội|15082021");
}

// The QR of `text` as a Grayscale8 image, `module` pixels per module, 4 modules of quiet zone.
inline QImage qrImage(const QString &text, int module)
{
    const ZXing::BitMatrix matrix = ZXing::MultiFormatWriter(ZXing::BarcodeFormat::QRCode)
                                        .setEncoding(ZXing::CharacterSet::UTF8)
                                        .setMargin(0)
                                        .encode(text.toStdString(), 0, 0);
    const int quiet = 4;
    const int side = (matrix.width() + 2 * quiet) * module;
    QImage image(side, side, QImage::Format_Grayscale8);
    image.fill(235);
    for (int y = 0; y < matrix.height(); ++y)
        for (int x = 0; x < matrix.width(); ++x)
            if (matrix.get(x, y))
                for (int dy = 0; dy < module; ++dy)
                    std::memset(image.scanLine((y + quiet) * module + dy) + (x + quiet) * module, 30, size_t(module));
    return image;
}

// A grey scene of `size` with `code` drawn with its top-left corner at `at` (the middle by default).
inline QImage sceneWith(const QImage &code, QSize size, QPoint at = QPoint(-1, -1))
{
    QImage scene(size, QImage::Format_Grayscale8);
    scene.fill(180);
    if (at == QPoint(-1, -1))
        at = QPoint((size.width() - code.width()) / 2, (size.height() - code.height()) / 2);
    QPainter painter(&scene);
    painter.drawImage(at, code);
    return scene;
}

inline uchar noise()
{
    return uchar(QRandomGenerator::global()->bounded(256));
}

// Bytes per pixel of plane 0 of the formats the tests write.
inline int bytesPerPixel(QVideoFrameFormat::PixelFormat format)
{
    switch (format) {
    case QVideoFrameFormat::Format_YUYV:
    case QVideoFrameFormat::Format_UYVY: return 2;
    case QVideoFrameFormat::Format_NV12:
    case QVideoFrameFormat::Format_NV21:
    case QVideoFrameFormat::Format_YUV420P:
    case QVideoFrameFormat::Format_YV12:
    case QVideoFrameFormat::Format_Y8: return 1;
    default: return 4;
    }
}

// `scene` (Grayscale8) as a frame of `format`: grey RGB with opaque alpha, or Y = grey and
// neutral chroma. Row padding (plane 0) is noise.
inline QVideoFrame frameOf(const QImage &scene, QVideoFrameFormat::PixelFormat format)
{
    using F = QVideoFrameFormat;
    QVideoFrame frame(F(scene.size(), format));
    if (!frame.map(QVideoFrame::WriteOnly))
        return {};
    const int w = scene.width(), h = scene.height();
    // Chroma planes (if any) get neutral values.
    for (int plane = 1; plane < frame.planeCount(); ++plane)
        std::memset(frame.bits(plane), 128, size_t(frame.mappedBytes(plane)));
    uchar *bits = frame.bits(0);
    const int stride = frame.bytesPerLine(0);
    for (int y = 0; y < h; ++y) {
        const uchar *grey = scene.constScanLine(y);
        uchar *row = bits + qsizetype(y) * stride;
        for (int i = w * bytesPerPixel(format); i < stride; ++i)
            row[i] = noise();
        for (int x = 0; x < w; ++x) {
            const uchar g = grey[x];
            switch (format) {
            case F::Format_YUYV: row[2 * x] = g; row[2 * x + 1] = 128; break;
            case F::Format_UYVY: row[2 * x] = 128; row[2 * x + 1] = g; break;
            case F::Format_NV12:
            case F::Format_NV21:
            case F::Format_YUV420P:
            case F::Format_YV12:
            case F::Format_Y8: row[x] = g; break;
            case F::Format_ARGB8888:
            case F::Format_XRGB8888:
            case F::Format_ABGR8888:
            case F::Format_XBGR8888: row[4 * x] = 255; row[4 * x + 1] = g; row[4 * x + 2] = g; row[4 * x + 3] = g; break;
            default: row[4 * x] = g; row[4 * x + 1] = g; row[4 * x + 2] = g; row[4 * x + 3] = 255; break;
            }
        }
    }
    frame.unmap();
    return frame;
}

} // namespace motcua::camera::frames
