#pragma once
// Face images to and from QImage: JPEG through Qt's image plugins, JPEG 2000 through OpenJPEG
// (Qt has no JPEG 2000 reader). Needs Qt6::Gui but no display.
#include "common/Result.h"
#include "lds/Dg2.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>

namespace motcua::card {

class FaceImageCodec {
    Q_DECLARE_TR_FUNCTIONS(FaceImageCodec)
public:
    // Larger images are refused before decoding: a hostile file must not exhaust memory.
    static constexpr int kMaxSide = 4096;

    static Result<QImage> decode(const FaceImage &face);
    static Result<QImage> decode(const QByteArray &data, FaceImageFormat format);

    static Result<QByteArray> encodeJpeg(const QImage &image, int quality = 85);
    // A JP2 file (signature box first), lossy at about `compressionRatio`:1.
    static Result<QByteArray> encodeJpeg2000(const QImage &image, int compressionRatio = 20);
};

} // namespace motcua::card
