#include "procedures/Catalog.h"

#include <algorithm>

namespace motcua {

Catalog::Catalog(QList<Procedure> procedures, CatalogProblems problems)
    : m_procedures(std::move(procedures)), m_problems(std::move(problems))
{
    std::stable_sort(m_procedures.begin(), m_procedures.end(),
                     [](const Procedure &a, const Procedure &b) { return a.number < b.number; });
}

const Procedure *Catalog::byNumber(int number) const
{
    for (const Procedure &procedure : m_procedures)
        if (procedure.number == number)
            return &procedure;
    return nullptr;
}

const Procedure *Catalog::byId(const QString &id) const
{
    for (const Procedure &procedure : m_procedures)
        if (procedure.id == id)
            return &procedure;
    return nullptr;
}

QStringList Catalog::skippedFiles() const
{
    QStringList files;
    for (const CatalogProblem &problem : m_problems)
        if (!files.contains(problem.file))
            files.append(problem.file);
    return files;
}

} // namespace motcua
