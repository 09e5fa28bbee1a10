#include "lds/Dg1.h"

#include "identity/AccessKeys.h"
#include "identity/CheckDigit.h"
#include "identity/Sex.h"
#include "lds/Der.h"
#include "lds/LdsFile.h"

namespace motcua::card {

namespace {

constexpr int kDg1 = 1;

QString fillersToSpaces(QString s)
{
    return s.replace(QLatin1Char('<'), QLatin1Char(' ')).simplified();
}

void splitName(const QString &nameField, Dg1 &dg1)
{
    const qsizetype split = nameField.indexOf(QStringLiteral("<<"));
    dg1.primaryIdentifier = fillersToSpaces(split < 0 ? nameField : nameField.left(split));
    dg1.secondaryIdentifier = split < 0 ? QString() : fillersToSpaces(nameField.mid(split + 2));
}

Result<Dg1> fromTd1(const QString &text, const QDate &today)
{
    Result<Td1Mrz> mrz = Td1Mrz::parse(text, today);
    if (!mrz)
        return lds::LdsError::damaged(kDg1, QStringLiteral("mrz"), mrz.error().code);
    Dg1 dg1;
    dg1.format = Dg1::Format::Td1;
    dg1.lines = mrz->lines;
    dg1.documentCode = mrz->documentCode;
    dg1.issuingState = mrz->issuingState;
    dg1.documentNumber = mrz->documentNumber;
    dg1.nationality = mrz->nationality;
    dg1.sex = Sex::fromText(mrz->sexField);
    dg1.primaryIdentifier = mrz->primaryIdentifier;
    dg1.secondaryIdentifier = mrz->secondaryIdentifier;
    dg1.id12 = mrz->id12;
    dg1.dateOfBirth = mrz->dateOfBirth;
    dg1.expiry = mrz->expiry;
    dg1.mrzInformation = AccessKeys::mrzInformation(*mrz);
    dg1.td1 = std::move(mrz).value();
    return dg1;
}

QDate yymmdd(const QString &field, int century)
{
    return QDate(century + field.left(2).toInt(), field.mid(2, 2).toInt(), field.mid(4, 2).toInt());
}

// ICAO 9303 Part 4: line 2 holds number+check (0-9), nationality (10-12), birth+check (13-19),
// sex (20), expiry+check (21-27), optional data+check (28-42), composite (43).
Result<Dg1> fromTd3(const QStringList &lines, const QDate &today)
{
    const QString &l1 = lines.at(0);
    const QString &l2 = lines.at(1);
    const auto bad = [](const char *what) {
        return lds::LdsError::damaged(kDg1, QStringLiteral("mrz"), QStringLiteral("TD3 %1").arg(QLatin1String(what)));
    };
    if (!mrzCheckDigitMatches(QStringView(l2).mid(0, 9), l2.at(9)))
        return bad("document number check");
    if (!mrzCheckDigitMatches(QStringView(l2).mid(13, 6), l2.at(19)))
        return bad("date of birth check");
    const bool noExpiry = l2.mid(21, 6) == QLatin1String("<<<<<<");
    if (!noExpiry && !mrzCheckDigitMatches(QStringView(l2).mid(21, 6), l2.at(27)))
        return bad("expiry check");
    const QString composite = l2.mid(0, 10) + l2.mid(13, 7) + l2.mid(21, 22);
    if (!mrzCheckDigitMatches(composite, l2.at(43)))
        return bad("composite check");
    Dg1 dg1;
    dg1.format = Dg1::Format::Td3;
    dg1.lines = lines;
    dg1.documentCode = l1.left(2);
    dg1.issuingState = l1.mid(2, 3);
    splitName(l1.mid(5), dg1);
    dg1.documentNumber = QString(l2.left(9)).remove(QLatin1Char('<'));
    dg1.nationality = l2.mid(10, 3);
    const QString birth = l2.mid(13, 6);
    dg1.dateOfBirth = yymmdd(birth, birth.left(2).toInt() > today.year() % 100 ? 1900 : 2000);
    if (!dg1.dateOfBirth.isValid())
        return bad("date of birth");
    dg1.sex = Sex::fromText(l2.mid(20, 1));
    if (noExpiry) {
        dg1.expiry = ExpiryDate::never();
    } else {
        const QDate expiry = yymmdd(l2.mid(21, 6), 2000);
        if (!expiry.isValid())
            return bad("expiry");
        dg1.expiry = ExpiryDate::on(expiry);
    }
    if (dg1.primaryIdentifier.isEmpty())
        return bad("name");
    dg1.mrzInformation = l2.mid(0, 10) + l2.mid(13, 7) + l2.mid(21, 7);
    return dg1;
}

} // namespace

QString Dg1::fullName() const
{
    return QString(primaryIdentifier + QLatin1Char(' ') + secondaryIdentifier).simplified();
}

Person Dg1::toPerson() const
{
    Person p;
    const FieldSource chip = FieldSource::Chip;
    p.set(PersonKey::id12, id12, chip);
    p.set(PersonKey::fullName, fullName(), chip);
    if (dateOfBirth.isValid())
        p.set(PersonKey::dateOfBirth, dateOfBirth.toString(Qt::ISODate), chip);
    p.set(PersonKey::sex, sex, chip);
    p.set(PersonKey::nationality, nationality == QLatin1String("VNM") ? QStringLiteral("Việt Nam") : nationality, chip);
    if (expiry.kind == ExpiryDate::Kind::On)
        p.set(PersonKey::idExpiryDate, expiry.date.toString(Qt::ISODate), chip);
    return p;
}

Result<Dg1> Dg1::parseMrz(const QString &mrz, const QDate &today)
{
    QString compact;
    for (QChar c : mrz)
        if (!c.isSpace())
            compact.append(c.toUpper());
    for (QChar c : compact)
        if (mrzCharacterValue(c) < 0)
            return lds::LdsError::damaged(kDg1, QStringLiteral("mrz"), QStringLiteral("character outside the MRZ set"));
    if (compact.size() == 90)
        return fromTd1(compact, today);
    if (compact.size() == 88)
        return fromTd3({compact.left(44), compact.mid(44)}, today);
    return lds::LdsError::unsupported(kDg1, QStringLiteral("mrzLength"),
                                      QStringLiteral("MRZ of %1 characters").arg(compact.size()));
}

Result<Dg1> Dg1::parse(const QByteArray &bytes, const QDate &today)
{
    const auto file = der::readFirst(bytes);
    if (!file || file->tag != lds::fileTag(kDg1))
        return lds::LdsError::damaged(kDg1, QStringLiteral("wrapper"), QStringLiteral("no tag 61"));
    const auto items = der::children(*file);
    if (!items)
        return lds::LdsError::damaged(kDg1, QStringLiteral("tlv"), QStringLiteral("malformed TLV inside 61"));
    for (const der::Item &item : *items)
        if (item.tag == 0x5f1f)
            return parseMrz(QString::fromLatin1(item.value), today);
    return lds::LdsError::damaged(kDg1, QStringLiteral("mrz"), QStringLiteral("no tag 5F1F"));
}

} // namespace motcua::card
