#pragma once
// DG13: the Vietnamese personal data (cccd.md), 6D { 30 { 02 01 01, 06 OID, 31 { entries } } }
// where each entry is 30 { 02 01 n, value(s) }. Read by field number, in any order, both
// nestings of the parents' names (13) accepted, unknown numbers kept raw.
#include "common/Result.h"
#include "identity/Person.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QMap>
#include <QStringList>

namespace motcua::card {

namespace Dg13Field {
constexpr int id12 = 1, fullName = 2, dateOfBirth = 3, sex = 4, nationality = 5, ethnicity = 6,
              religion = 7, placeOfOrigin = 8, residence = 9, identifyingMarks = 10, issueDate = 11,
              expiryDate = 12, parents = 13, spouse = 14, oldIdNumber = 15, otherIdentifier = 16;
} // namespace Dg13Field

struct Dg13 {
    Q_DECLARE_TR_FUNCTIONS(Dg13)
public:
    // The OID seen on cards (06 06 28 D3 16 01 00 08); the parser does not insist on it.
    inline static const QString kOid = QStringLiteral("1.0.10646.1.0.8");
    Person person;                     // every mapped field, FieldSource::Chip
    bool noExpiry = false;             // field 12 held a word meaning "no expiry" (idExpiryDate empty)
    QMap<int, QByteArray> rawFields;   // every entry as read (DER of its value(s)), known or not
    QList<int> unknownFields;          // numbers this version does not map
    QString otherIdentifier;           // field 16 as text (sources disagree on its meaning)
    QStringList warnings;              // clerk-readable: a field present but not understood

    static Result<Dg13> parse(const QByteArray &bytes);
};

} // namespace motcua::card
