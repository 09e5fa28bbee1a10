// check(): everything the store promises, verified from the file. Problems name codes and UUIDs,
// never citizen data.
#include "storage/DossierStore.h"

#include "common/Logging.h"

namespace motcua {

namespace {

constexpr int kMaxListed = 20;

// Rows of the first text column of a query, at most kMaxListed, each formatted by `line`.
QStringList listQuery(sql::Database &db, const QByteArray &sql, const QString &line)
{
    auto stmt = db.prepare(sql);
    if (!stmt)
        return {stmt.error().toString()};
    QStringList out;
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return out << row.error().toString();
        if (!*row)
            return out;
        if (out.size() == kMaxListed)
            return out << QStringLiteral("... and more");
        out.append(line.arg(stmt->text(0)));
    }
}

} // namespace

QStringList DossierStore::problems()
{
    QStringList found;
    // integrity_check answers "ok" or one row per problem.
    const QStringList integrity = listQuery(m_db, QByteArrayLiteral("PRAGMA integrity_check"), QStringLiteral("%1"));
    if (integrity != QStringList{QStringLiteral("ok")})
        for (const QString &line : integrity)
            found.append(QStringLiteral("sqlite integrity: ") + line);
    found += listQuery(m_db, QByteArrayLiteral("SELECT \"table\" || ' row ' || rowid || ' -> ' || parent FROM pragma_foreign_key_check"),
                       QStringLiteral("foreign key: %1"));
    found += checkPayloads();
    found += checkAuditChain();
    found += checkOutboxAndAudit();
    found += checkTokenCounts();
    for (const QString &problem : found)
        qCWarning(lcStorage) << "check:" << problem;
    return found;
}

Status DossierStore::check()
{
    const QStringList found = problems();
    if (found.isEmpty())
        return Status::success();
    return Error{QStringLiteral("storage.check.failed"),
                 tr("The database check found %1 problem(s). Call the administrator.").arg(found.size()),
                 found.join(QStringLiteral("; "))};
}

Result<QStringList> DossierStore::attachmentHashes()
{
    auto stmt = m_db.prepare(QByteArrayLiteral(
        "SELECT DISTINCT sha256 FROM attachments WHERE sha256 IS NOT NULL ORDER BY sha256"));
    if (!stmt)
        return stmt.error();
    QStringList hashes;
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return row.error();
        if (!*row)
            return hashes;
        hashes.append(stmt->text(0));
    }
}

QStringList DossierStore::checkPayloads()
{
    auto stmt = m_db.prepare(QByteArrayLiteral(
        "SELECT uuid, code, procedure_id, revision, status, received_at, holder_name, payload FROM dossiers ORDER BY id"));
    if (!stmt)
        return {stmt.error().toString()};
    QStringList found;
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return found << row.error().toString();
        if (!*row)
            return found;
        const QUuid uuid = QUuid::fromString(stmt->text(0));
        const QString code = stmt->text(1);
        const QString where = QStringLiteral("dossier %1 (%2)").arg(code, stmt->text(0));
        auto dossier = decryptPayload(uuid, stmt->blob(7));
        if (!dossier) {
            found.append(where + QStringLiteral(": payload does not decrypt or parse (") + dossier.error().code + QLatin1Char(')'));
            continue;
        }
        QStringList differs;
        if (dossier->code != code)
            differs << QStringLiteral("code");
        if (dossier->procedureId != stmt->text(2))
            differs << QStringLiteral("procedure");
        if (dossier->revision != stmt->int64(3))
            differs << QStringLiteral("revision");
        if (dossierStatusName(dossier->status()) != stmt->text(4))
            differs << QStringLiteral("status");
        if (dossier->receivedAt.toString(Qt::ISODateWithMs) != stmt->text(5))
            differs << QStringLiteral("received_at");
        auto name = m_cipher.decrypt(stmt->blob(6), holderNameAad(uuid));
        if (!name)
            differs << QStringLiteral("holder_name (does not decrypt)");
        else if (QString::fromUtf8(*name) != dossier->holderName())
            differs << QStringLiteral("holder_name");
        if (!differs.isEmpty())
            found.append(where + QStringLiteral(": row differs from payload in ") + differs.join(QStringLiteral(", ")));
    }
}

QStringList DossierStore::checkOutboxAndAudit()
{
    QStringList found;
    found += listQuery(m_db, QByteArrayLiteral(
        "SELECT code || ' (' || uuid || ') revision ' || revision FROM dossiers d WHERE NOT EXISTS "
        "(SELECT 1 FROM outbox o WHERE o.dossier_uuid = d.uuid AND o.revision = d.revision) ORDER BY id"),
        QStringLiteral("outbox: no entry for dossier %1"));
    found += listQuery(m_db, QByteArrayLiteral(
        "SELECT o.id || ' (dossier ' || o.dossier_uuid || ' revision ' || o.revision || ')' FROM outbox o "
        "JOIN dossiers d ON d.uuid = o.dossier_uuid WHERE o.revision > d.revision ORDER BY o.id"),
        QStringLiteral("outbox: entry %1 is ahead of its dossier"));
    found += listQuery(m_db, QByteArrayLiteral(
        "SELECT code || ' (' || uuid || ') revision ' || revision FROM dossiers d WHERE NOT EXISTS "
        "(SELECT 1 FROM audit a WHERE a.dossier_uuid = d.uuid AND a.revision = d.revision) ORDER BY id"),
        QStringLiteral("audit: no entry for dossier %1"));
    return found;
}

QStringList DossierStore::checkTokenCounts()
{
    auto wrong = m_db.queryInt(QByteArrayLiteral(
        "SELECT count(*) FROM (SELECT token, count(*) AS c FROM search_tokens WHERE kind = 2 GROUP BY token) s "
        "LEFT JOIN token_counts t ON t.token = s.token WHERE t.n IS NULL OR t.n <> s.c"));
    if (!wrong)
        return {wrong.error().toString()};
    auto orphans = m_db.queryInt(QByteArrayLiteral(
        "SELECT count(*) FROM token_counts t WHERE NOT EXISTS "
        "(SELECT 1 FROM search_tokens s WHERE s.token = t.token AND s.kind = 2)"));
    if (!orphans)
        return {orphans.error().toString()};
    if (*wrong + *orphans == 0)
        return {};
    return {QStringLiteral("search index: %1 token counts disagree with the tokens").arg(*wrong + *orphans)};
}

} // namespace motcua
