// The outbox: one row per saved revision, written in the save's transaction, drained by sync.
#include "storage/DossierStore.h"

namespace motcua {

Status DossierStore::appendOutbox(const Dossier &dossier)
{
    auto stmt = m_db.cached(QByteArrayLiteral(
        "INSERT INTO outbox(dossier_uuid, revision, created_at) VALUES (?1, ?2, ?3)"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, uuidText(dossier.uuid))
        .bind(2, dossier.revision)
        .bind(3, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (Status s = stmt->run(); !s)
        return s;
    return markWaiting(dossier.uuid);
}

Result<QList<OutboxEntry>> DossierStore::pendingOutbox(int limit)
{
    auto stmt = m_db.cached(QByteArrayLiteral(
        "SELECT id, dossier_uuid, revision, created_at, state, attempts, last_error FROM outbox "
        "WHERE state <> 'sent' ORDER BY id LIMIT ?1"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, limit);
    return outboxEntries(*stmt);
}

Result<QList<OutboxEntry>> DossierStore::outboxEntries(sql::Statement &stmt)
{
    QList<OutboxEntry> entries;
    for (;;) {
        auto row = stmt.step();
        if (!row)
            return row.error();
        if (!*row)
            return entries;
        entries.append(OutboxEntry{stmt.int64(0), QUuid::fromString(stmt.text(1)), int(stmt.int64(2)),
                                   QDateTime::fromString(stmt.text(3), Qt::ISODateWithMs).toUTC(), stmt.text(4),
                                   int(stmt.int64(5)), stmt.text(6)});
    }
}

namespace {
Status requireOneRow(sql::Database &db, qint64 id)
{
    if (db.changes() == 1)
        return Status::success();
    return Error{QStringLiteral("storage.outbox.unknown"),
                 QCoreApplication::translate("DossierStore", "The sync queue entry no longer exists."),
                 QStringLiteral("outbox id %1").arg(id)};
}
} // namespace

Status DossierStore::markSent(qint64 outboxId)
{
    auto stmt = m_db.cached(QByteArrayLiteral(
        "UPDATE outbox SET state = 'sent', attempts = attempts + 1, last_error = NULL WHERE id = ?1"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, outboxId);
    if (Status s = stmt->run(); !s)
        return s;
    return requireOneRow(m_db, outboxId);
}

Status DossierStore::markFailed(qint64 outboxId, const QString &error)
{
    // The error text comes from the network layer (status codes, TLS); callers keep citizen data out.
    auto stmt = m_db.cached(QByteArrayLiteral(
        "UPDATE outbox SET state = 'failed', attempts = attempts + 1, last_error = ?2 WHERE id = ?1"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, outboxId).bind(2, error);
    if (Status s = stmt->run(); !s)
        return s;
    return requireOneRow(m_db, outboxId);
}

} // namespace motcua
