#pragma once
// The TD1 machine-readable zone (ICAO 9303 Part 5): three lines of 30 characters.
//   line 1: document code (1–2), issuing state (3–5), document number (6–14), check (15),
//           optional data 1 (16–30)
//   line 2: date of birth YYMMDD (1–6), check (7), sex (8), expiry YYMMDD (9–14), check (15),
//           nationality (16–18), optional data 2 (19–29), composite check (30)
//   line 3: name, primary identifier << secondary identifier, '<' for spaces
// On the CCCD the document number is the last 9 digits of the personal ID, and optional data 1
// is the full 12-digit ID, fillers, then the ID's own check digit.
#include "common/Result.h"
#include "identity/IdentityDocument.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

namespace motcua {

struct Td1Mrz {
    Q_DECLARE_TR_FUNCTIONS(Td1Mrz)
public:
    QStringList lines;            // the three 30-character lines as parsed
    QString documentCode;         // "ID" on the CCCD; '<' kept ("I<")
    QString issuingState;         // "VNM"
    QString documentNumber;       // without fillers; longer than 9 when it overflowed into optional data 1
    QChar documentNumberCheck;
    QString optionalData1;        // raw, positions 16–30
    QString dateOfBirthField;     // YYMMDD as printed
    QChar dateOfBirthCheck;
    QString sexField;             // "M", "F", "<" or "X" as printed
    QString expiryField;          // YYMMDD as printed ("<<<<<<" for none)
    QChar expiryCheck;
    QString nationality;          // "VNM"
    QString optionalData2;        // raw, positions 19–29 of line 2
    QChar compositeCheck;
    QString primaryIdentifier;    // family name, spaces for '<'
    QString secondaryIdentifier;  // given names
    QString id12;                 // the personal ID from optional data 1 (CCCD), else empty; valid when set
    QDate dateOfBirth;            // century from the personal ID when there is one
    ExpiryDate expiry;

    // Parses and verifies every check digit (document number, date of birth, expiry, the
    // personal ID on a CCCD, composite). Accepts three lines separated by line breaks, or the
    // 90 characters run together, with white space around them; lower case is raised.
    // Letters that OCR confuses with digits (O/0, I/1, B/8, S/5, Z/2, G/6) where a digit must
    // be are reported with their line and position ("mrz.ocrConfusable"), never corrected.
    static Result<Td1Mrz> parse(const QString &text, const QDate &today = QDate::currentDate());
    static Result<Td1Mrz> parse(const QByteArray &bytes, const QDate &today = QDate::currentDate());

    QString fullName() const; // "primary secondary", as the card orders a Vietnamese name

    // The document as the rest of the workstation sees it; an error unless the MRZ carries a
    // valid 12-digit personal ID (a CCCD), since a Person is keyed by it.
    Result<IdentityDocument> toDocument(const QDate &today = QDate::currentDate()) const;
};

} // namespace motcua
