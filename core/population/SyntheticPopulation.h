#pragma once
// SyntheticPopulation: a deterministic, realistic, entirely fictional Vietnamese population for
// demos, the card simulator, the reference server's registry and the load tests. Citizen i is a
// pure function of (seed, i), so a million of them never need to sit in memory.
// Citizens live in households of four: the head, the spouse and two children; children carry the
// father's family name and their parents' names, as the population registry holds them.
#include "identity/Person.h"

#include <QDate>

namespace motcua::population {

class SyntheticPopulation {
public:
    static constexpr quint64 kDefaultSeed = 0x4d6f74437561ull; // "MotCua"
    static constexpr int kHouseholdSize = 4;

    // `today` bounds dates of birth and issue dates (defaults to a fixed day so that runs repeat).
    explicit SyntheticPopulation(quint64 seed = kDefaultSeed, QDate today = QDate(2026, 1, 1));

    // Every field the registry holds, each sourced FieldSource::PopulationRegistry. Unique 12-digit
    // IDs for the first million indices.
    Person citizen(qint64 index) const;

    QDate today() const { return m_today; }

private:
    struct Household;
    Household household(qint64 householdIndex) const;
    quint64 mix(quint64 a, quint64 b) const;

    quint64 m_seed;
    QDate m_today;
};

} // namespace motcua::population
