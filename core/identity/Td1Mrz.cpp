#include "identity/Td1Mrz.h"

#include "common/Logging.h"
#include "identity/CheckDigit.h"
#include "identity/MrzText.h"
#include "identity/PersonalId.h"
#include "identity/Sex.h"

namespace motcua {

namespace {

const QLatin1String kVietnam("VNM");

bool isFillers(QStringView s)
{
    for (QChar c : s)
        if (c != QLatin1Char('<'))
            return false;
    return true;
}

QString fillersToSpaces(QString s)
{
    return s.replace(QLatin1Char('<'), QLatin1Char(' ')).simplified();
}

// YYMMDD in the given century; invalid when the date does not exist.
QDate mrzDate(const QString &yymmdd, int centuryStart)
{
    return QDate(centuryStart + yymmdd.left(2).toInt(), yymmdd.mid(2, 2).toInt(), yymmdd.mid(4, 2).toInt());
}

Error checkError(const char *field, const QString &label)
{
    return Error{QStringLiteral("mrz.%1.check").arg(QLatin1String(field)),
                 Td1Mrz::tr("The check digit of the %1 does not match: the MRZ was misread or mistyped").arg(label)};
}

QList<mrz::DigitSpan> digitSpans(const QStringList &lines)
{
    const QString dob = Td1Mrz::tr("date of birth");
    const QString expiry = Td1Mrz::tr("expiry date");
    QList<mrz::DigitSpan> spans{
        {1, 0, 7, QStringLiteral("dateOfBirth"), dob},
        {1, 29, 1, QStringLiteral("composite"), Td1Mrz::tr("final check digit")},
    };
    // A filler-only expiry (and check) is how a card without expiry may be written.
    if (!isFillers(QStringView(lines.at(1)).mid(8, 6)))
        spans.append({1, 8, 7, QStringLiteral("expiry"), expiry});
    if (lines.at(0).at(14) != QLatin1Char('<'))
        spans.append({0, 14, 1, QStringLiteral("documentNumber"), Td1Mrz::tr("document number check digit")});
    if (lines.at(0).mid(2, 3) == kVietnam) {
        spans.append({0, 5, 9, QStringLiteral("documentNumber"), Td1Mrz::tr("document number")});
        spans.append({0, 15, 12, QStringLiteral("personalId"), Td1Mrz::tr("personal ID number")});
        if (lines.at(0).mid(27, 2) == QLatin1String("<<")) // the layout seen on cards: the ID's check last
            spans.append({0, 29, 1, QStringLiteral("personalId"), Td1Mrz::tr("personal ID number check digit")});
    }
    return spans;
}

// Document number and its check digit; a number longer than 9 continues in optional data 1,
// its last character there being the check digit (ICAO 9303 Part 5, note j).
Status readDocumentNumber(Td1Mrz &m)
{
    const QString &line = m.lines.at(0);
    if (line.at(14) != QLatin1Char('<')) {
        m.documentNumber = line.mid(5, 9);
        m.documentNumberCheck = line.at(14);
    } else {
        const qsizetype end = m.optionalData1.indexOf(QLatin1Char('<'));
        const QString overflow = end < 0 ? m.optionalData1 : m.optionalData1.left(end);
        if (overflow.isEmpty())
            return checkError("documentNumber", Td1Mrz::tr("document number"));
        m.documentNumber = line.mid(5, 9) + overflow.chopped(1);
        m.documentNumberCheck = overflow.back();
    }
    if (!mrzCheckDigitMatches(m.documentNumber, m.documentNumberCheck))
        return checkError("documentNumber", Td1Mrz::tr("document number"));
    while (m.documentNumber.endsWith(QLatin1Char('<')))
        m.documentNumber.chop(1);
    return Status::success();
}

// On a CCCD, optional data 1 is the 12-digit ID, fillers, and the ID's check digit.
Status readPersonalId(Td1Mrz &m, const QDate &today)
{
    if (m.issuingState != kVietnam)
        return Status::success();
    const QString id = m.optionalData1.left(12);
    const QString tail = m.optionalData1.mid(12).remove(QLatin1Char('<'));
    if (tail.size() != 1 || !mrzCheckDigitMatches(id, tail.front()))
        return checkError("personalId", Td1Mrz::tr("personal ID number"));
    if (const Status valid = PersonalId::validate(id, today); !valid)
        return Error{QStringLiteral("mrz.personalId.invalid"),
                     Td1Mrz::tr("The personal ID number in the MRZ is not valid: %1").arg(valid.error().message),
                     valid.error().code};
    m.id12 = id;
    return Status::success();
}

Status readDates(Td1Mrz &m, const QDate &today)
{
    int century = 0;
    if (!m.id12.isEmpty()) {
        century = PersonalId::facts(m.id12, today)->centuryStart;
    } else {
        // No ID to tell the century: a two-digit year after this year's is last century's.
        century = m.dateOfBirthField.left(2).toInt() > today.year() % 100 ? 1900 : 2000;
    }
    m.dateOfBirth = mrzDate(m.dateOfBirthField, century);
    if (!m.dateOfBirth.isValid() || m.dateOfBirth > today)
        return Error{QStringLiteral("mrz.dateOfBirth.invalid"), Td1Mrz::tr("The date of birth in the MRZ is not a valid date")};
    if (isFillers(m.expiryField)) {
        m.expiry = ExpiryDate::never();
        return Status::success();
    }
    // ID cards in use expire in this century; a card that expired in the 1990s is not one.
    const QDate expiry = mrzDate(m.expiryField, 2000);
    if (!expiry.isValid() || expiry < m.dateOfBirth)
        return Error{QStringLiteral("mrz.expiry.invalid"), Td1Mrz::tr("The expiry date in the MRZ is not a valid date")};
    m.expiry = ExpiryDate::on(expiry);
    return Status::success();
}

Status verifyCheckDigits(const Td1Mrz &m)
{
    const QString &l1 = m.lines.at(0);
    const QString &l2 = m.lines.at(1);
    if (!mrzCheckDigitMatches(m.dateOfBirthField, m.dateOfBirthCheck))
        return checkError("dateOfBirth", Td1Mrz::tr("date of birth"));
    const bool noExpiry = isFillers(m.expiryField);
    const bool expiryOk = noExpiry ? (m.expiryCheck == QLatin1Char('<') || m.expiryCheck == QLatin1Char('0'))
                                   : mrzCheckDigitMatches(m.expiryField, m.expiryCheck);
    if (!expiryOk)
        return checkError("expiry", Td1Mrz::tr("expiry date"));
    // Composite (Part 5 §4.2.2): line 1 positions 6–30, line 2 positions 1–7, 9–15 and 19–29.
    const QString composite = l1.mid(5, 25) + l2.mid(0, 7) + l2.mid(8, 7) + l2.mid(18, 11);
    if (!mrzCheckDigitMatches(composite, m.compositeCheck))
        return checkError("composite", Td1Mrz::tr("whole MRZ (final check digit)"));
    return Status::success();
}

} // namespace

Result<Td1Mrz> Td1Mrz::parse(const QByteArray &bytes, const QDate &today)
{
    return parse(QString::fromUtf8(bytes), today);
}

Result<Td1Mrz> Td1Mrz::parse(const QString &text, const QDate &today)
{
    Result<QStringList> lines = mrz::splitTd1Lines(text);
    if (!lines)
        return lines.error();
    if (const Status digits = mrz::checkDigitSpans(*lines, digitSpans(*lines)); !digits)
        return digits.error();

    Td1Mrz m;
    m.lines = *lines;
    const QString &l1 = m.lines.at(0);
    const QString &l2 = m.lines.at(1);
    const QString &l3 = m.lines.at(2);
    m.documentCode = l1.left(2);
    m.issuingState = l1.mid(2, 3);
    m.optionalData1 = l1.mid(15, 15);
    m.dateOfBirthField = l2.left(6);
    m.dateOfBirthCheck = l2.at(6);
    m.sexField = l2.mid(7, 1);
    m.expiryField = l2.mid(8, 6);
    m.expiryCheck = l2.at(14);
    m.nationality = l2.mid(15, 3);
    m.optionalData2 = l2.mid(18, 11);
    m.compositeCheck = l2.at(29);
    const qsizetype split = l3.indexOf(QStringLiteral("<<"));
    m.primaryIdentifier = fillersToSpaces(split < 0 ? l3 : l3.left(split));
    m.secondaryIdentifier = split < 0 ? QString() : fillersToSpaces(l3.mid(split + 2));

    Status step = readDocumentNumber(m);
    if (step)
        step = verifyCheckDigits(m);
    if (step)
        step = readPersonalId(m, today);
    if (step)
        step = readDates(m, today);
    if (!step) {
        qCDebug(lcIdentity) << "MRZ rejected:" << step.error().code;
        return step.error();
    }
    if (!QStringList{QStringLiteral("M"), QStringLiteral("F"), QStringLiteral("<"), QStringLiteral("X")}.contains(m.sexField))
        return Error{QStringLiteral("mrz.sex.invalid"), tr("The sex in the MRZ is not M, F or <")};
    if (m.primaryIdentifier.isEmpty())
        return Error{QStringLiteral("mrz.name.missing"), tr("The name line of the MRZ is empty")};
    return m;
}

QString Td1Mrz::fullName() const
{
    return QString(primaryIdentifier + QLatin1Char(' ') + secondaryIdentifier).simplified();
}

Result<IdentityDocument> Td1Mrz::toDocument(const QDate &today) const
{
    if (id12.isEmpty())
        return Error{QStringLiteral("mrz.personalId.missing"),
                     tr("This MRZ holds no Vietnamese personal ID number: it is not from a CCCD")};
    IdentityDocument doc;
    doc.kind = documentCode.startsWith(QLatin1Char('I')) ? DocumentKind::ChipCccd : DocumentKind::Unknown;
    doc.source = FieldSource::Mrz;
    doc.id12 = id12;
    doc.documentNumber = documentNumber;
    doc.expiry = expiry;
    doc.rawText = lines.join(QLatin1Char('\n'));
    const QString sex = Sex::fromText(sexField);
    Person &p = doc.person;
    p.set(PersonKey::id12, id12, FieldSource::Mrz);
    p.set(PersonKey::fullName, fullName(), FieldSource::Mrz);
    p.set(PersonKey::dateOfBirth, dateOfBirth.toString(Qt::ISODate), FieldSource::Mrz);
    p.set(PersonKey::sex, sex, FieldSource::Mrz);
    p.set(PersonKey::nationality, nationality == kVietnam ? QStringLiteral("Việt Nam") : nationality, FieldSource::Mrz);
    if (expiry.kind == ExpiryDate::Kind::On)
        p.set(PersonKey::idExpiryDate, expiry.date.toString(Qt::ISODate), FieldSource::Mrz);
    if (id12.right(9) != documentNumber)
        doc.warnings.append(tr("The document number in the MRZ is not the end of the personal ID number"));
    for (const Error &mismatch : PersonalId::checkAgainst(id12, dateOfBirth, sex, today))
        doc.warnings.append(mismatch.message);
    return doc;
}

} // namespace motcua
