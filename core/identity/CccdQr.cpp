#include "identity/CccdQr.h"

#include "common/Logging.h"
#include "identity/PersonalId.h"
#include "identity/Sex.h"

#include <array>

namespace motcua {

namespace {

enum class QrField { Id, OldId, Name, DateOfBirth, Sex, Address, IssueDate };

constexpr std::array<QrField, 7> kFullLayout{QrField::Id, QrField::OldId, QrField::Name, QrField::DateOfBirth,
                                             QrField::Sex, QrField::Address, QrField::IssueDate};
constexpr std::array<QrField, 6> kWithoutOldId{QrField::Id, QrField::Name, QrField::DateOfBirth,
                                               QrField::Sex, QrField::Address, QrField::IssueDate};
constexpr std::array<QrField, 6> kWithoutIssueDate{QrField::Id, QrField::OldId, QrField::Name,
                                                   QrField::DateOfBirth, QrField::Sex, QrField::Address};

bool isDigits(const QString &s)
{
    for (QChar c : s)
        if (c.unicode() < u'0' || c.unicode() > u'9')
            return false;
    return !s.isEmpty();
}

// ddMMyyyy as printed in the QR; dd/MM/yyyy as some scanner software rewrites it.
QDate parseQrDate(const QString &s)
{
    if (s.size() == 8 && isDigits(s))
        return QDate::fromString(s, QStringLiteral("ddMMyyyy"));
    if (s.size() == 10 && s.at(2) == QLatin1Char('/') && s.at(5) == QLatin1Char('/')
        && isDigits(s.left(2) + s.mid(3, 2) + s.mid(6)))
        return QDate::fromString(s, QStringLiteral("dd/MM/yyyy"));
    return {};
}

} // namespace

namespace {

QString fieldLabel(QrField field)
{
    switch (field) {
    case QrField::Id: return CccdQr::tr("personal ID number");
    case QrField::OldId: return CccdQr::tr("old ID number");
    case QrField::Name: return CccdQr::tr("full name");
    case QrField::DateOfBirth: return CccdQr::tr("date of birth");
    case QrField::Sex: return CccdQr::tr("sex");
    case QrField::Address: return CccdQr::tr("permanent address");
    case QrField::IssueDate: return CccdQr::tr("issue date");
    }
    return {};
}

Error fieldError(const char *code, const QString &message)
{
    return Error{QString::fromLatin1(code), message};
}

// The layout of a 6-field text, told apart by where the sex sits.
QList<QrField> sixFieldLayout(const QStringList &fields)
{
    const bool sexInFifth = !Sex::fromText(fields.at(4)).isEmpty();
    const bool sexInFourth = !Sex::fromText(fields.at(3)).isEmpty();
    if (sexInFifth && !sexInFourth)
        return {kWithoutIssueDate.begin(), kWithoutIssueDate.end()};
    return {kWithoutOldId.begin(), kWithoutOldId.end()};
}

} // namespace

Result<IdentityDocument> CccdQr::parse(const QByteArray &utf8, const QDate &today)
{
    return parse(QString::fromUtf8(utf8), today);
}

Result<IdentityDocument> CccdQr::parse(const QString &text, const QDate &today)
{
    const QString clean = text.trimmed().normalized(QString::NormalizationForm_C);
    const QStringList fields = clean.split(QLatin1Char('|'));

    if (const Status id = PersonalId::validate(fields.first(), today); !id) {
        qCDebug(lcIdentity) << "QR rejected:" << id.error().code;
        return Error{QStringLiteral("qr.id.invalid"),
                     tr("The QR code does not start with a valid personal ID number: %1").arg(id.error().message),
                     id.error().code};
    }

    const qsizetype count = fields.size();
    QList<QrField> layout;
    if (count < 6) {
        QStringList missing;
        for (qsizetype i = count; i < qsizetype(kFullLayout.size()); ++i)
            missing.append(fieldLabel(kFullLayout[i]));
        return Error{QStringLiteral("qr.fields.missing"),
                     tr("The QR code was read only in part; missing: %1. Scan it again.").arg(missing.join(QStringLiteral(", "))),
                     QStringLiteral("%1 fields").arg(count)};
    }
    if (count == 6)
        layout = sixFieldLayout(fields);
    else if (count == 7 || count >= 11)
        layout = {kFullLayout.begin(), kFullLayout.end()};
    else
        return Error{QStringLiteral("qr.fields.unexpectedCount"),
                     tr("The QR code has %1 fields, which is not a known CCCD layout").arg(count),
                     QStringLiteral("%1 fields").arg(count)};

    auto valueOf = [&](QrField field) -> QString {
        const qsizetype at = layout.indexOf(field);
        return at < 0 ? QString() : fields.at(at).trimmed();
    };

    const QString oldId = valueOf(QrField::OldId);
    if (!oldId.isEmpty() && !(isDigits(oldId) && (oldId.size() == 9 || oldId.size() == 12)))
        return fieldError("qr.oldIdNumber.invalid", tr("The old ID number in the QR code must have 9 or 12 digits"));

    const QString name = valueOf(QrField::Name);
    if (name.isEmpty())
        return fieldError("qr.fullName.missing", tr("The full name in the QR code is empty"));

    const QDate dateOfBirth = parseQrDate(valueOf(QrField::DateOfBirth));
    if (!dateOfBirth.isValid())
        return fieldError("qr.dateOfBirth.invalid", tr("The date of birth in the QR code is not a valid date"));
    if (dateOfBirth > today)
        return fieldError("qr.dateOfBirth.invalid", tr("The date of birth in the QR code is in the future"));

    const QString sex = Sex::fromText(valueOf(QrField::Sex));
    if (sex.isEmpty())
        return fieldError("qr.sex.invalid", tr("The sex in the QR code is neither Nam nor Nữ"));

    QDate issueDate;
    if (layout.contains(QrField::IssueDate)) {
        issueDate = parseQrDate(valueOf(QrField::IssueDate));
        if (!issueDate.isValid())
            return fieldError("qr.issueDate.invalid", tr("The issue date in the QR code is not a valid date"));
        if (issueDate < dateOfBirth || issueDate > today)
            return fieldError("qr.issueDate.invalid",
                              tr("The issue date in the QR code is before the date of birth or in the future"));
    }

    IdentityDocument doc;
    doc.kind = DocumentKind::ChipCccd; // the QR is printed on chip cards only (2021 CCCD, 2024 căn cước)
    doc.source = FieldSource::Qr;
    doc.id12 = fields.first();
    doc.issueDate = issueDate;
    doc.rawText = text;
    if (count >= 11)
        doc.extraFields = fields.mid(7);
    Person &p = doc.person;
    p.set(PersonKey::id12, doc.id12, FieldSource::Qr);
    p.set(PersonKey::oldIdNumber, oldId, FieldSource::Qr);
    p.set(PersonKey::fullName, name, FieldSource::Qr);
    p.set(PersonKey::dateOfBirth, dateOfBirth.toString(Qt::ISODate), FieldSource::Qr);
    p.set(PersonKey::sex, sex, FieldSource::Qr);
    p.set(PersonKey::permanentResidence, valueOf(QrField::Address), FieldSource::Qr);
    if (issueDate.isValid())
        p.set(PersonKey::idIssueDate, issueDate.toString(Qt::ISODate), FieldSource::Qr);
    for (const Error &mismatch : PersonalId::checkAgainst(doc.id12, dateOfBirth, sex, today))
        doc.warnings.append(mismatch.message);
    if (!layout.contains(QrField::IssueDate))
        doc.warnings.append(tr("The QR code holds no issue date"));
    return doc;
}

} // namespace motcua
