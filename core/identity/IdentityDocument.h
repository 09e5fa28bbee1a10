#pragma once
// IdentityDocument: one identity document as read from one source (QR, MRZ, later the chip),
// before anyone merges it with other sources. The Person inside carries the per-field source.
#include "identity/FieldSource.h"
#include "identity/Person.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace motcua {

enum class DocumentKind {
    Unknown,
    ChipCccd,        // căn cước công dân with chip (2021) or the 2024 căn cước: QR, MRZ and chip
    CccdWithoutChip, // 2016–2020 CCCD with a barcode and no chip
    OldCmnd,         // chứng minh nhân dân, 9 or 12 digits
};

// Stable names for JSON: "chipCccd", "cccdWithoutChip", "oldCmnd", "unknown".
QString documentKindName(DocumentKind kind);

// A card's expiry: a date, "no expiry" (a card issued at 58 or later), or not known (a QR holds
// none). Three states so that "no expiry" is never mistaken for "not read".
struct ExpiryDate {
    enum class Kind { Unknown, On, Never };
    Kind kind = Kind::Unknown;
    QDate date; // valid only when kind == On

    static ExpiryDate on(const QDate &d) { return {Kind::On, d}; }
    static ExpiryDate never() { return {Kind::Never, {}}; }
    bool isKnown() const { return kind != Kind::Unknown; }
    // ISO date, "none" for no expiry, an empty string when unknown.
    QString toString() const;
    friend bool operator==(const ExpiryDate &, const ExpiryDate &) = default;
};

struct IdentityDocument {
    DocumentKind kind = DocumentKind::Unknown;
    Person person;          // fields keyed by PersonKey, each with `source`
    QString id12;           // the 12-digit personal ID (also person[id12])
    QString documentNumber; // the card's 9-character document number (MRZ), empty from a QR
    QDate issueDate;
    ExpiryDate expiry;
    QString issuingAuthority;
    FieldSource source = FieldSource::Unknown;
    // Clerk-readable remarks that do not stop the reading (e.g. the ID disagrees with the date
    // of birth): the clerk decides.
    QStringList warnings;
    // Fields past the known layout, kept raw (the 2024 QR has four extra, usually empty).
    QStringList extraFields;
    // The text as read, for the audit trail. In memory only: never log it, never store it
    // outside the encrypted dossier.
    QString rawText;
};

} // namespace motcua
