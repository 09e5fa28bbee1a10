#include "TestSupport.h"
#include "lds/Dg2.h"
#include "lds/FaceImageCodec.h"
#include "lds/LdsWriter.h"
#include "lds/SyntheticFace.h"

#include <catch2/catch.hpp>

using namespace motcua::card;

namespace {

// Mean absolute difference per channel: lossy codecs keep a face recognisable, not identical.
double meanDifference(const QImage &a, const QImage &b)
{
    const QImage x = a.convertToFormat(QImage::Format_RGB32), y = b.convertToFormat(QImage::Format_RGB32);
    double total = 0;
    for (int row = 0; row < x.height(); ++row)
        for (int col = 0; col < x.width(); ++col) {
            const QRgb p = x.pixel(col, row), q = y.pixel(col, row);
            total += std::abs(qRed(p) - qRed(q)) + std::abs(qGreen(p) - qGreen(q)) + std::abs(qBlue(p) - qBlue(q));
        }
    return total / (3.0 * x.width() * x.height());
}

} // namespace

TEST_CASE("the synthetic face is deterministic per seed and differs between seeds")
{
    CHECK(syntheticFace(1) == syntheticFace(1));
    CHECK_FALSE(syntheticFace(1) == syntheticFace(2));
    CHECK(syntheticFace(1).size() == QSize(240, 320));
}

TEST_CASE("DG2 round trips a JPEG face, with the 5F2E and the 7F2E record tags")
{
    const QImage face = syntheticFace(42);
    const auto jpeg = FaceImageCodec::encodeJpeg(face);
    REQUIRE(jpeg.ok());
    for (bool constructed : {false, true}) {
        const auto dg2 = Dg2::parse(LdsWriter::dg2(*jpeg, FaceImageFormat::Jpeg, face.width(), face.height(), constructed));
        REQUIRE(dg2.ok());
        REQUIRE(dg2->faces.size() == 1);
        CHECK(dg2->faces[0].format == FaceImageFormat::Jpeg);
        CHECK(dg2->faces[0].width == 240);
        CHECK(dg2->faces[0].height == 320);
        CHECK(dg2->faces[0].data == *jpeg);
        const auto image = FaceImageCodec::decode(dg2->faces[0]);
        REQUIRE(image.ok());
        CHECK(image->size() == face.size());
        CHECK(meanDifference(*image, face) < 8.0);
    }
}

TEST_CASE("DG2 round trips a JPEG 2000 face decoded with OpenJPEG")
{
    const QImage face = syntheticFace(43, QSize(120, 160));
    const auto jp2 = FaceImageCodec::encodeJpeg2000(face, 10);
    REQUIRE(jp2.ok());
    CHECK(sniffImageFormat(*jp2) == FaceImageFormat::Jpeg2000);
    const auto dg2 = Dg2::parse(LdsWriter::dg2(*jp2, FaceImageFormat::Jpeg2000, face.width(), face.height()));
    REQUIRE(dg2.ok());
    CHECK(dg2->faces[0].format == FaceImageFormat::Jpeg2000);
    const auto image = FaceImageCodec::decode(dg2->faces[0]);
    REQUIRE(image.ok());
    CHECK(image->size() == face.size());
    CHECK(meanDifference(*image, face) < 8.0);
}

TEST_CASE("DG2 trusts the image signature over the record's type byte")
{
    const auto jpeg = FaceImageCodec::encodeJpeg(syntheticFace(1, QSize(32, 32)));
    REQUIRE(jpeg.ok());
    const auto dg2 = Dg2::parse(LdsWriter::dg2(*jpeg, FaceImageFormat::Jpeg2000, 32, 32));
    REQUIRE(dg2.ok());
    CHECK(dg2->faces[0].format == FaceImageFormat::Jpeg);
}

TEST_CASE("DG2 errors name the file: bad record, damaged image")
{
    const auto noRecord = Dg2::parse(QByteArray::fromHex("7505 7f6102 0201").replace(' ', ""));
    REQUIRE_FALSE(noRecord.ok());
    CHECK(noRecord.error().message.contains(QStringLiteral("DG2")));
    const QByteArray badRecord = LdsWriter::dg2(QByteArray(100, 'x'), FaceImageFormat::Jpeg, 10, 10).replace("FAC", "FOO");
    CHECK_FALSE(Dg2::parse(badRecord).ok());
    for (const auto format : {FaceImageFormat::Jpeg, FaceImageFormat::Jpeg2000}) {
        const auto image = FaceImageCodec::decode(QByteArray::fromHex("ffd8ff0000000c6a502020") + QByteArray(50, 'z'), format);
        REQUIRE_FALSE(image.ok());
        CHECK(image.error().message.contains(QStringLiteral("DG2")));
    }
}
