#pragma once
// The QR code printed on the CCCD: text fields joined by '|'
//   id12 | oldCmnd | full name | dateOfBirth ddMMyyyy | sex Nam/Nữ | permanent address | issueDate ddMMyyyy
// Layouts seen: 7 fields (2021 cards); 11 or more (2024 cards: four trailing fields, usually
// empty, kept raw in extraFields); 6 fields, which public parsers show without the old CMND
// number (id12|name|dob|sex|address|issueDate). A 6-field text whose sex sits in field 5 instead
// is read as the 7-field layout without the issue date, so neither variant is lost.
#include "common/Result.h"
#include "identity/IdentityDocument.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace motcua {

class CccdQr {
    Q_DECLARE_TR_FUNCTIONS(CccdQr)
public:
    // Any text: surrounding white space (a scanner's trailing CR/LF) is trimmed and the text is
    // NFC-normalised. Errors name the faulty field: code "qr.<field>.invalid" or
    // "qr.fields.missing" (torn text; the message lists the missing fields) or "qr.id.invalid"
    // (the text does not start with a valid 12-digit ID). `today` bounds dates.
    static Result<IdentityDocument> parse(const QString &text, const QDate &today = QDate::currentDate());
    // Raw bytes from a scanner or a decoder: decoded as UTF-8 first.
    static Result<IdentityDocument> parse(const QByteArray &utf8, const QDate &today = QDate::currentDate());
};

} // namespace motcua
