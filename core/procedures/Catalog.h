#pragma once
// Catalog: the procedures a workstation offers, as loaded and validated by CatalogLoader,
// with the problems of the files that were skipped.
#include "procedures/CatalogProblem.h"
#include "procedures/ProcedureTypes.h"

namespace motcua {

class Catalog {
public:
    Catalog() = default;
    Catalog(QList<Procedure> procedures, CatalogProblems problems);

    // Ordered by procedure number.
    const QList<Procedure> &all() const { return m_procedures; }
    // nullptr when the catalog has no such procedure; valid while this Catalog lives.
    const Procedure *byNumber(int number) const;
    const Procedure *byId(const QString &id) const;
    const CatalogProblems &problems() const { return m_problems; }
    // The files that were skipped because of their problems (paths, each once).
    QStringList skippedFiles() const;

    qsizetype size() const { return m_procedures.size(); }
    bool isEmpty() const { return m_procedures.isEmpty(); }

private:
    QList<Procedure> m_procedures;
    CatalogProblems m_problems;
};

} // namespace motcua
