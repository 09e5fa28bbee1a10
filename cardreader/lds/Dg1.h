#pragma once
// DG1: the MRZ as the chip holds it (tag 61 { 5F1F mrz }). The CCCD carries a TD1 (3 x 30),
// passports a TD3 (2 x 44); both are read and every check digit verified.
#include "common/Result.h"
#include "identity/IdentityDocument.h"
#include "identity/Person.h"
#include "identity/Td1Mrz.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QStringList>
#include <optional>

namespace motcua::card {

struct Dg1 {
    Q_DECLARE_TR_FUNCTIONS(Dg1)
public:
    enum class Format { Td1, Td3 };

    Format format = Format::Td1;
    QStringList lines;
    QString documentCode;   // "ID", "P<"
    QString issuingState;   // "VNM"
    QString documentNumber; // without fillers
    QString nationality;
    QString sex;            // Sex::male / Sex::female, empty when unspecified
    QString primaryIdentifier;
    QString secondaryIdentifier;
    QString id12;           // a CCCD's 12-digit personal ID, else empty
    QDate dateOfBirth;
    ExpiryDate expiry;
    QString mrzInformation; // document number, date of birth, expiry, each with its check (BAC)
    std::optional<Td1Mrz> td1;

    QString fullName() const;
    // The fields a Person holds, each FieldSource::Chip.
    Person toPerson() const;

    static Result<Dg1> parse(const QByteArray &bytes, const QDate &today = QDate::currentDate());
    // The MRZ text alone (lines with or without line breaks), TD1 or TD3 by its length.
    static Result<Dg1> parseMrz(const QString &mrz, const QDate &today = QDate::currentDate());
};

} // namespace motcua::card
