#include "DossierTableModel.h"

#include <QLocale>

namespace motcua::app {

DossierTableModel::DossierTableModel(const Catalog *catalog, QString language, QObject *parent)
    : QAbstractTableModel(parent), m_catalog(catalog), m_language(std::move(language))
{
}

void DossierTableModel::setDossiers(QList<DossierSummary> dossiers)
{
    beginResetModel();
    m_rows = std::move(dossiers);
    endResetModel();
}

int DossierTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DossierTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DossierTableModel::data(const QModelIndex &index, int role) const
{
    if (role != Qt::DisplayRole || !index.isValid() || index.row() >= m_rows.size())
        return {};
    const DossierSummary &row = m_rows.at(index.row());
    const QLocale locale;
    switch (index.column()) {
    case Code: return row.code;
    case Received: return locale.toString(row.receivedAt.toLocalTime(), QLocale::ShortFormat);
    case ProcedureName: return procedureName(row.procedureId);
    case Holder: return row.holderName;
    case StatusColumn: return dossierStatusLabel(row.status);
    case Due: return locale.toString(row.dueDate, QLocale::ShortFormat);
    default: return {};
    }
}

QVariant DossierTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Code: return tr("Dossier code");
    case Received: return tr("Received");
    case ProcedureName: return tr("Procedure");
    case Holder: return tr("Citizen");
    case StatusColumn: return tr("Status");
    case Due: return tr("Appointment");
    default: return {};
    }
}

QString DossierTableModel::procedureName(const QString &id) const
{
    const Procedure *procedure = m_catalog ? m_catalog->byId(id) : nullptr;
    if (!procedure)
        return id;
    const LocalizedText &name = procedure->shortName.isEmpty() ? procedure->name : procedure->shortName;
    return name.text(m_language);
}

} // namespace motcua::app
