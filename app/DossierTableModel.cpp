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
    case SyncColumn: return syncText(row.uuid);
    default: return {};
    }
}

void DossierTableModel::setSyncStatuses(const QList<DossierSyncStatus> &statuses)
{
    for (const DossierSyncStatus &status : statuses)
        m_sync.insert(status.dossier, SyncCell{status.state, status.percent, status.errorMessage});
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, SyncColumn), index(int(m_rows.size()) - 1, SyncColumn));
}

void DossierTableModel::updateSync(const QUuid &dossier, const QString &stateName, int percent, const QString &reason)
{
    const std::optional<SyncState> state = syncStateFromName(stateName);
    if (!state)
        return;
    m_sync.insert(dossier, SyncCell{*state, percent, reason});
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).uuid == dossier)
            emit dataChanged(index(row, SyncColumn), index(row, SyncColumn));
}

QString DossierTableModel::syncText(const QUuid &dossier) const
{
    const auto found = m_sync.constFind(dossier);
    if (found == m_sync.cend())
        return {};
    switch (found->state) {
    case SyncState::Waiting: return tr("Waiting to send");
    case SyncState::Uploading: return tr("Sending %1 %").arg(found->percent);
    case SyncState::Synced: return tr("Sent");
    case SyncState::Rejected: return tr("Refused: %1").arg(found->reason);
    }
    return {};
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
    case SyncColumn: return tr("Central server");
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
