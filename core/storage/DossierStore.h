#pragma once
// DossierStore: the workstation's dossiers in one SQLite file (WAL, synchronous=FULL).
// A save is ONE transaction: code, dossier, search tokens, attachments, history, outbox row and
// audit entry commit together or not at all. Personal data is stored only encrypted (FieldCipher,
// AAD = the dossier UUID) and searched through blind-index tokens (BlindIndex).
// Not thread-safe: one store per thread (SQLite's busy_timeout serialises writers across them).
#include "common/Result.h"
#include "dossier/Dossier.h"
#include "security/BlindIndex.h"
#include "security/DataKey.h"
#include "security/FieldCipher.h"
#include "common/SecretBytes.h"
#include "storage/Sqlite.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <memory>
#include <optional>

namespace motcua {

struct StoreConfig {
    QString dbPath;
    std::shared_ptr<const DataKey> key;
    QString codePattern = QStringLiteral("{agencyCode}-{yymmdd}-{seq:04}");
    QString agencyCode;
    QString unit;
    QString workstation;
};

// One line of a search result or a list: enough to show and pick, decrypted holder name included.
struct DossierSummary {
    QUuid uuid;
    QString code;
    QString procedureId;
    DossierStatus status = DossierStatus::Received;
    QDateTime receivedAt;
    QDate dueDate;
    QString holderName;
    QString clerk;
    friend bool operator==(const DossierSummary &, const DossierSummary &) = default;
};

// One row of the daily report: a procedure handled by a clerk in a unit on a day.
struct DailyReportRow {
    QString procedureId;
    QString clerk;
    int received = 0;          // dossiers received that day
    int fieldCount = 0;        // over those: form fields, and the ones the State already held
    int reusedFieldCount = 0;
    int attachmentCount = 0;   // over those: documents, and the ones digitised
    int digitisedCount = 0;
    int due = 0;               // dossiers (received any day) due that day
    int dueOnTime = 0;         // of those, the ones with a result by their due date
    double digitisedShare() const { return attachmentCount ? double(digitisedCount) / attachmentCount : 0.0; }
    double reusedDataShare() const { return fieldCount ? double(reusedFieldCount) / fieldCount : 0.0; }
};

struct OutboxEntry {
    qint64 id = 0;
    QUuid dossier;
    int revision = 0;
    QDateTime createdAt;
    QString state; // "pending", "sent", "failed" (failed entries are retried: attempts counts them)
    int attempts = 0;
    QString lastError;
};

// Where a dossier stands with the central server (core/sync moves it; the clerk sees it).
enum class SyncState { Waiting, Uploading, Synced, Rejected };
QString syncStateName(SyncState state); // "waiting", "uploading", "synced", "rejected"
std::optional<SyncState> syncStateFromName(const QString &name);

struct DossierSyncStatus {
    QUuid dossier;
    QString code;
    SyncState state = SyncState::Waiting;
    int percent = 0;          // while uploading
    QString errorCode;        // when rejected: the server's stable error code...
    QString errorMessage;     // ...and the clerk-readable reason (translated when it was stored)
    QDateTime savedAt;        // when the oldest revision not yet on the server was saved
    QDateTime updatedAt;
};

struct SyncCounts {
    int waiting = 0;
    int uploading = 0;
    int synced = 0;
    int rejected = 0;
    QDateTime oldestUnsyncedAt; // invalid when everything is synced
    int unsynced() const { return waiting + uploading + rejected; }
};

// The result of applying a status change that came from the server.
enum class ServerChangeOutcome { Applied, AlreadyThere, Ignored, UnknownDossier };

class DossierStore {
    Q_DECLARE_TR_FUNCTIONS(DossierStore)
public:
    static Result<std::unique_ptr<DossierStore>> open(const StoreConfig &config);
    // The connection's page cache: the B-tree interiors of a million dossiers' indexes stay in
    // memory (SQLite's default, 2 MB, re-reads them on every random insert and look-up).
    static constexpr int kCacheSizeKiB = 64 * 1024;
    // The sync worker walks the outbox in order and reads each dossier once: a small cache keeps
    // its memory flat however many dossiers wait (the 64 MiB one filled up at 10,000).
    static constexpr int kSequentialCacheSizeKiB = 4 * 1024;
    Status setCacheSize(int kib);
    ~DossierStore();

    // Saves a new dossier (null uuid or unknown uuid: a code is assigned) or a new revision of a
    // stored one (its revision must be the stored one: a stale copy is refused). Returns the
    // dossier as stored: uuid, code, revision and derived fields filled in.
    Result<Dossier> save(Dossier dossier, const QString &actor);
    // All or nothing, in one transaction (imports, benchmarks).
    Result<QList<Dossier>> saveBatch(QList<Dossier> dossiers, const QString &actor);

    Result<std::optional<Dossier>> byUuid(const QUuid &uuid);
    Result<std::optional<Dossier>> byCode(const QString &code);

    static constexpr int kDefaultLimit = 200;
    Result<QList<DossierSummary>> findById12(const QString &id12, int limit = kDefaultLimit);
    // Every word of the query (diacritics and case ignored) must be a word of a party's full name;
    // exact full-name matches come first.
    Result<QList<DossierSummary>> findByName(const QString &query, int limit = kDefaultLimit);
    Result<QList<DossierSummary>> findByCode(const QString &prefix, int limit = kDefaultLimit);
    // Received between the two counter days (inclusive; invalid = open end), newest first.
    Result<QList<DossierSummary>> list(const QDate &from, const QDate &to, int limit = kDefaultLimit);

    // An empty unit means every unit.
    Result<QList<DailyReportRow>> dailyReport(const QDate &day, const QString &unit = {});

    // Integrity check: SQLite's own, foreign keys, every payload decrypts and matches its row,
    // the audit chain, the outbox. Each problem is one line, with codes/UUIDs only.
    QStringList problems();
    Status check();
    // The distinct blob hashes the dossiers' attachments name (for checking the blob store).
    Result<QStringList> attachmentHashes();

    // The outbox the sync client drains, oldest first (pending and failed entries).
    Result<QList<OutboxEntry>> pendingOutbox(int limit);
    Status markSent(qint64 outboxId);
    Status markFailed(qint64 outboxId, const QString &error);

    // Sync (SyncState.cpp). A save makes its dossier waiting (keeping the time of the oldest
    // unsent save); the sync client moves it on. The queue: unsent outbox rows of dossiers that
    // are not rejected (a rejected one waits for `sync retry`), oldest first.
    Result<QList<OutboxEntry>> syncQueue(int limit);
    // Every outbox row of the dossier up to that revision is sent (the client sends the stored,
    // newest revision, which carries all the earlier ones). Returns whether the dossier has no
    // unsent row left (false: the clerk saved a newer revision meanwhile).
    Result<bool> markSentUpTo(const QUuid &dossier, int revision);
    Status setSyncState(const QUuid &dossier, SyncState state, int percent = 0, const QString &errorCode = {},
                        const QString &errorMessage = {});
    // 'uploading' left behind by a process that stopped mid-upload goes back to 'waiting'
    // (call when a sync worker starts). Returns how many rows changed.
    Result<int> resetInterruptedUploads();
    Result<std::optional<DossierSyncStatus>> syncStatus(const QUuid &dossier);
    Result<QList<DossierSyncStatus>> unsyncedDossiers(int limit = kDefaultLimit); // oldest first
    Result<SyncCounts> syncCounts();
    Result<qint64> changesCursor(); // 0 before the first pull
    Status setChangesCursor(qint64 cursor);
    // A status change made on the server, saved as a new local revision whose outbox row is
    // already 'sent' (it must not go back to the server) and whose audit actor is "server".
    // The sync state is left as it was. A status the dossier already went through is a no-op
    // (the feed's "received", a pull repeated after a crash); a transition the local workflow
    // does not allow is ignored (logged).
    Result<ServerChangeOutcome> applyServerStatus(const QUuid &dossier, DossierStatus status, const QDateTime &at,
                                                  const QString &reason);

    // Appends an audit entry outside a dossier save (a login, an export...). No personal data.
    Status appendAudit(const QString &actor, const QString &action, const QUuid &dossier = {}, int revision = 0);

    // The counter day of a time: codes, received_day and reports use the workstation's local date.
    static QDate counterDay(const QDateTime &at);

    const StoreConfig &config() const { return m_config; }
    sql::Database &database() { return m_db; } // for tests and the admin tool's low-level checks

private:
    DossierStore(StoreConfig config, sql::Database db);

    Status saveInTransaction(Dossier &dossier, const QString &actor);
    Result<QString> nextCode(const Dossier &dossier);
    Status writeDossierRow(const Dossier &dossier, bool isNew, qint64 &dossierId);
    Status writeChildren(const Dossier &dossier, qint64 dossierId, bool isNew);
    Status writeSearchTokens(const Dossier &dossier, qint64 dossierId, bool isNew);
    Status adjustTokenCount(const QByteArray &token, int delta);
    Status appendOutbox(const Dossier &dossier);
    Status markWaiting(const QUuid &dossier);
    Status writeSyncRow(const DossierSyncStatus &row);
    Status appendAuditInTransaction(const QString &actor, const QString &action, const QUuid &dossier, int revision);

    Result<std::optional<Dossier>> loadWhere(const QByteArray &where, const QString &value);
    Result<Dossier> decryptPayload(const QUuid &uuid, const QByteArray &payload) const;
    Result<QList<DossierSummary>> summariesOf(const QList<qint64> &ids);
    Result<QList<qint64>> idsWithToken(const QByteArray &token, int limit);
    Result<qint64> tokenCount(const QByteArray &token);
    // The rows of a query selecting id, dossier_uuid, revision, created_at, state, attempts, last_error.
    static Result<QList<OutboxEntry>> outboxEntries(sql::Statement &stmt);

    QStringList checkPayloads();
    QStringList checkAuditChain();
    QStringList checkOutboxAndAudit();
    QStringList checkTokenCounts();

    QByteArray auditHash(const QByteArray &prev, qint64 seq, const QString &at, const QString &actor,
                         const QString &action, const QString &dossier, int revision) const;

    StoreConfig m_config;
    sql::Database m_db;
    FieldCipher m_cipher;
    BlindIndex m_index;
    SecretBytes m_auditKey; // subkey("audit-v1"): the chain cannot be rebuilt without the key file
};

// The UUID as stored (no braces) and the AAD that binds a sealed value to its dossier.
QString uuidText(const QUuid &uuid);
QByteArray payloadAad(const QUuid &uuid);
QByteArray holderNameAad(const QUuid &uuid);

// Blind-index domains and kinds of search_tokens rows.
namespace SearchDomain {
inline const QByteArray id12 = QByteArrayLiteral("id12");
inline const QByteArray nameWord = QByteArrayLiteral("name-word");
inline const QByteArray name = QByteArrayLiteral("name");
} // namespace SearchDomain
enum class SearchKind { Id12 = 1, NameWord = 2, Name = 3 };

} // namespace motcua
