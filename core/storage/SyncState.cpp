// The sync state of each dossier and the change feed's cursor (schema v3), and status changes
// that come back from the central server. The sync client (core/sync) is the only writer besides
// save(), which makes a dossier waiting.
#include "storage/DossierStore.h"

#include "common/Logging.h"

namespace motcua {

namespace {

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QDateTime parseTime(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

const QByteArray kCursorKey = QByteArrayLiteral("changes_cursor");

} // namespace

QString syncStateName(SyncState state)
{
    switch (state) {
    case SyncState::Waiting: return QStringLiteral("waiting");
    case SyncState::Uploading: return QStringLiteral("uploading");
    case SyncState::Synced: return QStringLiteral("synced");
    case SyncState::Rejected: return QStringLiteral("rejected");
    }
    return QStringLiteral("waiting");
}

std::optional<SyncState> syncStateFromName(const QString &name)
{
    for (SyncState s : {SyncState::Waiting, SyncState::Uploading, SyncState::Synced, SyncState::Rejected})
        if (syncStateName(s) == name)
            return s;
    return std::nullopt;
}

Status DossierStore::markWaiting(const QUuid &dossier)
{
    // The first unsent save sets saved_at; later saves keep it, so "unsynced for N days" counts
    // from the oldest change the server has not seen. A new revision of a rejected dossier is a
    // correction: it goes back to waiting.
    auto stmt = m_db.cached(QByteArrayLiteral(
        "INSERT INTO sync_state(dossier_uuid, state, percent, saved_at, updated_at) VALUES (?1, 'waiting', 0, ?2, ?2) "
        "ON CONFLICT(dossier_uuid) DO UPDATE SET state = 'waiting', percent = 0, error_code = NULL, "
        "error_message = NULL, updated_at = ?2, "
        "saved_at = CASE WHEN sync_state.state = 'synced' THEN ?2 ELSE sync_state.saved_at END"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, uuidText(dossier)).bind(2, nowText());
    return stmt->run();
}

Result<QList<OutboxEntry>> DossierStore::syncQueue(int limit)
{
    auto stmt = m_db.cached(QByteArrayLiteral(
        "SELECT o.id, o.dossier_uuid, o.revision, o.created_at, o.state, o.attempts, o.last_error FROM outbox o "
        "LEFT JOIN sync_state s ON s.dossier_uuid = o.dossier_uuid "
        "WHERE o.state <> 'sent' AND COALESCE(s.state, 'waiting') <> 'rejected' ORDER BY o.id LIMIT ?1"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, limit);
    return outboxEntries(*stmt);
}

Result<bool> DossierStore::markSentUpTo(const QUuid &dossier, int revision)
{
    auto stmt = m_db.cached(QByteArrayLiteral(
        "UPDATE outbox SET state = 'sent', attempts = attempts + 1, last_error = NULL "
        "WHERE dossier_uuid = ?1 AND revision <= ?2 AND state <> 'sent'"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, uuidText(dossier)).bind(2, revision);
    if (Status s = stmt->run(); !s)
        return s.error();
    stmt = sql::Statement();
    auto left = m_db.cached(QByteArrayLiteral("SELECT count(*) FROM outbox WHERE dossier_uuid = ?1 AND state <> 'sent'"));
    if (!left)
        return left.error();
    left->bind(1, uuidText(dossier));
    auto row = left->step();
    if (!row)
        return row.error();
    return left->int64(0) == 0;
}

Status DossierStore::writeSyncRow(const DossierSyncStatus &row)
{
    auto stmt = m_db.cached(QByteArrayLiteral(
        "INSERT INTO sync_state(dossier_uuid, state, percent, error_code, error_message, saved_at, updated_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT(dossier_uuid) DO UPDATE SET state = ?2, percent = ?3, "
        "error_code = ?4, error_message = ?5, saved_at = ?6, updated_at = ?7"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, uuidText(row.dossier))
        .bind(2, syncStateName(row.state))
        .bind(3, qBound(0, row.percent, 100))
        .bindTextOrNull(4, row.errorCode)
        .bindTextOrNull(5, row.errorMessage)
        .bind(6, row.savedAt.toUTC().toString(Qt::ISODateWithMs))
        .bind(7, nowText());
    return stmt->run();
}

Status DossierStore::setSyncState(const QUuid &dossier, SyncState state, int percent, const QString &errorCode,
                                  const QString &errorMessage)
{
    auto current = syncStatus(dossier);
    if (!current)
        return current.error();
    if (!current->has_value()) {
        return Error{QStringLiteral("storage.sync.unknown"), tr("The dossier was not found on this workstation."),
                     QStringLiteral("no sync state for %1").arg(uuidText(dossier))};
    }
    DossierSyncStatus row = **current;
    row.state = state;
    row.percent = state == SyncState::Synced ? 100 : percent;
    const bool rejected = state == SyncState::Rejected;
    row.errorCode = rejected ? errorCode : QString();
    row.errorMessage = rejected ? errorMessage : QString();
    return writeSyncRow(row);
}

Result<int> DossierStore::resetInterruptedUploads()
{
    auto stmt = m_db.cached(QByteArrayLiteral(
        "UPDATE sync_state SET state = 'waiting', percent = 0, updated_at = ?1 WHERE state = 'uploading'"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, nowText());
    if (Status s = stmt->run(); !s)
        return s.error();
    return m_db.changes();
}

Result<std::optional<DossierSyncStatus>> DossierStore::syncStatus(const QUuid &dossier)
{
    auto stmt = m_db.cached(QByteArrayLiteral(
        "SELECT d.code, s.state, s.percent, s.error_code, s.error_message, s.saved_at, s.updated_at "
        "FROM sync_state s JOIN dossiers d ON d.uuid = s.dossier_uuid WHERE s.dossier_uuid = ?1"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, uuidText(dossier));
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<DossierSyncStatus>();
    return std::optional<DossierSyncStatus>(DossierSyncStatus{
        dossier, stmt->text(0), syncStateFromName(stmt->text(1)).value_or(SyncState::Waiting), int(stmt->int64(2)),
        stmt->text(3), stmt->text(4), parseTime(stmt->text(5)), parseTime(stmt->text(6))});
}

Result<QList<DossierSyncStatus>> DossierStore::unsyncedDossiers(int limit)
{
    auto stmt = m_db.cached(QByteArrayLiteral(
        "SELECT s.dossier_uuid, d.code, s.state, s.percent, s.error_code, s.error_message, s.saved_at, s.updated_at "
        "FROM sync_state s JOIN dossiers d ON d.uuid = s.dossier_uuid WHERE s.state <> 'synced' "
        "ORDER BY s.saved_at, d.code LIMIT ?1"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, limit);
    QList<DossierSyncStatus> rows;
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return row.error();
        if (!*row)
            return rows;
        rows.append(DossierSyncStatus{QUuid::fromString(stmt->text(0)), stmt->text(1),
                                      syncStateFromName(stmt->text(2)).value_or(SyncState::Waiting),
                                      int(stmt->int64(3)), stmt->text(4), stmt->text(5), parseTime(stmt->text(6)),
                                      parseTime(stmt->text(7))});
    }
}

Result<SyncCounts> DossierStore::syncCounts()
{
    auto stmt = m_db.cached(QByteArrayLiteral("SELECT state, count(*) FROM sync_state GROUP BY state"));
    if (!stmt)
        return stmt.error();
    SyncCounts counts;
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        const int n = int(stmt->int64(1));
        switch (syncStateFromName(stmt->text(0)).value_or(SyncState::Waiting)) {
        case SyncState::Waiting: counts.waiting += n; break;
        case SyncState::Uploading: counts.uploading += n; break;
        case SyncState::Synced: counts.synced += n; break;
        case SyncState::Rejected: counts.rejected += n; break;
        }
    }
    stmt = sql::Statement();
    auto oldest = m_db.cached(QByteArrayLiteral("SELECT min(saved_at) FROM sync_state WHERE state <> 'synced'"));
    if (!oldest)
        return oldest.error();
    auto row = oldest->step();
    if (!row)
        return row.error();
    if (*row && !oldest->isNull(0))
        counts.oldestUnsyncedAt = parseTime(oldest->text(0));
    return counts;
}

Result<qint64> DossierStore::changesCursor()
{
    auto stmt = m_db.cached(QByteArrayLiteral("SELECT value FROM sync_meta WHERE key = ?1"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, QString::fromLatin1(kCursorKey));
    auto row = stmt->step();
    if (!row)
        return row.error();
    return *row ? stmt->text(0).toLongLong() : qint64(0);
}

Status DossierStore::setChangesCursor(qint64 cursor)
{
    auto stmt = m_db.cached(QByteArrayLiteral(
        "INSERT INTO sync_meta(key, value) VALUES (?1, ?2) ON CONFLICT(key) DO UPDATE SET value = ?2"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, QString::fromLatin1(kCursorKey)).bind(2, QString::number(cursor));
    return stmt->run();
}

Result<ServerChangeOutcome> DossierStore::applyServerStatus(const QUuid &uuid, DossierStatus status,
                                                            const QDateTime &at, const QString &reason)
{
    sql::Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    auto loaded = byUuid(uuid);
    if (!loaded)
        return loaded.error();
    if (!loaded->has_value())
        return ServerChangeOutcome::UnknownDossier;
    Dossier dossier = std::move(**loaded);
    // The feed starts with each dossier's "received", and a pull repeated after a crash brings
    // changes already applied: a status the dossier already went through is nothing new.
    for (const StatusChange &change : dossier.history)
        if (change.status == status)
            return ServerChangeOutcome::AlreadyThere;
    if (Status changed = changeStatus(dossier, status, at.isValid() ? at : QDateTime::currentDateTimeUtc(),
                                      QStringLiteral("server"), reason);
        !changed) {
        qCWarning(lcStorage) << "server status change of" << uuidText(uuid) << "ignored:" << changed.error().detail;
        return ServerChangeOutcome::Ignored;
    }
    auto before = syncStatus(uuid);
    if (!before)
        return before.error();
    if (Status s = saveInTransaction(dossier, QStringLiteral("server")); !s)
        return s.error();
    // The server already has this change: its outbox row is born sent, and the sync state is
    // the one it had before (saveInTransaction made it waiting).
    auto sent = m_db.cached(QByteArrayLiteral(
        "UPDATE outbox SET state = 'sent' WHERE dossier_uuid = ?1 AND revision = ?2"));
    if (!sent)
        return sent.error();
    sent->bind(1, uuidText(uuid)).bind(2, dossier.revision);
    if (Status s = sent->run(); !s)
        return s.error();
    sent = sql::Statement();
    if (before->has_value())
        if (Status s = writeSyncRow(**before); !s)
            return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    qCDebug(lcStorage) << "server status" << dossierStatusName(status) << "applied to" << dossier.code;
    return ServerChangeOutcome::Applied;
}

} // namespace motcua
