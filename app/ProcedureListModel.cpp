#include "ProcedureListModel.h"

namespace motcua::app {

ProcedureListModel::ProcedureListModel(Catalog catalog, QString language, QObject *parent)
    : QAbstractListModel(parent), m_catalog(std::move(catalog)), m_language(std::move(language))
{
}

int ProcedureListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_catalog.size());
}

QVariant ProcedureListModel::data(const QModelIndex &index, int role) const
{
    const Procedure *procedure = procedureAt(index);
    if (!procedure)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("%1. %2").arg(procedure->number).arg(procedure->name.text(m_language));
    case Qt::ToolTipRole:
        return tr("%1 — %n working day(s), online level %2", nullptr, procedure->processingDays)
            .arg(procedure->agency.name.text(m_language))
            .arg(procedure->level);
    default:
        return {};
    }
}

const Procedure *ProcedureListModel::procedureAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() < 0 || index.row() >= m_catalog.size())
        return nullptr;
    return &m_catalog.all().at(index.row());
}

} // namespace motcua::app
