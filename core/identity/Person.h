#pragma once
// Person: what is known about one citizen, field by field, each with its source.
// Keys are the names procedure bindings use ("holder.fullName" binds party "holder", key "fullName").
#include "identity/FieldSource.h"

#include <QDate>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace motcua {

// The keys a Person can hold. Procedure files may bind only to these; the loader checks.
namespace PersonKey {
inline const QString id12 = QStringLiteral("id12");                       // 12-digit personal ID
inline const QString oldIdNumber = QStringLiteral("oldIdNumber");         // 9-digit CMND, may be empty
inline const QString fullName = QStringLiteral("fullName");
inline const QString dateOfBirth = QStringLiteral("dateOfBirth");         // yyyy-MM-dd
inline const QString sex = QStringLiteral("sex");                         // "male" | "female"
inline const QString nationality = QStringLiteral("nationality");
inline const QString ethnicity = QStringLiteral("ethnicity");
inline const QString religion = QStringLiteral("religion");
inline const QString placeOfOrigin = QStringLiteral("placeOfOrigin");     // quê quán
inline const QString placeOfBirth = QStringLiteral("placeOfBirth");       // nơi đăng ký khai sinh
inline const QString permanentResidence = QStringLiteral("permanentResidence"); // nơi thường trú
inline const QString temporaryResidence = QStringLiteral("temporaryResidence");
inline const QString currentResidence = QStringLiteral("currentResidence");     // nơi ở hiện tại
inline const QString identifyingMarks = QStringLiteral("identifyingMarks");
inline const QString idIssueDate = QStringLiteral("idIssueDate");         // yyyy-MM-dd
inline const QString idExpiryDate = QStringLiteral("idExpiryDate");       // yyyy-MM-dd, empty = no expiry
inline const QString fatherName = QStringLiteral("fatherName");
inline const QString fatherId12 = QStringLiteral("fatherId12");
inline const QString motherName = QStringLiteral("motherName");
inline const QString motherId12 = QStringLiteral("motherId12");
inline const QString spouseName = QStringLiteral("spouseName");
inline const QString spouseId12 = QStringLiteral("spouseId12");
inline const QString maritalStatus = QStringLiteral("maritalStatus");     // "single" | "married" | "divorced" | "widowed"
inline const QString householdId = QStringLiteral("householdId");
inline const QString householdHeadName = QStringLiteral("householdHeadName");
inline const QString householdHeadId12 = QStringLiteral("householdHeadId12");
inline const QString relationToHouseholdHead = QStringLiteral("relationToHouseholdHead");
inline const QString phone = QStringLiteral("phone");
inline const QString email = QStringLiteral("email");

// Every key above, in display order.
const QStringList &all();
bool isKnown(const QString &key);
} // namespace PersonKey

class Person {
public:
    // Stores the value NFC-normalised; an empty value removes the key.
    void set(const QString &key, const QString &value, FieldSource source);
    std::optional<SourcedValue> get(const QString &key) const;
    QString text(const QString &key) const;  // empty when absent
    QDate date(const QString &key) const;    // invalid when absent or not a date
    FieldSource source(const QString &key) const;
    bool has(const QString &key) const { return m_fields.contains(key); }
    bool isEmpty() const { return m_fields.isEmpty(); }
    QStringList keys() const { return m_fields.keys(); }
    const QMap<QString, SourcedValue> &fields() const { return m_fields; }

    // Adds what `other` knows and this does not; where both know a key, keeps the value from
    // the stronger source (chip > registry > QR > MRZ > earlier dossier > typed).
    void mergeFrom(const Person &other);

    friend bool operator==(const Person &, const Person &) = default;

private:
    QMap<QString, SourcedValue> m_fields;
};

// Rank of a source when two disagree: higher wins.
int sourceStrength(FieldSource source);

} // namespace motcua
