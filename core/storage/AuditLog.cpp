// The audit log: append-only, each entry's hash covers the previous hash, keyed by a subkey of
// the data key so that rewriting the whole chain needs the key file as well as the database.
#include "storage/DossierStore.h"

#include <QMessageAuthenticationCode>

namespace motcua {

namespace {

constexpr int kHashSize = 32;

void appendField(QByteArray &out, const QByteArray &field)
{
    // Length-prefixed, so that ("ab","c") and ("a","bc") hash differently.
    out += QByteArray::number(field.size()) + ':' + field;
}

} // namespace

QByteArray DossierStore::auditHash(const QByteArray &prev, qint64 seq, const QString &at, const QString &actor,
                                   const QString &action, const QString &dossier, int revision) const
{
    QByteArray message;
    appendField(message, prev);
    appendField(message, QByteArray::number(seq));
    appendField(message, at.toUtf8());
    appendField(message, actor.toUtf8());
    appendField(message, action.toUtf8());
    appendField(message, dossier.toUtf8());
    appendField(message, QByteArray::number(revision));
    return QMessageAuthenticationCode::hash(message, m_auditKey.view(), QCryptographicHash::Sha256);
}

Status DossierStore::appendAudit(const QString &actor, const QString &action, const QUuid &dossier, int revision)
{
    sql::Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    if (Status s = appendAuditInTransaction(actor, action, dossier, revision); !s)
        return s;
    return tx.commit();
}

Status DossierStore::appendAuditInTransaction(const QString &actor, const QString &action, const QUuid &dossier,
                                              int revision)
{
    auto last = m_db.cached(QByteArrayLiteral("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1"));
    if (!last)
        return last.error();
    auto row = last->step();
    if (!row)
        return row.error();
    const qint64 seq = *row ? last->int64(0) + 1 : 1;
    const QByteArray prev = *row ? last->blob(1) : QByteArray(kHashSize, '\0');
    last = sql::Statement();

    const QString at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    const QString dossierText = dossier.isNull() ? QString() : uuidText(dossier);
    auto insert = m_db.cached(QByteArrayLiteral(
        "INSERT INTO audit(seq, at, actor, action, dossier_uuid, revision, prev_hash, hash) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"));
    if (!insert)
        return insert.error();
    insert->bind(1, seq).bind(2, at).bind(3, actor).bind(4, action).bindTextOrNull(5, dossierText);
    if (dossier.isNull())
        insert->bindNull(6);
    else
        insert->bind(6, revision);
    insert->bind(7, prev).bind(8, auditHash(prev, seq, at, actor, action, dossierText, dossier.isNull() ? 0 : revision));
    return insert->run();
}

QStringList DossierStore::checkAuditChain()
{
    auto stmt = m_db.prepare(QByteArrayLiteral(
        "SELECT seq, at, actor, action, dossier_uuid, revision, prev_hash, hash FROM audit ORDER BY seq"));
    if (!stmt)
        return {stmt.error().toString()};
    QByteArray expectedPrev(kHashSize, '\0');
    qint64 expectedSeq = 1;
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return {row.error().toString()};
        if (!*row)
            return {};
        const qint64 seq = stmt->int64(0);
        const QByteArray prev = stmt->blob(6);
        const QByteArray hash = stmt->blob(7);
        const QByteArray recomputed = auditHash(prev, seq, stmt->text(1), stmt->text(2), stmt->text(3), stmt->text(4),
                                                stmt->isNull(5) ? 0 : int(stmt->int64(5)));
        // The first broken entry is the one to look at: everything after it hangs on it.
        if (seq != expectedSeq)
            return {QStringLiteral("audit: entry %1 follows %2 (entries missing)").arg(seq).arg(expectedSeq - 1)};
        if (prev != expectedPrev)
            return {QStringLiteral("audit: entry %1 does not link to entry %2").arg(seq).arg(seq - 1)};
        if (hash != recomputed)
            return {QStringLiteral("audit: entry %1 was altered (hash mismatch)").arg(seq)};
        expectedPrev = hash;
        ++expectedSeq;
    }
}

} // namespace motcua
