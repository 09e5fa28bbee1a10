#include "identity/Person.h"

#include "text/Folding.h"

namespace motcua {

const QStringList &PersonKey::all()
{
    static const QStringList keys{
        id12, oldIdNumber, fullName, dateOfBirth, sex, nationality, ethnicity, religion,
        placeOfOrigin, placeOfBirth, permanentResidence, temporaryResidence, currentResidence,
        identifyingMarks, idIssueDate, idExpiryDate, fatherName, fatherId12, motherName, motherId12,
        spouseName, spouseId12, maritalStatus, householdId, householdHeadName, householdHeadId12,
        relationToHouseholdHead, phone, email};
    return keys;
}

bool PersonKey::isKnown(const QString &key)
{
    return all().contains(key);
}

void Person::set(const QString &key, const QString &value, FieldSource source)
{
    const QString clean = text::normalized(value);
    if (clean.isEmpty())
        m_fields.remove(key);
    else
        m_fields.insert(key, SourcedValue{clean, source});
}

std::optional<SourcedValue> Person::get(const QString &key) const
{
    const auto it = m_fields.constFind(key);
    if (it == m_fields.constEnd())
        return std::nullopt;
    return *it;
}

QString Person::text(const QString &key) const
{
    return m_fields.value(key).text;
}

QDate Person::date(const QString &key) const
{
    return QDate::fromString(text(key), Qt::ISODate);
}

FieldSource Person::source(const QString &key) const
{
    return m_fields.value(key).source;
}

int sourceStrength(FieldSource source)
{
    switch (source) {
    case FieldSource::Chip: return 6;
    case FieldSource::PopulationRegistry: return 5;
    case FieldSource::Qr: return 4;
    case FieldSource::Mrz: return 3;
    case FieldSource::EarlierDossier: return 2;
    case FieldSource::Typed: return 1;
    case FieldSource::Unknown: return 0;
    }
    return 0;
}

void Person::mergeFrom(const Person &other)
{
    for (auto it = other.m_fields.cbegin(); it != other.m_fields.cend(); ++it) {
        const auto mine = m_fields.constFind(it.key());
        if (mine == m_fields.constEnd() || sourceStrength(it->source) > sourceStrength(mine->source))
            m_fields.insert(it.key(), *it);
    }
}

} // namespace motcua
