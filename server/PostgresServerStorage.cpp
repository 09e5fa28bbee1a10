// libpq behind ServerStorage. Statements use $n parameters (never string-built SQL); bytea
// columns go in binary and come back through PQunescapeBytea. Times are ISO 8601 UTC text, as in
// the SQLite schema, so both stores answer byte for byte the same.
#include "PostgresServerStorage.h"

#include <libpq-fe.h>

namespace motcua::server {
namespace {

const QList<QByteArray> kMigrations = {
    R"(CREATE TABLE enrollment_codes (code TEXT PRIMARY KEY, unit TEXT NOT NULL, counter TEXT NOT NULL,
           agency TEXT NOT NULL, expires_at TEXT NOT NULL, used_at TEXT);
       CREATE TABLE workstations (id TEXT PRIMARY KEY, unit TEXT NOT NULL, counter TEXT NOT NULL,
           agency TEXT NOT NULL, hostname TEXT NOT NULL, cert_serial TEXT NOT NULL, enrolled_at TEXT NOT NULL,
           revoked BOOLEAN NOT NULL DEFAULT FALSE);
       CREATE TABLE blob_uploads (sha256 TEXT PRIMARY KEY, total BIGINT NOT NULL);
       CREATE TABLE dossiers (uuid TEXT PRIMARY KEY, revision INTEGER NOT NULL, code TEXT NOT NULL,
           workstation TEXT NOT NULL, unit TEXT NOT NULL, procedure_id TEXT NOT NULL, received_day TEXT NOT NULL,
           attachments INTEGER NOT NULL, digitised INTEGER NOT NULL, status TEXT NOT NULL, body BYTEA NOT NULL,
           stored_at TEXT NOT NULL);
       CREATE INDEX dossiers_code ON dossiers(code);
       CREATE INDEX dossiers_day ON dossiers(received_day, unit);
       CREATE TABLE idempotency (key TEXT PRIMARY KEY, body_sha256 TEXT NOT NULL, status INTEGER NOT NULL,
           answer BYTEA NOT NULL);
       CREATE TABLE changes (cursor BIGSERIAL PRIMARY KEY, uuid TEXT NOT NULL, workstation TEXT NOT NULL,
           status TEXT NOT NULL, at TEXT NOT NULL, reason TEXT NOT NULL DEFAULT '');
       CREATE INDEX changes_ws ON changes(workstation, cursor);
       CREATE TABLE citizens (id12 TEXT PRIMARY KEY, record BYTEA NOT NULL);)",
};

using Param = PostgresServerStorage::Param;

Param p(const QString &text)
{
    return Param{text.toUtf8()};
}
Param p(qint64 number)
{
    return Param{QByteArray::number(number)};
}
Param bytes(const QByteArray &value)
{
    return Param{value, true};
}

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}
QDateTime fromIso(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODate).toUTC();
}
QString uuidText(const QUuid &uuid)
{
    return uuid.toString(QUuid::WithoutBraces);
}

QString text(PGresult *r, int row, int column)
{
    return QString::fromUtf8(PQgetvalue(r, row, column));
}
qint64 integer(PGresult *r, int row, int column)
{
    return QByteArray(PQgetvalue(r, row, column)).toLongLong();
}
QByteArray blob(PGresult *r, int row, int column)
{
    size_t length = 0;
    unsigned char *raw = PQunescapeBytea(reinterpret_cast<const unsigned char *>(PQgetvalue(r, row, column)), &length);
    const QByteArray value(reinterpret_cast<const char *>(raw), qsizetype(length));
    PQfreemem(raw);
    return value;
}

} // namespace

void PostgresServerStorage::ResultDeleter::operator()(pg_result *r) const
{
    PQclear(r);
}

Result<std::unique_ptr<PostgresServerStorage>> PostgresServerStorage::open(const QString &conninfo)
{
    PGconn *conn = PQconnectdb(conninfo.toUtf8().constData());
    if (PQstatus(conn) != CONNECTION_OK) {
        const QString why = QString::fromUtf8(PQerrorMessage(conn)).trimmed();
        PQfinish(conn);
        return Error{QStringLiteral("server.storage"), tr("The server cannot reach its database."), why};
    }
    std::unique_ptr<PostgresServerStorage> storage(new PostgresServerStorage(conn));
    if (Status s = storage->run("SET client_min_messages = warning"); !s)
        return s.error();
    if (Status s = storage->migrate(); !s)
        return s.error();
    return storage;
}

PostgresServerStorage::~PostgresServerStorage()
{
    PQfinish(m_conn);
}

Result<PostgresServerStorage::PgResult> PostgresServerStorage::exec(const char *sql, const QList<Param> &params)
{
    QList<const char *> values;
    QList<int> lengths;
    QList<int> formats;
    for (const Param &param : params) {
        values.append(param.null ? nullptr : param.value.constData());
        lengths.append(int(param.value.size()));
        formats.append(param.binary ? 1 : 0);
    }
    PgResult result(PQexecParams(m_conn, sql, int(params.size()), nullptr, values.constData(), lengths.constData(),
                                 formats.constData(), 0));
    const ExecStatusType status = PQresultStatus(result.get());
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        // PostgreSQL's message names the statement's problem; the parameters never appear in it.
        return Error{QStringLiteral("server.storage"), tr("The server's database failed."),
                     QString::fromUtf8(PQresultErrorField(result.get(), PG_DIAG_MESSAGE_PRIMARY))};
    }
    return result;
}

Status PostgresServerStorage::run(const char *sql, const QList<Param> &params)
{
    auto result = exec(sql, params);
    return result ? Status() : Status(result.error());
}

namespace {
// BEGIN now, ROLLBACK at the end of the scope unless commit() went through.
class Transaction {
public:
    explicit Transaction(PGconn *conn) : m_conn(conn) {}
    ~Transaction()
    {
        if (m_open)
            PQclear(PQexec(m_conn, "ROLLBACK"));
    }
    bool begin()
    {
        PGresult *r = PQexec(m_conn, "BEGIN");
        m_open = PQresultStatus(r) == PGRES_COMMAND_OK;
        PQclear(r);
        return m_open;
    }
    bool commit()
    {
        PGresult *r = PQexec(m_conn, "COMMIT");
        const bool ok = PQresultStatus(r) == PGRES_COMMAND_OK;
        PQclear(r);
        m_open = false;
        return ok;
    }

private:
    PGconn *m_conn;
    bool m_open = false;
};
} // namespace

#define MOTCUA_PG_TX(tx)                                                                                                   \
    Transaction tx(m_conn);                                                                                                \
    if (!tx.begin())                                                                                                       \
        return Error{QStringLiteral("server.storage"), tr("The server's database failed."), QStringLiteral("BEGIN failed")};
#define MOTCUA_PG_COMMIT(tx)                                                                                               \
    if (!tx.commit())                                                                                                      \
        return Error{QStringLiteral("server.storage"), tr("The server's database failed."), QStringLiteral("COMMIT failed")};

Status PostgresServerStorage::migrate()
{
    if (Status s = run("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"); !s)
        return s;
    MOTCUA_PG_TX(tx)
    // One migrating server at a time: the others wait here, then see the new version.
    if (Status s = run("LOCK TABLE schema_version IN EXCLUSIVE MODE"); !s)
        return s;
    auto current = exec("SELECT coalesce(max(version), 0) FROM schema_version");
    if (!current)
        return current.error();
    const qint64 version = integer(current->get(), 0, 0);
    if (version > kMigrations.size())
        return Error{QStringLiteral("server.storage.newer"), tr("The server's database is from a newer version."),
                     QStringLiteral("schema_version %1").arg(version)};
    for (qint64 step = version; step < kMigrations.size(); ++step) {
        PgResult applied(PQexec(m_conn, kMigrations[int(step)].constData()));
        if (PQresultStatus(applied.get()) != PGRES_COMMAND_OK)
            return Error{QStringLiteral("server.storage"), tr("The server's database failed."),
                         QString::fromUtf8(PQresultErrorField(applied.get(), PG_DIAG_MESSAGE_PRIMARY))};
    }
    if (version < kMigrations.size())
        if (Status s = run("INSERT INTO schema_version (version) VALUES ($1)", {p(qint64(kMigrations.size()))}); !s)
            return s;
    MOTCUA_PG_COMMIT(tx)
    return {};
}

Status PostgresServerStorage::addEnrollmentCode(const EnrollmentCode &code)
{
    return run("INSERT INTO enrollment_codes (code, unit, counter, agency, expires_at) VALUES ($1,$2,$3,$4,$5)",
               {p(code.code), p(code.unit), p(code.counter), p(code.agency), p(iso(code.expiresAt))});
}

Result<WorkstationRecord> PostgresServerStorage::redeem(const QString &code, const QString &hostname, const QDateTime &now,
                                                        const std::function<Status(WorkstationRecord &)> &issue)
{
    MOTCUA_PG_TX(tx)
    auto found = exec("SELECT unit, counter, agency, expires_at FROM enrollment_codes WHERE code = $1 AND used_at IS NULL FOR UPDATE",
                      {p(code)});
    if (!found)
        return found.error();
    if (PQntuples(found->get()) == 0 || fromIso(text(found->get(), 0, 3)) < now)
        return Error{QStringLiteral("enrollment.codeInvalid"), tr("The enrollment code is not valid."), {}};
    WorkstationRecord record;
    record.unit = text(found->get(), 0, 0);
    record.counter = text(found->get(), 0, 1);
    record.agency = text(found->get(), 0, 2);
    record.hostname = hostname;
    record.enrolledAt = now.toUTC();
    const QString prefix = workstationIdPrefix(record.unit, record.counter);
    auto count = exec("SELECT count(*) FROM workstations WHERE id LIKE $1 || '%'", {p(prefix)});
    if (!count)
        return count.error();
    record.id = prefix + QString::number(integer(count->get(), 0, 0) + 1);
    if (Status s = issue(record); !s)
        return s.error();
    if (Status s = run("UPDATE enrollment_codes SET used_at = $1 WHERE code = $2", {p(iso(now)), p(code)}); !s)
        return s.error();
    if (Status s = run("INSERT INTO workstations (id, unit, counter, agency, hostname, cert_serial, enrolled_at) VALUES ($1,$2,$3,$4,$5,$6,$7)",
                       {p(record.id), p(record.unit), p(record.counter), p(record.agency), p(record.hostname), p(record.certSerial),
                        p(iso(record.enrolledAt))});
        !s)
        return s.error();
    MOTCUA_PG_COMMIT(tx)
    return record;
}

namespace {
const char *const kWorkstationColumns = "SELECT id, unit, counter, agency, hostname, cert_serial, enrolled_at, revoked FROM workstations";
WorkstationRecord workstationFrom(PGresult *r, int row)
{
    return WorkstationRecord{text(r, row, 0), text(r, row, 1), text(r, row, 2), text(r, row, 3), text(r, row, 4), text(r, row, 5),
                             fromIso(text(r, row, 6)), text(r, row, 7) == QLatin1String("t")};
}
} // namespace

Result<std::optional<WorkstationRecord>> PostgresServerStorage::workstation(const QString &id)
{
    auto r = exec(QByteArray(QByteArray(kWorkstationColumns) + " WHERE id = $1").constData(), {p(id)});
    if (!r)
        return r.error();
    if (PQntuples(r->get()) == 0)
        return std::optional<WorkstationRecord>();
    return std::optional<WorkstationRecord>(workstationFrom(r->get(), 0));
}

Result<QList<WorkstationRecord>> PostgresServerStorage::workstations()
{
    auto r = exec(QByteArray(QByteArray(kWorkstationColumns) + " ORDER BY id").constData());
    if (!r)
        return r.error();
    QList<WorkstationRecord> list;
    for (int row = 0; row < PQntuples(r->get()); ++row)
        list.append(workstationFrom(r->get(), row));
    return list;
}

Status PostgresServerStorage::revoke(const QString &id)
{
    auto r = exec("UPDATE workstations SET revoked = TRUE WHERE id = $1", {p(id)});
    if (!r)
        return r.error();
    if (QByteArray(PQcmdTuples(r->get())) == "0")
        return Error{QStringLiteral("workstation.unknown"), tr("There is no workstation with this id."), {}};
    return {};
}

Result<std::optional<qint64>> PostgresServerStorage::uploadTotal(const QString &sha256)
{
    auto r = exec("SELECT total FROM blob_uploads WHERE sha256 = $1", {p(sha256)});
    if (!r)
        return r.error();
    return PQntuples(r->get()) ? std::optional<qint64>(integer(r->get(), 0, 0)) : std::optional<qint64>();
}

Status PostgresServerStorage::setUploadTotal(const QString &sha256, qint64 total)
{
    return run("INSERT INTO blob_uploads (sha256, total) VALUES ($1, $2) ON CONFLICT (sha256) DO UPDATE SET total = excluded.total",
               {p(sha256), p(total)});
}

Status PostgresServerStorage::endUpload(const QString &sha256)
{
    return run("DELETE FROM blob_uploads WHERE sha256 = $1", {p(sha256)});
}

Result<PutResult> PostgresServerStorage::putDossier(const DossierPut &put, const std::function<StoredAnswer(qint64)> &answerFor)
{
    MOTCUA_PG_TX(tx)
    PutResult result;
    // The uuid's row (or its absence) is locked first, so two servers storing the same dossier
    // at once serialise here rather than both passing the checks.
    if (Status s = run("SELECT pg_advisory_xact_lock(hashtext($1))", {p(uuidText(put.uuid))}); !s)
        return s.error();
    auto key = exec("SELECT body_sha256, status, answer FROM idempotency WHERE key = $1", {p(put.idempotencyKey)});
    if (!key)
        return key.error();
    if (PQntuples(key->get()) > 0) {
        if (text(key->get(), 0, 0).toLatin1() != put.bodySha256) {
            result.outcome = PutOutcome::Conflict;
            return result;
        }
        result.outcome = PutOutcome::Replay;
        result.answer = StoredAnswer{int(integer(key->get(), 0, 1)), blob(key->get(), 0, 2)};
        return result;
    }
    auto stored = exec("SELECT revision, workstation FROM dossiers WHERE uuid = $1", {p(uuidText(put.uuid))});
    if (!stored)
        return stored.error();
    if (PQntuples(stored->get()) > 0) {
        if (text(stored->get(), 0, 1) != put.workstation) {
            result.outcome = PutOutcome::Foreign;
            return result;
        }
        if (integer(stored->get(), 0, 0) >= put.revision) {
            result.outcome = PutOutcome::Stale;
            result.storedRevision = int(integer(stored->get(), 0, 0));
            return result;
        }
    }
    if (Status s = run(R"(INSERT INTO dossiers (uuid, revision, code, workstation, unit, procedure_id, received_day,
            attachments, digitised, status, body, stored_at) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,'received',$10,$11)
        ON CONFLICT (uuid) DO UPDATE SET revision = excluded.revision, code = excluded.code, unit = excluded.unit,
            procedure_id = excluded.procedure_id, received_day = excluded.received_day, attachments = excluded.attachments,
            digitised = excluded.digitised, body = excluded.body, stored_at = excluded.stored_at)",
                       {p(uuidText(put.uuid)), p(qint64(put.revision)), p(put.code), p(put.workstation), p(put.unit), p(put.procedureId),
                        p(put.receivedDay.toString(Qt::ISODate)), p(qint64(put.attachments)), p(qint64(put.digitised)), bytes(put.body),
                        p(iso(put.storedAt))});
        !s)
        return s.error();
    auto change = exec("INSERT INTO changes (uuid, workstation, status, at) SELECT uuid, workstation, status, $1 FROM dossiers "
                       "WHERE uuid = $2 RETURNING cursor",
                       {p(iso(put.storedAt)), p(uuidText(put.uuid))});
    if (!change)
        return change.error();
    result.answer = answerFor(integer(change->get(), 0, 0));
    if (Status s = run("INSERT INTO idempotency (key, body_sha256, status, answer) VALUES ($1,$2,$3,$4)",
                       {p(put.idempotencyKey), p(QString::fromLatin1(put.bodySha256)), p(qint64(result.answer.status)),
                        bytes(result.answer.body)});
        !s)
        return s.error();
    MOTCUA_PG_COMMIT(tx)
    result.outcome = PutOutcome::Stored;
    return result;
}

Result<std::optional<StoredBody>> PostgresServerStorage::dossierBody(const QUuid &uuid)
{
    auto r = exec("SELECT revision, body FROM dossiers WHERE uuid = $1", {p(uuidText(uuid))});
    if (!r)
        return r.error();
    if (!PQntuples(r->get()))
        return std::optional<StoredBody>();
    return std::optional<StoredBody>(StoredBody{text(r->get(), 0, 0).toInt(), blob(r->get(), 0, 1)});
}

Result<QList<StoredDossierRef>> PostgresServerStorage::storedDossiers()
{
    auto r = exec("SELECT uuid, revision, code, workstation FROM dossiers ORDER BY code", {});
    if (!r)
        return r.error();
    QList<StoredDossierRef> out;
    for (int i = 0; i < PQntuples(r->get()); ++i)
        out.append({QUuid::fromString(text(r->get(), i, 0)), text(r->get(), i, 1).toInt(), text(r->get(), i, 2),
                    text(r->get(), i, 3)});
    return out;
}

Result<ChangeRecord> PostgresServerStorage::changeStatus(const QString &codeOrUuid, DossierStatus to, const QString &reason,
                                                         const QDateTime &at)
{
    MOTCUA_PG_TX(tx)
    const QUuid asUuid = QUuid::fromString(codeOrUuid);
    auto found = exec("SELECT uuid, code, status, workstation FROM dossiers WHERE uuid = $1 OR code = $2 FOR UPDATE",
                      {p(asUuid.isNull() ? QString() : uuidText(asUuid)), p(codeOrUuid)});
    if (!found)
        return found.error();
    if (PQntuples(found->get()) == 0)
        return Error{QStringLiteral("dossier.unknown"), tr("There is no dossier with this code."), {}};
    ChangeRecord change;
    change.uuid = QUuid::fromString(text(found->get(), 0, 0));
    change.code = text(found->get(), 0, 1);
    const QString fromName = text(found->get(), 0, 2);
    const QString workstation = text(found->get(), 0, 3);
    const auto from = dossierStatusFromName(fromName);
    if (!from || !isAllowedTransition(*from, to))
        return Error{QStringLiteral("status.notAllowed"), tr("The dossier cannot move from %1 to %2.").arg(fromName, dossierStatusName(to)), {}};
    if (to == DossierStatus::Rejected && reason.trimmed().isEmpty())
        return Error{QStringLiteral("status.reasonMissing"), tr("A rejection needs a reason."), {}};
    change.status = dossierStatusName(to);
    change.at = at.toUTC();
    change.reason = reason;
    if (Status s = run("UPDATE dossiers SET status = $1 WHERE uuid = $2", {p(change.status), p(uuidText(change.uuid))}); !s)
        return s.error();
    auto inserted = exec("INSERT INTO changes (uuid, workstation, status, at, reason) VALUES ($1,$2,$3,$4,$5) RETURNING cursor",
                         {p(uuidText(change.uuid)), p(workstation), p(change.status), p(iso(change.at)), p(reason)});
    if (!inserted)
        return inserted.error();
    change.cursor = integer(inserted->get(), 0, 0);
    MOTCUA_PG_COMMIT(tx)
    return change;
}

Result<QList<ChangeRecord>> PostgresServerStorage::changesSince(const QString &workstation, qint64 cursor, int limit)
{
    auto r = exec(R"(SELECT c.cursor, c.uuid, d.code, c.status, c.at, c.reason FROM changes c
        JOIN dossiers d ON d.uuid = c.uuid WHERE c.workstation = $1 AND c.cursor > $2 ORDER BY c.cursor LIMIT $3)",
                  {p(workstation), p(cursor), p(qint64(limit))});
    if (!r)
        return r.error();
    QList<ChangeRecord> list;
    for (int row = 0; row < PQntuples(r->get()); ++row)
        list.append(ChangeRecord{integer(r->get(), row, 0), QUuid::fromString(text(r->get(), row, 1)), text(r->get(), row, 2),
                                 text(r->get(), row, 3), fromIso(text(r->get(), row, 4)), text(r->get(), row, 5)});
    return list;
}

Result<int> PostgresServerStorage::importCitizens(const QList<std::pair<QString, QByteArray>> &citizens)
{
    MOTCUA_PG_TX(tx)
    for (const auto &[id12, record] : citizens)
        if (Status s = run("INSERT INTO citizens (id12, record) VALUES ($1, $2) ON CONFLICT (id12) DO UPDATE SET record = excluded.record",
                           {p(id12), bytes(record)});
            !s)
            return s.error();
    MOTCUA_PG_COMMIT(tx)
    return int(citizens.size());
}

Result<std::optional<QByteArray>> PostgresServerStorage::citizen(const QString &id12)
{
    auto r = exec("SELECT record FROM citizens WHERE id12 = $1", {p(id12)});
    if (!r)
        return r.error();
    return PQntuples(r->get()) ? std::optional<QByteArray>(blob(r->get(), 0, 0)) : std::optional<QByteArray>();
}

Result<QList<DailyRow>> PostgresServerStorage::dailyReport(const QDate &day, const QString &unit)
{
    auto r = exec(R"(SELECT unit, procedure_id, count(*), sum(attachments), sum(digitised) FROM dossiers
        WHERE received_day = $1 AND ($2 = '' OR unit = $2) GROUP BY unit, procedure_id ORDER BY unit, procedure_id)",
                  {p(day.toString(Qt::ISODate)), p(unit)});
    if (!r)
        return r.error();
    QList<DailyRow> rows;
    for (int row = 0; row < PQntuples(r->get()); ++row)
        rows.append(DailyRow{text(r->get(), row, 0), text(r->get(), row, 1), int(integer(r->get(), row, 2)),
                             int(integer(r->get(), row, 3)), int(integer(r->get(), row, 4))});
    return rows;
}

} // namespace motcua::server
