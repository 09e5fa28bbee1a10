#include "population/SyntheticPopulation.h"

#include "identity/CardExpiry.h"
#include "identity/ProvinceCodes.h"
#include "identity/Sex.h"
#include "population/NameTables.h"

#include <random>

namespace motcua::population {

namespace {

using Rng = std::mt19937_64;

QString pick(const std::vector<Weighted> &table, Rng &rng)
{
    double total = 0;
    for (const Weighted &w : table)
        total += w.weight;
    double roll = std::uniform_real_distribution<double>(0, total)(rng);
    for (const Weighted &w : table)
        if ((roll -= w.weight) < 0)
            return QString::fromUtf8(w.text);
    return QString::fromUtf8(table.back().text);
}

int uniform(Rng &rng, int low, int high)
{
    return std::uniform_int_distribution<int>(low, high)(rng);
}

QDate randomDate(Rng &rng, int fromYear, int toYear, const QDate &notAfter)
{
    const QDate from(fromYear, 1, 1);
    const QDate to = std::min(QDate(toYear, 12, 31), notAfter);
    return from.addDays(std::uniform_int_distribution<qint64>(0, std::max<qint64>(0, from.daysTo(to)))(rng));
}

QString fullName(const QString &family, bool female, Rng &rng)
{
    const QString middle = pick(female ? femaleMiddleNames() : maleMiddleNames(), rng);
    const QString given = pick(female ? femaleGivenNames() : maleGivenNames(), rng);
    return family + QLatin1Char(' ') + middle + QLatin1Char(' ') + given;
}

// Digit 4 of the ID: century and sex (0/1 for the 1900s, 2/3 for the 2000s; odd = female).
int centurySexDigit(const QDate &birth, bool female)
{
    const int century = birth.year() < 2000 ? 0 : 2;
    return century + (female ? 1 : 0);
}

} // namespace

struct SyntheticPopulation::Household {
    QString headFamily, spouseFamily, headName, spouseName;
    bool headFemale = false;
    QDate headBirth, spouseBirth;
    QString address, commune, ethnicity, religion, provinceCode;
    QString headFather, headMother, spouseFather, spouseMother;
};

SyntheticPopulation::SyntheticPopulation(quint64 seed, QDate today)
    : m_seed(seed), m_today(today)
{
}

quint64 SyntheticPopulation::mix(quint64 a, quint64 b) const
{
    // splitmix64 of the pair: neighbouring indices give unrelated streams.
    quint64 z = a * 0x9E3779B97F4A7C15ull + b + m_seed;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

SyntheticPopulation::Household SyntheticPopulation::household(qint64 householdIndex) const
{
    Rng rng(mix(quint64(householdIndex), 1));
    Household h;
    h.headFemale = uniform(rng, 0, 99) < 25;
    h.headFamily = pick(familyNames(), rng);
    h.spouseFamily = pick(familyNames(), rng);
    h.headName = fullName(h.headFamily, h.headFemale, rng);
    h.spouseName = fullName(h.spouseFamily, !h.headFemale, rng);
    h.headBirth = randomDate(rng, 1950, 1992, m_today.addYears(-25));
    h.spouseBirth = h.headBirth.addDays(uniform(rng, -6 * 365, 6 * 365));
    h.commune = pick(communes(), rng);
    h.address = QStringLiteral("Số %1 %2, %3").arg(uniform(rng, 1, 250)).arg(pick(streets(), rng), h.commune);
    h.ethnicity = pick(ethnicities(), rng);
    h.religion = pick(religions(), rng);
    const auto &codes = provinceCodes();
    // Most of the demo province's citizens were born there (Ninh Thuận 058, Khánh Hòa 056).
    const int roll = uniform(rng, 0, 99);
    h.provinceCode = roll < 45 ? QStringLiteral("058") : roll < 70 ? QStringLiteral("056")
                                                                   : codes.at(uniform(rng, 0, int(codes.size()) - 1)).code;
    h.headFather = fullName(h.headFamily, false, rng);
    h.headMother = fullName(pick(familyNames(), rng), true, rng);
    h.spouseFather = fullName(h.spouseFamily, false, rng);
    h.spouseMother = fullName(pick(familyNames(), rng), true, rng);
    return h;
}

Person SyntheticPopulation::citizen(qint64 index) const
{
    const qint64 householdIndex = index / kHouseholdSize;
    const int member = int(index % kHouseholdSize);
    const Household h = household(householdIndex);
    Rng rng(mix(quint64(index), 2));

    QString name, fatherName, motherName, relation, spouseName;
    bool female = false;
    QDate birth;
    const QString &fatherOfChildren = h.headFemale ? h.spouseName : h.headName;
    const QString &motherOfChildren = h.headFemale ? h.headName : h.spouseName;
    const QString &childFamily = h.headFemale ? h.spouseFamily : h.headFamily;
    if (member == 0) {
        name = h.headName; female = h.headFemale; birth = h.headBirth;
        fatherName = h.headFather; motherName = h.headMother; relation = QStringLiteral("Chủ hộ");
        spouseName = h.spouseName;
    } else if (member == 1) {
        name = h.spouseName; female = !h.headFemale; birth = h.spouseBirth;
        fatherName = h.spouseFather; motherName = h.spouseMother;
        relation = female ? QStringLiteral("Vợ") : QStringLiteral("Chồng");
        spouseName = h.headName;
    } else {
        female = uniform(rng, 0, 1) == 1;
        name = fullName(childFamily, female, rng);
        const QDate motherBirth = h.headFemale ? h.headBirth : h.spouseBirth;
        birth = std::min(motherBirth.addYears(uniform(rng, 20, 38)).addDays(uniform(rng, 0, 364)), m_today.addDays(-30));
        fatherName = fatherOfChildren; motherName = motherOfChildren; relation = QStringLiteral("Con");
    }

    // A bijective scramble of the index gives a serial that is unique below one million.
    const qint64 serial = (index % 1000000) * 387419 % 1000000;
    const QString id12 = h.provinceCode + QString::number(centurySexDigit(birth, female))
                         + QStringLiteral("%1").arg(birth.year() % 100, 2, 10, QLatin1Char('0'))
                         + QStringLiteral("%1").arg(serial, 6, 10, QLatin1Char('0'));

    Person p;
    const auto set = [&p](const QString &key, const QString &value) { p.set(key, value, FieldSource::PopulationRegistry); };
    set(PersonKey::id12, id12);
    set(PersonKey::fullName, name);
    set(PersonKey::dateOfBirth, birth.toString(Qt::ISODate));
    set(PersonKey::sex, female ? Sex::female : Sex::male);
    set(PersonKey::nationality, QStringLiteral("Việt Nam"));
    set(PersonKey::ethnicity, h.ethnicity);
    set(PersonKey::religion, h.religion);
    set(PersonKey::placeOfOrigin, h.commune);
    set(PersonKey::placeOfBirth, provinceName(h.provinceCode));
    set(PersonKey::permanentResidence, h.address);
    set(PersonKey::currentResidence, h.address);
    set(PersonKey::fatherName, fatherName);
    set(PersonKey::motherName, motherName);
    set(PersonKey::spouseName, spouseName);
    set(PersonKey::maritalStatus, member < 2 ? QStringLiteral("married") : QStringLiteral("single"));
    set(PersonKey::householdId, QStringLiteral("HK%1").arg(householdIndex, 9, 10, QLatin1Char('0')));
    set(PersonKey::householdHeadName, h.headName);
    set(PersonKey::relationToHouseholdHead, relation);
    set(PersonKey::phone, QStringLiteral("09%1").arg(uniform(rng, 0, 99999999), 8, 10, QLatin1Char('0')));

    // Cards: everyone from 14 holds one (the 2023 law), issued in the 2021–2025 campaigns.
    if (birth.addYears(14) <= m_today) {
        const QDate issued = std::max(randomDate(rng, 2021, 2025, m_today), birth.addYears(14));
        set(PersonKey::idIssueDate, issued.toString(Qt::ISODate));
        const ExpiryDate expiry = CardExpiry::expiryUnder(CardExpiry::lawInForce(issued), birth, issued);
        if (expiry.kind == ExpiryDate::Kind::On)
            set(PersonKey::idExpiryDate, expiry.date.toString(Qt::ISODate));
    }
    return p;
}

} // namespace motcua::population
