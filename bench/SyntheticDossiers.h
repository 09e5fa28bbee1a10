#pragma once
// Synthetic but realistic dossiers for the benchmarks: the holders are citizens of the synthetic
// population (real name shares, valid 12-digit IDs, households), received times spread over days. Row i is a pure function of (seed, i): the store and the
// raw baseline insert the very same rows without holding a million of them in memory.
#include "dossier/Dossier.h"
#include "population/SyntheticPopulation.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace motcua::bench {

class SyntheticDossiers {
public:
    // `rows` rows received over `days` consecutive days starting at `firstDay`, in `units` units.
    SyntheticDossiers(qint64 rows, int days, int units, quint64 seed = 0x6d6f74637561ull);

    qint64 rows() const { return m_rows; }
    Dossier make(qint64 index) const; // uuid and code left empty: the store assigns them
    QDate dayOf(qint64 index) const;
    QString unitOf(qint64 index) const;
    QString holderName(qint64 index) const;
    QString holderId12(qint64 index) const;

    QDate firstDay() const { return m_firstDay; }
    QStringList units() const;

private:
    Person holderOf(qint64 index) const;
    quint64 rowSeed(qint64 index, quint64 salt) const;

    qint64 m_rows;
    int m_days;
    int m_units;
    quint64 m_seed;
    QDate m_firstDay;
    population::SyntheticPopulation m_population;
};

} // namespace motcua::bench
