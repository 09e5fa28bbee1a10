// SQLite behind ServerStorage. The schema keeps no personal data in clear columns: the dossier
// bodies and the population records arrive sealed (SealedStorage), the registry's keys blinded.
#include "SqliteServerStorage.h"

namespace motcua::server {
namespace {

// Each entry moves the schema one version up; never edit a released one, append.
const QList<QByteArray> kMigrations = {
    R"(CREATE TABLE enrollment_codes (code TEXT PRIMARY KEY, unit TEXT NOT NULL, counter TEXT NOT NULL,
           agency TEXT NOT NULL, expires_at TEXT NOT NULL, used_at TEXT);
       CREATE TABLE workstations (id TEXT PRIMARY KEY, unit TEXT NOT NULL, counter TEXT NOT NULL,
           agency TEXT NOT NULL, hostname TEXT NOT NULL, cert_serial TEXT NOT NULL, enrolled_at TEXT NOT NULL,
           revoked INTEGER NOT NULL DEFAULT 0);
       CREATE TABLE blob_uploads (sha256 TEXT PRIMARY KEY, total INTEGER NOT NULL);
       CREATE TABLE dossiers (uuid TEXT PRIMARY KEY, revision INTEGER NOT NULL, code TEXT NOT NULL,
           workstation TEXT NOT NULL, unit TEXT NOT NULL, procedure_id TEXT NOT NULL, received_day TEXT NOT NULL,
           attachments INTEGER NOT NULL, digitised INTEGER NOT NULL, status TEXT NOT NULL, body BLOB NOT NULL,
           stored_at TEXT NOT NULL);
       CREATE INDEX dossiers_code ON dossiers(code);
       CREATE INDEX dossiers_day ON dossiers(received_day, unit);
       CREATE TABLE idempotency (key TEXT PRIMARY KEY, body_sha256 TEXT NOT NULL, status INTEGER NOT NULL,
           answer BLOB NOT NULL);
       CREATE TABLE changes (cursor INTEGER PRIMARY KEY AUTOINCREMENT, uuid TEXT NOT NULL, workstation TEXT NOT NULL,
           status TEXT NOT NULL, at TEXT NOT NULL, reason TEXT NOT NULL DEFAULT '');
       CREATE INDEX changes_ws ON changes(workstation, cursor);
       CREATE TABLE citizens (id12 TEXT PRIMARY KEY, record BLOB NOT NULL);)",
};

// The first column of a query's one row (read by `read`), or nothing when it has no row.
template <typename Read>
auto firstRowValue(sql::Statement &st, Read read) -> Result<std::optional<decltype(read(st))>>
{
    auto row = st.step();
    if (!row)
        return row.error();
    return *row ? std::optional(read(st)) : std::nullopt;
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

} // namespace

Error SqliteServerStorage::dbError(const QByteArray &sql) const
{
    return m_db.lastError(QStringLiteral("server.storage"), tr("The server's database failed."), sql);
}

Result<std::unique_ptr<SqliteServerStorage>> SqliteServerStorage::open(const QString &path)
{
    auto db = sql::Database::open(path);
    if (!db)
        return db.error();
    std::unique_ptr<SqliteServerStorage> storage(new SqliteServerStorage(std::move(db.value())));
    if (Status s = storage->m_db.exec("PRAGMA busy_timeout = 5000; PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;"); !s)
        return s.error();
    if (Status s = storage->migrate(); !s)
        return s.error();
    return storage;
}

Status SqliteServerStorage::migrate()
{
    auto version = m_db.queryInt("PRAGMA user_version");
    if (!version)
        return version.error();
    if (*version > kMigrations.size())
        return Error{QStringLiteral("server.storage.newer"), tr("The server's database is from a newer version."),
                     QStringLiteral("user_version %1").arg(*version)};
    for (qint64 step = *version; step < kMigrations.size(); ++step) {
        sql::Transaction tx(m_db);
        if (Status s = tx.begin(); !s)
            return s;
        if (Status s = m_db.exec(kMigrations[int(step)]); !s)
            return s;
        if (Status s = m_db.exec("PRAGMA user_version = " + QByteArray::number(step + 1)); !s)
            return s;
        if (Status s = tx.commit(); !s)
            return s;
    }
    return {};
}

Status SqliteServerStorage::addEnrollmentCode(const EnrollmentCode &code)
{
    auto st = m_db.prepare("INSERT INTO enrollment_codes (code, unit, counter, agency, expires_at) VALUES (?,?,?,?,?)");
    if (!st)
        return st.error();
    st->bind(1, code.code).bind(2, code.unit).bind(3, code.counter).bind(4, code.agency).bind(5, iso(code.expiresAt));
    return st->run();
}

Result<WorkstationRecord> SqliteServerStorage::redeem(const QString &code, const QString &hostname, const QDateTime &now,
                                                      const std::function<Status(WorkstationRecord &)> &issue)
{
    const Error invalid{QStringLiteral("enrollment.codeInvalid"), tr("The enrollment code is not valid."), {}};
    sql::Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    auto find = m_db.prepare("SELECT unit, counter, agency, expires_at FROM enrollment_codes WHERE code = ? AND used_at IS NULL");
    if (!find)
        return find.error();
    find->bind(1, code);
    auto row = find->step();
    if (!row)
        return row.error();
    if (!*row || fromIso(find->text(3)) < now)
        return invalid;
    WorkstationRecord record;
    record.unit = find->text(0);
    record.counter = find->text(1);
    record.agency = find->text(2);
    record.hostname = hostname;
    record.enrolledAt = now.toUTC();
    find->reset();

    const QString prefix = workstationIdPrefix(record.unit, record.counter);
    auto count = m_db.prepare("SELECT count(*) FROM workstations WHERE id LIKE ? || '%'");
    if (!count)
        return count.error();
    count->bind(1, prefix);
    if (auto r = count->step(); !r)
        return r.error();
    record.id = prefix + QString::number(count->int64(0) + 1);
    count->reset();

    if (Status s = issue(record); !s)
        return s.error();
    auto use = m_db.prepare("UPDATE enrollment_codes SET used_at = ? WHERE code = ?");
    auto add = m_db.prepare("INSERT INTO workstations (id, unit, counter, agency, hostname, cert_serial, enrolled_at) VALUES (?,?,?,?,?,?,?)");
    if (!use || !add)
        return dbError();
    use->bind(1, iso(now)).bind(2, code);
    add->bind(1, record.id).bind(2, record.unit).bind(3, record.counter).bind(4, record.agency).bind(5, record.hostname)
        .bind(6, record.certSerial).bind(7, iso(record.enrolledAt));
    if (Status s = use->run(); !s)
        return s.error();
    if (Status s = add->run(); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return record;
}

namespace {
WorkstationRecord workstationFrom(const sql::Statement &st)
{
    return WorkstationRecord{st.text(0), st.text(1), st.text(2), st.text(3), st.text(4), st.text(5), fromIso(st.text(6)),
                             st.int64(7) != 0};
}
const QByteArray kWorkstationColumns = "SELECT id, unit, counter, agency, hostname, cert_serial, enrolled_at, revoked FROM workstations";
} // namespace

Result<std::optional<WorkstationRecord>> SqliteServerStorage::workstation(const QString &id)
{
    auto st = m_db.cached(kWorkstationColumns + " WHERE id = ?");
    if (!st)
        return st.error();
    st->bind(1, id);
    auto row = st->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<WorkstationRecord>();
    return std::optional<WorkstationRecord>(workstationFrom(*st));
}

Result<QList<WorkstationRecord>> SqliteServerStorage::workstations()
{
    auto st = m_db.prepare(kWorkstationColumns + " ORDER BY id");
    if (!st)
        return st.error();
    QList<WorkstationRecord> list;
    while (true) {
        auto row = st->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        list.append(workstationFrom(*st));
    }
    return list;
}

Status SqliteServerStorage::revoke(const QString &id)
{
    auto st = m_db.prepare("UPDATE workstations SET revoked = 1 WHERE id = ?");
    if (!st)
        return st.error();
    st->bind(1, id);
    if (Status s = st->run(); !s)
        return s;
    if (m_db.changes() == 0)
        return Error{QStringLiteral("workstation.unknown"), tr("There is no workstation with this id."), {}};
    return {};
}

Result<std::optional<qint64>> SqliteServerStorage::uploadTotal(const QString &sha256)
{
    auto st = m_db.cached("SELECT total FROM blob_uploads WHERE sha256 = ?");
    if (!st)
        return st.error();
    st->bind(1, sha256);
    return firstRowValue(*st, [](sql::Statement &s) { return s.int64(0); });
}

Status SqliteServerStorage::setUploadTotal(const QString &sha256, qint64 total)
{
    auto st = m_db.cached("INSERT OR REPLACE INTO blob_uploads (sha256, total) VALUES (?, ?)");
    if (!st)
        return st.error();
    st->bind(1, sha256).bind(2, total);
    return st->run();
}

Status SqliteServerStorage::endUpload(const QString &sha256)
{
    auto st = m_db.cached("DELETE FROM blob_uploads WHERE sha256 = ?");
    if (!st)
        return st.error();
    st->bind(1, sha256);
    return st->run();
}

Result<PutResult> SqliteServerStorage::putDossier(const DossierPut &put, const std::function<StoredAnswer(qint64)> &answerFor)
{
    sql::Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    PutResult result;
    {
        auto key = m_db.cached("SELECT body_sha256, status, answer FROM idempotency WHERE key = ?");
        if (!key)
            return key.error();
        key->bind(1, put.idempotencyKey);
        auto row = key->step();
        if (!row)
            return row.error();
        if (*row) {
            if (key->text(0).toLatin1() != put.bodySha256) {
                result.outcome = PutOutcome::Conflict;
                return result;
            }
            result.outcome = PutOutcome::Replay;
            result.answer = StoredAnswer{int(key->int64(1)), key->blob(2)};
            return result;
        }
    }
    {
        auto stored = m_db.cached("SELECT revision, workstation FROM dossiers WHERE uuid = ?");
        if (!stored)
            return stored.error();
        stored->bind(1, uuidText(put.uuid));
        auto row = stored->step();
        if (!row)
            return row.error();
        if (*row && stored->text(1) != put.workstation) {
            result.outcome = PutOutcome::Foreign;
            return result;
        }
        if (*row && stored->int64(0) >= put.revision) {
            result.outcome = PutOutcome::Stale;
            result.storedRevision = int(stored->int64(0));
            return result;
        }
    }
    // A new revision keeps the status the back office gave the dossier; a first one is received.
    auto upsert = m_db.cached(R"(INSERT INTO dossiers (uuid, revision, code, workstation, unit, procedure_id, received_day,
            attachments, digitised, status, body, stored_at) VALUES (?,?,?,?,?,?,?,?,?,'received',?,?)
        ON CONFLICT(uuid) DO UPDATE SET revision = excluded.revision, code = excluded.code, unit = excluded.unit,
            procedure_id = excluded.procedure_id, received_day = excluded.received_day, attachments = excluded.attachments,
            digitised = excluded.digitised, body = excluded.body, stored_at = excluded.stored_at)");
    if (!upsert)
        return upsert.error();
    upsert->bind(1, uuidText(put.uuid)).bind(2, put.revision).bind(3, put.code).bind(4, put.workstation).bind(5, put.unit)
        .bind(6, put.procedureId).bind(7, put.receivedDay.toString(Qt::ISODate)).bind(8, put.attachments)
        .bind(9, put.digitised).bind(10, put.body).bind(11, iso(put.storedAt));
    if (Status s = upsert->run(); !s)
        return s.error();
    // Every stored revision is a change in the feed: the workstation learns its cursor.
    auto change = m_db.cached("INSERT INTO changes (uuid, workstation, status, at) SELECT uuid, workstation, status, ? FROM dossiers WHERE uuid = ?");
    if (!change)
        return change.error();
    change->bind(1, iso(put.storedAt)).bind(2, uuidText(put.uuid));
    if (Status s = change->run(); !s)
        return s.error();
    const qint64 cursor = m_db.lastInsertRowId();
    result.answer = answerFor(cursor);
    auto key = m_db.cached("INSERT INTO idempotency (key, body_sha256, status, answer) VALUES (?,?,?,?)");
    if (!key)
        return key.error();
    key->bind(1, put.idempotencyKey).bind(2, QString::fromLatin1(put.bodySha256)).bind(3, result.answer.status)
        .bind(4, result.answer.body);
    if (Status s = key->run(); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    result.outcome = PutOutcome::Stored;
    return result;
}

Result<std::optional<StoredBody>> SqliteServerStorage::dossierBody(const QUuid &uuid)
{
    auto st = m_db.cached("SELECT revision, body FROM dossiers WHERE uuid = ?");
    if (!st)
        return st.error();
    st->bind(1, uuidText(uuid));
    return firstRowValue(*st, [](sql::Statement &s) { return StoredBody{int(s.int64(0)), s.blob(1)}; });
}

Result<QList<StoredDossierRef>> SqliteServerStorage::storedDossiers()
{
    auto st = m_db.cached("SELECT uuid, revision, code, workstation FROM dossiers ORDER BY code");
    if (!st)
        return st.error();
    QList<StoredDossierRef> out;
    for (;;) {
        auto row = st->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        out.append({QUuid::fromString(st->text(0)), int(st->int64(1)), st->text(2), st->text(3)});
    }
    return out;
}

Result<ChangeRecord> SqliteServerStorage::changeStatus(const QString &codeOrUuid, DossierStatus to, const QString &reason,
                                                       const QDateTime &at)
{
    sql::Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    ChangeRecord change;
    QString workstation;
    {
        auto find = m_db.prepare("SELECT uuid, code, status, workstation FROM dossiers WHERE uuid = ? OR code = ?");
        if (!find)
            return find.error();
        const QUuid asUuid = QUuid::fromString(codeOrUuid);
        find->bind(1, asUuid.isNull() ? QString() : uuidText(asUuid)).bind(2, codeOrUuid);
        auto row = find->step();
        if (!row)
            return row.error();
        if (!*row)
            return Error{QStringLiteral("dossier.unknown"), tr("There is no dossier with this code."), {}};
        change.uuid = QUuid::fromString(find->text(0));
        change.code = find->text(1);
        workstation = find->text(3);
        const auto from = dossierStatusFromName(find->text(2));
        if (!from || !isAllowedTransition(*from, to))
            return Error{QStringLiteral("status.notAllowed"), tr("The dossier cannot move from %1 to %2.")
                                                                      .arg(find->text(2), dossierStatusName(to)), {}};
        if (to == DossierStatus::Rejected && reason.trimmed().isEmpty())
            return Error{QStringLiteral("status.reasonMissing"), tr("A rejection needs a reason."), {}};
    }
    change.status = dossierStatusName(to);
    change.at = at.toUTC();
    change.reason = reason;
    auto update = m_db.prepare("UPDATE dossiers SET status = ? WHERE uuid = ?");
    auto insert = m_db.prepare("INSERT INTO changes (uuid, workstation, status, at, reason) VALUES (?,?,?,?,?)");
    if (!update || !insert)
        return dbError();
    update->bind(1, change.status).bind(2, uuidText(change.uuid));
    insert->bind(1, uuidText(change.uuid)).bind(2, workstation).bind(3, change.status).bind(4, iso(change.at)).bind(5, reason);
    if (Status s = update->run(); !s)
        return s.error();
    if (Status s = insert->run(); !s)
        return s.error();
    change.cursor = m_db.lastInsertRowId();
    if (Status s = tx.commit(); !s)
        return s.error();
    return change;
}

Result<QList<ChangeRecord>> SqliteServerStorage::changesSince(const QString &workstation, qint64 cursor, int limit)
{
    auto st = m_db.cached(R"(SELECT c.cursor, c.uuid, d.code, c.status, c.at, c.reason FROM changes c
        JOIN dossiers d ON d.uuid = c.uuid WHERE c.workstation = ? AND c.cursor > ? ORDER BY c.cursor LIMIT ?)");
    if (!st)
        return st.error();
    st->bind(1, workstation).bind(2, cursor).bind(3, limit);
    QList<ChangeRecord> list;
    while (true) {
        auto row = st->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        list.append(ChangeRecord{st->int64(0), QUuid::fromString(st->text(1)), st->text(2), st->text(3), fromIso(st->text(4)),
                                 st->text(5)});
    }
    return list;
}

Result<int> SqliteServerStorage::importCitizens(const QList<std::pair<QString, QByteArray>> &citizens)
{
    sql::Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    auto st = m_db.cached("INSERT OR REPLACE INTO citizens (id12, record) VALUES (?, ?)");
    if (!st)
        return st.error();
    for (const auto &[id12, record] : citizens) {
        st->bind(1, id12).bind(2, record);
        if (Status s = st->run(); !s)
            return s.error();
        st->reset();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return int(citizens.size());
}

Result<std::optional<QByteArray>> SqliteServerStorage::citizen(const QString &id12)
{
    auto st = m_db.cached("SELECT record FROM citizens WHERE id12 = ?");
    if (!st)
        return st.error();
    st->bind(1, id12);
    return firstRowValue(*st, [](sql::Statement &s) { return s.blob(0); });
}

Result<QList<DailyRow>> SqliteServerStorage::dailyReport(const QDate &day, const QString &unit)
{
    auto st = m_db.prepare(R"(SELECT unit, procedure_id, count(*), sum(attachments), sum(digitised) FROM dossiers
        WHERE received_day = ? AND (? = '' OR unit = ?) GROUP BY unit, procedure_id ORDER BY unit, procedure_id)");
    if (!st)
        return st.error();
    st->bind(1, day.toString(Qt::ISODate)).bind(2, unit).bind(3, unit);
    QList<DailyRow> rows;
    while (true) {
        auto row = st->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        rows.append(DailyRow{st->text(0), st->text(1), int(st->int64(2)), int(st->int64(3)), int(st->int64(4))});
    }
    return rows;
}

} // namespace motcua::server
