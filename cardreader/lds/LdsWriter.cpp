#include "lds/LdsWriter.h"

#include "identity/CheckDigit.h"
#include "identity/Sex.h"
#include "lds/Dg13.h"
#include "lds/Der.h"
#include "lds/LdsFile.h"
#include "lds/SecurityInfos.h"
#include "text/Folding.h"

#include <QtEndian>

#include <algorithm>

namespace motcua::card {

namespace {

QByteArray bigEndian(quint32 value, int length)
{
    QByteArray out;
    for (int i = length - 1; i >= 0; --i)
        out.append(char((value >> (8 * i)) & 0xff));
    return out;
}

QString withCheck(const QString &field)
{
    return field + QChar(u'0' + mrzCheckDigit(field));
}

QString padded(QString text, int width)
{
    text.truncate(width);
    while (text.size() < width)
        text.append(QLatin1Char('<'));
    return text;
}

// "Nguyễn Văn An" -> "NGUYEN<<VAN<AN": the family name first, as the card prints it.
QString mrzName(const QString &fullName)
{
    QStringList words = text::folded(fullName).toUpper().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString &word : words)
        word.removeIf([](QChar c) { return c < QLatin1Char('A') || c > QLatin1Char('Z'); });
    words.removeAll(QString());
    if (words.isEmpty())
        return {};
    const QString family = words.takeFirst();
    return padded(family + QStringLiteral("<<") + words.join(QLatin1Char('<')), 30);
}

QByteArray entry(int number, const QList<QByteArray> &values)
{
    return der::sequence(QList<QByteArray>{der::encodeInteger(number)} + values);
}

QString dmy(const QDate &date)
{
    return date.toString(QStringLiteral("dd/MM/yyyy"));
}

QByteArray parentsValue(const Person &person, Dg13Nesting nesting)
{
    const QByteArray father = der::sequence({der::encodeUtf8(person.text(PersonKey::fatherName))});
    const QByteArray mother = der::sequence({der::encodeUtf8(person.text(PersonKey::motherName))});
    return nesting == Dg13Nesting::Flat ? father + mother : der::sequence({father, mother});
}

} // namespace

QByteArray LdsWriter::efCom(const QList<int> &dataGroups, const QString &ldsVersion, const QString &unicodeVersion)
{
    QByteArray tags;
    for (int dg : dataGroups)
        tags.append(char(lds::fileTag(dg)));
    return Tlv::encode(lds::fileTag(lds::kCom), Tlv::encode(0x5f01, ldsVersion.toLatin1())
                                                    + Tlv::encode(0x5f36, unicodeVersion.toLatin1()) + Tlv::encode(0x5c, tags));
}

QByteArray LdsWriter::dg1(const QString &mrz)
{
    return Tlv::encode(lds::fileTag(1), Tlv::encode(0x5f1f, mrz.toLatin1()));
}

Result<QString> LdsWriter::cccdTd1Mrz(const Person &person, const QDate &expiry)
{
    const QString id12 = person.text(PersonKey::id12);
    const QDate birth = person.date(PersonKey::dateOfBirth);
    const QString sex = person.text(PersonKey::sex);
    const QString name = mrzName(person.text(PersonKey::fullName));
    if (id12.size() != 12 || !birth.isValid() || name.isEmpty() || (sex != Sex::male && sex != Sex::female))
        return Error{QStringLiteral("lds.writer.mrz"),
                     tr("An MRZ needs the personal ID, full name, date of birth and sex."), QStringLiteral("missing field")};
    const QString line1 = QStringLiteral("IDVNM") + withCheck(id12.right(9)) + id12 + QStringLiteral("<<")
                          + QChar(u'0' + mrzCheckDigit(id12));
    const QString yymmdd = QStringLiteral("yyMMdd");
    QString line2 = withCheck(birth.toString(yymmdd)) + (sex == Sex::male ? QLatin1Char('M') : QLatin1Char('F'))
                    + (expiry.isValid() ? withCheck(expiry.toString(yymmdd)) : QStringLiteral("<<<<<<<"))
                    + QStringLiteral("VNM") + padded(QString(), 11);
    const QString composite = line1.mid(5, 25) + line2.mid(0, 7) + line2.mid(8, 7) + line2.mid(18, 11);
    line2 += QChar(u'0' + mrzCheckDigit(composite));
    return QString(line1 + line2 + name);
}

QByteArray LdsWriter::faceRecord(const QByteArray &image, FaceImageFormat format, int width, int height)
{
    constexpr int kFaceInfo = 20, kImageInfo = 12, kRecordHeader = 14;
    const quint32 blockLength = quint32(kFaceInfo + kImageInfo + image.size());
    QByteArray faceInfo = bigEndian(blockLength, 4) + bigEndian(0, 2) // no feature points
                          + QByteArray(14, '\0');                       // gender ... pose uncertainty: unspecified
    QByteArray imageInfo = bigEndian(1, 1)                              // full frontal
                           + bigEndian(format == FaceImageFormat::Jpeg2000 ? 1 : 0, 1) + bigEndian(quint32(width), 2)
                           + bigEndian(quint32(height), 2) + bigEndian(1, 1) // 24-bit RGB
                           + bigEndian(2, 1)                                 // digital still camera
                           + bigEndian(0, 2) + bigEndian(0, 2);              // device, quality
    return QByteArray("FAC\0" "010\0", 8) + bigEndian(kRecordHeader + blockLength, 4) + bigEndian(1, 2) + faceInfo
           + imageInfo + image;
}

QByteArray LdsWriter::dg2(const QByteArray &image, FaceImageFormat format, int width, int height, bool constructedRecordTag)
{
    const QByteArray header = Tlv::encode(0xa1, Tlv::encode(0x80, QByteArray::fromHex("0101")) // ICAO header version
                                                    + Tlv::encode(0x81, QByteArray::fromHex("02"))     // biometric type: face
                                                    + Tlv::encode(0x87, QByteArray::fromHex("0101"))   // format owner
                                                    + Tlv::encode(0x88, QByteArray::fromHex("0008"))); // format type
    const QByteArray record = Tlv::encode(constructedRecordTag ? 0x7f2e : 0x5f2e, faceRecord(image, format, width, height));
    const QByteArray group = Tlv::encode(0x7f61, der::encodeInteger(1) + Tlv::encode(0x7f60, header + record));
    return Tlv::encode(lds::fileTag(2), group);
}

QByteArray LdsWriter::dg13(const Person &person, const Dg13Options &options)
{
    QMap<int, QByteArray> entries;
    const auto text = [&](int number, const QString &key) {
        if (person.has(key))
            entries.insert(number, entry(number, {der::encodeUtf8(person.text(key))}));
    };
    const auto printable = [&](int number, const QString &value) {
        if (!value.isEmpty())
            entries.insert(number, entry(number, {der::encodePrintable(value)}));
    };
    printable(Dg13Field::id12, person.text(PersonKey::id12));
    text(Dg13Field::fullName, PersonKey::fullName);
    printable(Dg13Field::dateOfBirth, dmy(person.date(PersonKey::dateOfBirth)));
    if (const QString label = Sex::vietnameseLabel(person.text(PersonKey::sex)); !label.isEmpty())
        entries.insert(Dg13Field::sex, entry(Dg13Field::sex, {der::encodeUtf8(label)}));
    text(Dg13Field::nationality, PersonKey::nationality);
    text(Dg13Field::ethnicity, PersonKey::ethnicity);
    text(Dg13Field::religion, PersonKey::religion);
    text(Dg13Field::placeOfOrigin, PersonKey::placeOfOrigin);
    text(Dg13Field::residence, PersonKey::permanentResidence);
    text(Dg13Field::identifyingMarks, PersonKey::identifyingMarks);
    printable(Dg13Field::issueDate, dmy(person.date(PersonKey::idIssueDate)));
    const QDate expiry = person.date(PersonKey::idExpiryDate);
    entries.insert(Dg13Field::expiryDate,
                   entry(Dg13Field::expiryDate, {der::encodeUtf8(expiry.isValid() ? dmy(expiry) : kNoExpiryWord)}));
    if (person.has(PersonKey::fatherName) || person.has(PersonKey::motherName))
        entries.insert(Dg13Field::parents, entry(Dg13Field::parents, {parentsValue(person, options.parents)}));
    entries.insert(Dg13Field::spouse, person.has(PersonKey::spouseName)
                                          ? entry(Dg13Field::spouse, {der::encodeUtf8(person.text(PersonKey::spouseName))})
                                          : entry(Dg13Field::spouse, {}));
    printable(Dg13Field::oldIdNumber, person.text(PersonKey::oldIdNumber));
    for (auto it = options.extraFields.cbegin(); it != options.extraFields.cend(); ++it)
        entries.insert(it.key(), entry(it.key(), {it.value()}));

    QList<QByteArray> ordered = entries.values();
    if (options.reversed)
        std::reverse(ordered.begin(), ordered.end());
    const QByteArray body = der::sequence({der::encodeInteger(1), der::encodeOid(Dg13::kOid), der::set(ordered)});
    return Tlv::encode(lds::fileTag(13), body);
}

QByteArray LdsWriter::dg14(const QByteArray &chipAuthenticationSpki, bool activeAuthenticationEc)
{
    QList<QByteArray> infos{
        der::sequence({der::encodeOid(SecurityOid::caEcdhAesCbcCmac128), der::encodeInteger(1)}),
        der::sequence({der::encodeOid(SecurityOid::pkEcdh), chipAuthenticationSpki}),
    };
    if (activeAuthenticationEc)
        infos.append(der::sequence({der::encodeOid(SecurityOid::activeAuthentication), der::encodeInteger(1),
                                    der::encodeOid(SecurityOid::ecdsaWithSha256)}));
    std::sort(infos.begin(), infos.end()); // DER orders a SET OF by encoding
    return Tlv::encode(lds::fileTag(14), der::set(infos));
}

QByteArray LdsWriter::dg15(const QByteArray &activeAuthenticationSpki)
{
    return Tlv::encode(lds::fileTag(15), activeAuthenticationSpki);
}

QByteArray LdsWriter::cccdCardAccess()
{
    return QByteArray::fromHex("3134300d060804007f0007020202020101300f060a04007f000702020302020201013012060a04007f00070202"
                               "04020202010202010d");
}

} // namespace motcua::card
