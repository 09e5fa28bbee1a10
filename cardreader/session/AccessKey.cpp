#include "session/AccessKey.h"

#include "identity/AccessKeys.h"
#include "identity/CccdQr.h"
#include "identity/CheckDigit.h"

namespace motcua::card {

namespace {

bool allDigits(const QString &text)
{
    for (QChar c : text)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    return !text.isEmpty();
}

} // namespace

Result<AccessKey> AccessKey::fromCan(const QString &digits)
{
    const QString can = digits.trimmed();
    if (can.size() != 6 || !allDigits(can))
        return Error{QStringLiteral("card.key.can.invalid"), tr("The card access number must be 6 digits."),
                     QStringLiteral("CAN length %1").arg(can.size())};
    return AccessKey{Kind::Can, can};
}

Result<AccessKey> AccessKey::fromId12(const QString &id12)
{
    auto can = AccessKeys::canFromId12(id12.trimmed());
    if (!can)
        return can.error();
    return AccessKey{Kind::Can, *can};
}

Result<AccessKey> AccessKey::fromQrText(const QString &qr)
{
    auto document = CccdQr::parse(qr);
    if (!document)
        return document.error();
    return fromId12(document->id12);
}

Result<AccessKey> AccessKey::fromMrzInformation(const QString &mrz24)
{
    const QString mrz = mrz24.trimmed().toUpper();
    const auto invalid = [](const QString &detail) {
        return Error{QStringLiteral("card.key.mrz.invalid"),
                     tr("The MRZ key must be the document number, the date of birth and the expiry date, each with its check digit (24 characters)."),
                     detail};
    };
    if (mrz.size() != 24)
        return invalid(QStringLiteral("length %1").arg(mrz.size()));
    for (QChar c : mrz)
        if (mrzCharacterValue(c) < 0)
            return invalid(QStringLiteral("character outside the MRZ set"));
    const QStringView view(mrz);
    struct Part { int start; int length; const char *name; };
    for (const Part &part : {Part{0, 9, "document number"}, Part{10, 6, "date of birth"}, Part{17, 6, "expiry"}}) {
        if (!mrzCheckDigitMatches(view.mid(part.start, part.length), mrz.at(part.start + part.length)))
            return Error{QStringLiteral("card.key.mrz.checkDigit"),
                         tr("A check digit of the MRZ key does not match: please check the document number and the dates."),
                         QStringLiteral("check digit of the %1").arg(QLatin1String(part.name))};
    }
    return AccessKey{Kind::Mrz, mrz};
}

Result<AccessKey> AccessKey::fromMrzParts(const QString &doc9, const QString &dobYYMMDD, const QString &expiryYYMMDD)
{
    auto mrz = AccessKeys::mrzInformation(doc9.trimmed().toUpper(), dobYYMMDD.trimmed(), expiryYYMMDD.trimmed().toUpper());
    if (!mrz)
        return mrz.error();
    return fromMrzInformation(*mrz);
}

} // namespace motcua::card
