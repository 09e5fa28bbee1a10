#pragma once
// The key that opens a CCCD chip: the CAN (PACE) or the MRZ information (PACE or BAC). Every
// way the counter gets one (a typed CAN or ID, the printed QR, the MRZ) is checked here, so
// that a typo is caught before it costs one of the chip's few tries.
#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace motcua::card {

struct AccessKey {
    Q_DECLARE_TR_FUNCTIONS(AccessKey)
public:
    enum class Kind { Can, Mrz };
    Kind kind = Kind::Can;
    QString value; // 6-digit CAN or 24-character MRZ information

    static Result<AccessKey> fromCan(const QString &digits);
    // The CCCD's CAN is the last 6 digits of the personal ID (identity/AccessKeys).
    static Result<AccessKey> fromId12(const QString &id12);
    // The card's printed QR text (identity/CccdQr), then its ID.
    static Result<AccessKey> fromQrText(const QString &qr);
    // Document number (9), date of birth (6), expiry (6), each followed by its check digit;
    // every check digit is verified.
    static Result<AccessKey> fromMrzInformation(const QString &mrz24);
    // The three values without check digits (computed); expiry "<<<<<<" for none.
    static Result<AccessKey> fromMrzParts(const QString &doc9, const QString &dobYYMMDD, const QString &expiryYYMMDD);
};

} // namespace motcua::card
