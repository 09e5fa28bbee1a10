#pragma once
// SyncEngine: one pass of the sync work, synchronous, on the sync thread. drain() sends the
// outbox oldest first: per dossier, every digitised document (HEAD, then the missing part in
// ranged PUTs of <= 4 MiB read with BlobStore::copyRange, resuming at the server's Upload-Offset),
// then the dossier itself (Idempotency-Key uuid:revision). pull() applies the server's status
// changes and saves the cursor after each page. Every step is idempotent on the server and the
// progress lives in SQLite, so stopping at any point (power cut, kill) loses nothing: the next
// pass starts again from HEAD.
#include "blobs/BlobStore.h"
#include "storage/DossierStore.h"
#include "sync/SyncProtocol.h"
#include "sync/SyncTransport.h"

#include <QHash>
#include <functional>

namespace motcua::sync {

enum class PassOutcome {
    Finished,   // nothing left that this pass could do (rejected dossiers wait for an admin)
    RetryLater, // network trouble or a 5xx: back off and try again
    Refused,    // 401/403: this workstation is not accepted; stop until an admin acts
    LocalError  // the local store failed (disk, database): logged, retried later
};

struct PassReport {
    PassOutcome outcome = PassOutcome::Finished;
    int synced = 0;       // dossiers the server confirmed in this pass
    int rejected = 0;     // dossiers the server refused in this pass
    int changesApplied = 0;
    QString errorCode;    // for Refused / LocalError: the server's or the store's code
    QString reason;       // clerk-readable (translated)
    QString detail;       // for the log: status codes, uuids; never dossier content
};

class SyncEngine {
public:
    SyncEngine(DossierStore &store, const BlobStore &blobs, SyncTransport &transport);

    // Called for every visible change of a dossier's sync state (the UI's signal).
    std::function<void(const QUuid &, SyncState, int percent, const QString &reason)> onStateChanged;
    // Checked between requests: true stops the pass early (shutdown).
    std::function<bool()> isInterrupted;

    PassReport drain(int batch = 50);
    PassReport pull(int pageSize = 100);

private:
    struct Step {
        PassOutcome outcome = PassOutcome::Finished;
        bool rejected = false;
        QString errorCode;
        QString reason;
        QString detail;
    };
    Step syncDossier(const Dossier &dossier);
    Step uploadBlob(const QString &sha256, qint64 &doneBytes, qint64 totalBytes, const QUuid &dossier);
    Step putDossier(const Dossier &dossier, const QByteArray &body, QStringList &missing);
    Step fromAnswer(const SyncResponse &response, const QString &what);
    void report(const QUuid &dossier, SyncState state, int percent, const QString &reason = {});
    bool interrupted() const { return isInterrupted && isInterrupted(); }

    DossierStore &m_store;
    const BlobStore &m_blobs;
    SyncTransport &m_transport;
    QHash<QUuid, int> m_lastPercent; // report progress only when the percentage moves
};

} // namespace motcua::sync
