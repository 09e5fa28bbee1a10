#pragma once
// DG2: the face, as an ISO/IEC 19794-5 facial record inside the biometric information template
// (75 { 7F61 { 02 count, 7F60 { A1 header, 5F2E or 7F2E record } ... } }). The image inside is
// JPEG or JPEG 2000; FaceImageCodec decodes both to a QImage.
#include "common/Result.h"

#include <QByteArray>
#include <QList>

namespace motcua::card {

enum class FaceImageFormat { Jpeg, Jpeg2000, Unknown };

struct FaceImage {
    FaceImageFormat format = FaceImageFormat::Unknown; // from the image's own signature first
    int width = 0;  // as the record declares them
    int height = 0;
    QByteArray data; // the encoded image
};

struct Dg2 {
    QList<FaceImage> faces; // at least one

    static Result<Dg2> parse(const QByteArray &bytes);
    // One ISO 19794-5 record ("FAC\0" ...), as found in a 5F2E/7F2E object.
    static Result<QList<FaceImage>> parseFacialRecord(const QByteArray &record);
};

// The format the bytes announce (JPEG SOI, JP2 signature box, J2K codestream), Unknown otherwise.
FaceImageFormat sniffImageFormat(const QByteArray &data);

} // namespace motcua::card
