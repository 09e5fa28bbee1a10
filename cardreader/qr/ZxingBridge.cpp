#include "qr/ZxingBridge.h"

#include <QSysInfo>

namespace motcua::qr::detail {

namespace {

// The ZXing layout a QImage format already has in memory, or None when it needs a conversion.
// Qt's 32-bit formats are 0xAARRGGBB words: B G R A bytes on little-endian machines.
ZXing::ImageFormat zxingFormatOf(QImage::Format format)
{
    using ZXing::ImageFormat;
    switch (format) {
    case QImage::Format_Grayscale8:
        return ImageFormat::Lum;
    case QImage::Format_RGB888:
        return ImageFormat::RGB;
    case QImage::Format_BGR888:
        return ImageFormat::BGR;
    case QImage::Format_RGB32:
    case QImage::Format_ARGB32:
    case QImage::Format_ARGB32_Premultiplied:
        return QSysInfo::ByteOrder == QSysInfo::LittleEndian ? ImageFormat::BGRX : ImageFormat::XRGB;
    case QImage::Format_RGBX8888:
    case QImage::Format_RGBA8888:
    case QImage::Format_RGBA8888_Premultiplied:
        return ImageFormat::RGBX; // byte-ordered formats: R G B A on every machine
    default:
        return ImageFormat::None;
    }
}

ZXing::ImageFormat zxingFormatOf(PixelLayout layout)
{
    using ZXing::ImageFormat;
    switch (layout) {
    case PixelLayout::Luminance: return ImageFormat::Lum;
    case PixelLayout::Rgb: return ImageFormat::RGB;
    case PixelLayout::Bgr: return ImageFormat::BGR;
    case PixelLayout::Rgbx: return ImageFormat::RGBX;
    case PixelLayout::Xrgb: return ImageFormat::XRGB;
    case PixelLayout::Bgrx: return ImageFormat::BGRX;
    case PixelLayout::Xbgr: return ImageFormat::XBGR;
    }
    return ImageFormat::Lum;
}

QPoint toQPoint(const ZXing::PointI &p, const QTransform &toImage)
{
    return toImage.map(QPointF(p.x, p.y)).toPoint();
}

} // namespace

QImageView viewOf(const QImage &image)
{
    if (image.isNull())
        return {QImage(), ZXing::ImageView(nullptr, 0, 0, ZXing::ImageFormat::Lum)};
    const ZXing::ImageFormat format = zxingFormatOf(image.format());
    if (format != ZXing::ImageFormat::None)
        return {QImage(), ZXing::ImageView(image.constBits(), image.width(), image.height(), format,
                                           int(image.bytesPerLine()))};
    QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    const ZXing::ImageView view(grey.constBits(), grey.width(), grey.height(), ZXing::ImageFormat::Lum,
                                int(grey.bytesPerLine()));
    return {std::move(grey), view}; // QImage is implicitly shared: the bits do not move
}

ZXing::ImageView viewOf(const FrameView &frame)
{
    if (!frame.isValid())
        return ZXing::ImageView(nullptr, 0, 0, ZXing::ImageFormat::Lum);
    return ZXing::ImageView(frame.data, frame.width, frame.height, zxingFormatOf(frame.layout), frame.rowStride,
                            frame.pixelStride);
}

QImage greyCopy(const ZXing::ImageView &view)
{
    QImage grey(view.width(), view.height(), QImage::Format_Grayscale8);
    if (grey.isNull())
        return grey;
    const ZXing::ImageFormat format = view.format();
    const bool luminance = format == ZXing::ImageFormat::Lum;
    const int r = ZXing::RedIndex(format), g = ZXing::GreenIndex(format), b = ZXing::BlueIndex(format);
    for (int y = 0; y < view.height(); ++y) {
        uchar *out = grey.scanLine(y);
        for (int x = 0; x < view.width(); ++x) {
            const std::uint8_t *pixel = view.data(x, y);
            out[x] = luminance ? pixel[0] : ZXing::RGBToLum(pixel[r], pixel[g], pixel[b]);
        }
    }
    return grey;
}

ZXing::BarcodeFormats formatsFrom(const QStringList &names, QStringList *unknown)
{
    ZXing::BarcodeFormats formats;
    for (const QString &name : names) {
        const ZXing::BarcodeFormat format = ZXing::BarcodeFormatFromString(name.trimmed().toStdString());
        if (format == ZXing::BarcodeFormat::None) {
            if (unknown)
                unknown->append(name);
            continue;
        }
        formats |= format;
    }
    return formats;
}

DecodedCode toDecodedCode(const ZXing::Result &result, const QString &foundBy, const QTransform &toImage)
{
    DecodedCode code;
    code.text = QString::fromStdString(result.text());
    const ZXing::ByteArray &bytes = result.bytes();
    code.bytes = QByteArray(reinterpret_cast<const char *>(bytes.data()), qsizetype(bytes.size()));
    code.format = QString::fromLatin1(ZXing::ToString(result.format()));
    const ZXing::Position &p = result.position();
    code.position = QPolygon({toQPoint(p.topLeft(), toImage), toQPoint(p.topRight(), toImage),
                              toQPoint(p.bottomRight(), toImage), toQPoint(p.bottomLeft(), toImage)});
    code.foundBy = foundBy;
    return code;
}

} // namespace motcua::qr::detail
