#pragma once
// StoreWorker: owns the workstation's DossierStore on its own thread, so that the GUI thread
// never waits for the disk. Requests are queued slots; answers are queued signals.
#include "blobs/BlobStore.h"
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
    // A new dossier from the intake dialog: each file of `filesByDocument` (document id -> path)
    // is digitised into the blob store here, on the store thread, and fills the attachment of
    // that document; then the dossier is saved. Answers dossierSaved or saveFailed.
    void saveDossier(const motcua::Dossier &dossier, const QMap<QString, QString> &filesByDocument);

signals:
    // codePattern: the workstation's dossier code pattern, so that scanned receipts are recognised.
    void opened(const QString &agencyCode, const QString &unit, const QString &workstation, const QString &codePattern);
    void dossiersReady(const QList<motcua::DossierSummary> &dossiers, const QString &query);
    // Where the listed dossiers stand with the central server (after dossiersReady).
    void syncStatusesReady(const QList<motcua::DossierSyncStatus> &statuses);
    void failed(const QString &message);
    void dossierSaved(const QString &code);
    // A save refused or failed: nothing was saved, the clerk may correct and save again. Apart
    // from failed(), which means the store itself is unusable.
    void saveFailed(const QString &message);

private:
    void emitRows(const QList<DossierSummary> &rows, const QString &query);
    Status digitise(Attachment &attachment, const QString &path);

    QString m_dataDir;
    std::unique_ptr<DossierStore> m_store;
    std::unique_ptr<BlobStore> m_blobs; // made on the first file: most sessions only read
};

// What a search box text asks for: 12 digits are a personal ID, text with a digit and a dash a
// dossier code, anything else a name (diacritics optional).
enum class QueryKind { Id12, Code, Name };
QueryKind classifyQuery(const QString &query);

} // namespace motcua::app
