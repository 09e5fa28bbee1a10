#include "LdsTestData.h"
#include "TestSupport.h"
#include "lds/Dg1.h"
#include "lds/Dg13.h"
#include "lds/Dg15.h"
#include "lds/EfCom.h"
#include "lds/FaceImageCodec.h"
#include "lds/SecurityInfos.h"
#include "lds/Sod.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>

#include <random>

using namespace motcua;
using namespace motcua::card;

namespace {

// Every parser on the same bytes: none may crash, hang or read out of bounds (run under ASan
// in CI for the last part); results are ignored.
void parseEverything(const QByteArray &bytes)
{
    (void)EfCom::parse(bytes);
    (void)Dg1::parse(bytes, test::testToday());
    if (const auto dg2 = Dg2::parse(bytes); dg2.ok())
        for (const FaceImage &face : dg2->faces)
            (void)FaceImageCodec::decode(face);
    (void)Dg13::parse(bytes);
    (void)Dg14::parse(bytes);
    (void)SecurityInfos::parse(bytes);
    (void)Dg15::parse(bytes);
    (void)Sod::parse(bytes);
}

QByteArray mutated(QByteArray bytes, std::mt19937 &random)
{
    std::uniform_int_distribution<int> kind(0, 3), byte(0, 255);
    const int edits = 1 + int(random() % 4);
    for (int i = 0; i < edits && !bytes.isEmpty(); ++i) {
        const qsizetype at = qsizetype(random() % quint32(bytes.size()));
        switch (kind(random)) {
        case 0: bytes[at] = char(byte(random)); break;           // change a byte
        case 1: bytes.truncate(at); break;                       // cut
        case 2: bytes.insert(at, char(byte(random))); break;     // insert
        default: bytes[at] = char(quint8(bytes.at(at)) ^ 0x80); // flip a length's high bit
        }
    }
    return bytes;
}

} // namespace

TEST_CASE("parsers survive random, truncated and mutated files (about 2 s)")
{
    const auto pki = test::makePki();
    QMap<int, QByteArray> files = test::chipFiles();
    // A small JPEG 2000 face too, so that OpenJPEG sees mutated input.
    const QImage face = syntheticFace(3, QSize(32, 40));
    files.insert(3, LdsWriter::dg2(*FaceImageCodec::encodeJpeg2000(face), FaceImageFormat::Jpeg2000, 32, 40));
    QList<QByteArray> seeds = files.values();
    seeds << test::signedSod(test::chipFiles(), pki) << LdsWriter::efCom({1, 2, 13}) << LdsWriter::cccdCardAccess();

    for (const QByteArray &seed : seeds) // every truncation of every valid file
        for (qsizetype length = 0; length < seed.size(); length += std::max<qsizetype>(1, seed.size() / 300))
            parseEverything(seed.left(length));

    std::mt19937 random(20240601);
    QElapsedTimer timer;
    timer.start();
    int runs = 0;
    while (timer.elapsed() < 2000) {
        const QByteArray &seed = seeds.at(qsizetype(random() % quint32(seeds.size())));
        if (runs % 5 == 0) {
            QByteArray noise(int(random() % 200), Qt::Uninitialized);
            for (char &c : noise)
                c = char(random());
            noise.prepend(seed.left(2)); // a plausible wrapper tag
            parseEverything(noise);
        } else {
            parseEverything(mutated(seed, random));
        }
        ++runs;
    }
    CHECK(runs > 100);
}
