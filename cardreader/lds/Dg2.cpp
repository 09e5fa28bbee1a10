#include "lds/Dg2.h"

#include "lds/Der.h"
#include "lds/LdsFile.h"

namespace motcua::card {

namespace {

constexpr int kDg2 = 2;
constexpr int kRecordHeader = 14;     // "FAC\0", version, record length (4), face count (2)
constexpr int kFaceInfo = 20;         // block length (4) ... pose uncertainty
constexpr int kFeaturePoint = 8;
constexpr int kImageInfo = 12;        // type, data type, width, height, colour space, source, device, quality

quint32 bigEndian(const QByteArray &data, qsizetype offset, int length)
{
    quint32 value = 0;
    for (int i = 0; i < length; ++i)
        value = (value << 8) | quint8(data.at(offset + i));
    return value;
}

void collectRecords(const der::Item &item, int depth, QList<QByteArray> &records)
{
    if (depth > der::kMaxDepth)
        return;
    if (item.tag == 0x5f2e || item.tag == 0x7f2e) {
        records.append(item.value);
        return;
    }
    if (!item.isConstructed())
        return;
    if (const auto kids = der::children(item))
        for (const der::Item &kid : *kids)
            collectRecords(kid, depth + 1, records);
}

} // namespace

FaceImageFormat sniffImageFormat(const QByteArray &data)
{
    if (data.startsWith(QByteArray::fromHex("ffd8ff")))
        return FaceImageFormat::Jpeg;
    if (data.startsWith(QByteArray::fromHex("0000000c6a5020200d0a870a")) || data.startsWith(QByteArray::fromHex("ff4fff51")))
        return FaceImageFormat::Jpeg2000;
    return FaceImageFormat::Unknown;
}

Result<QList<FaceImage>> Dg2::parseFacialRecord(const QByteArray &record)
{
    const auto bad = [](const QString &detail) { return lds::LdsError::damaged(kDg2, QStringLiteral("faceRecord"), detail); };
    if (record.size() < kRecordHeader || !record.startsWith(QByteArray("FAC\0", 4)))
        return bad(QStringLiteral("no FAC header"));
    const int faceCount = int(bigEndian(record, 12, 2));
    if (faceCount < 1)
        return bad(QStringLiteral("no face in the record"));
    QList<FaceImage> faces;
    qsizetype pos = kRecordHeader;
    for (int i = 0; i < faceCount; ++i) {
        if (record.size() - pos < kFaceInfo + kImageInfo)
            return bad(QStringLiteral("face %1 truncated").arg(i));
        const qint64 blockLength = bigEndian(record, pos, 4);
        const int featurePoints = int(bigEndian(record, pos + 4, 2));
        const qint64 headerLength = kFaceInfo + qint64(featurePoints) * kFeaturePoint + kImageInfo;
        if (blockLength < headerLength || blockLength > record.size() - pos)
            return bad(QStringLiteral("face %1 block length %2").arg(i).arg(blockLength));
        const qsizetype info = pos + kFaceInfo + featurePoints * kFeaturePoint;
        FaceImage face;
        const int declaredType = quint8(record.at(info + 1));
        face.width = int(bigEndian(record, info + 2, 2));
        face.height = int(bigEndian(record, info + 4, 2));
        face.data = record.mid(pos + headerLength, blockLength - headerLength);
        face.format = sniffImageFormat(face.data);
        if (face.format == FaceImageFormat::Unknown) // the signature wins; the type byte is a fallback
            face.format = declaredType == 0 ? FaceImageFormat::Jpeg
                          : declaredType == 1 ? FaceImageFormat::Jpeg2000 : FaceImageFormat::Unknown;
        if (face.data.isEmpty())
            return bad(QStringLiteral("face %1 has no image").arg(i));
        faces.append(face);
        pos += blockLength;
    }
    return faces;
}

Result<Dg2> Dg2::parse(const QByteArray &bytes)
{
    const auto file = der::readFirst(bytes);
    if (!file || file->tag != lds::fileTag(kDg2))
        return lds::LdsError::damaged(kDg2, QStringLiteral("wrapper"), QStringLiteral("no tag 75"));
    if (!der::children(*file))
        return lds::LdsError::damaged(kDg2, QStringLiteral("tlv"), QStringLiteral("malformed TLV inside 75"));
    QList<QByteArray> records;
    collectRecords(*file, 0, records);
    if (records.isEmpty())
        return lds::LdsError::damaged(kDg2, QStringLiteral("noRecord"), QStringLiteral("no 5F2E/7F2E"));
    Dg2 dg2;
    for (const QByteArray &record : records) {
        Result<QList<FaceImage>> faces = parseFacialRecord(record);
        if (!faces)
            return faces.error();
        dg2.faces += *faces;
    }
    return dg2;
}

} // namespace motcua::card
