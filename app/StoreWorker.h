#pragma once
// StoreWorker: owns the workstation's DossierStore on its own thread, so that the GUI thread
// never waits for the disk. Requests are queued slots; answers are queued signals.
#include "storage/DossierStore.h"

#include <QObject>
#include <QThread>
#include <memory>

namespace motcua::app {

class StoreWorker : public QObject {
    Q_OBJECT
public:
    explicit StoreWorker(QString dataDir);
    ~StoreWorker() override;

public slots:
    void open();
    void listRecent();
    void search(const QString &query);

signals:
    // codePattern: the workstation's dossier code pattern, so that scanned receipts are recognised.
    void opened(const QString &agencyCode, const QString &unit, const QString &workstation, const QString &codePattern);
    void dossiersReady(const QList<motcua::DossierSummary> &dossiers, const QString &query);
    // Where the listed dossiers stand with the central server (after dossiersReady).
    void syncStatusesReady(const QList<motcua::DossierSyncStatus> &statuses);
    void failed(const QString &message);

private:
    void emitRows(const QList<DossierSummary> &rows, const QString &query);

    QString m_dataDir;
    std::unique_ptr<DossierStore> m_store;
};

// What a search box text asks for: 12 digits are a personal ID, text with a digit and a dash a
// dossier code, anything else a name (diacritics optional).
enum class QueryKind { Id12, Code, Name };
QueryKind classifyQuery(const QString &query);

} // namespace motcua::app
