#pragma once
// Stored dossiers as a table: code, received, procedure, citizen, status, appointment date, and
// where each stands with the central server (waiting, sending N %, sent, refused and why).
#include "procedures/Catalog.h"
#include "storage/DossierStore.h"

#include <QAbstractTableModel>
#include <QHash>

namespace motcua::app {

class DossierTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Code, Received, ProcedureName, Holder, StatusColumn, Due, SyncColumn, ColumnCount };

    DossierTableModel(const Catalog *catalog, QString language, QObject *parent = nullptr);

    void setDossiers(QList<DossierSummary> dossiers);
    const QList<DossierSummary> &dossiers() const { return m_rows; }
    // The sync states of the listed dossiers (a dossier without one was never enrolled to sync).
    void setSyncStatuses(const QList<DossierSyncStatus> &statuses);
    // One dossier's state changed while the sync worker runs.
    void updateSync(const QUuid &dossier, const QString &stateName, int percent, const QString &reason);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QString procedureName(const QString &id) const;
    QString syncText(const QUuid &dossier) const;

    struct SyncCell {
        SyncState state = SyncState::Waiting;
        int percent = 0;
        QString reason;
    };
    QHash<QUuid, SyncCell> m_sync;
    const Catalog *m_catalog;
    QString m_language;
    QList<DossierSummary> m_rows;
};

} // namespace motcua::app
