#include "storage/DossierStore.h"

#include "common/Logging.h"
#include "dossier/DossierCodePattern.h"
#include "dossier/DossierJson.h"
#include "storage/Migrations.h"

#include <QFile>

namespace motcua {

namespace {

constexpr int kMaxCodeAttempts = 1000;
constexpr int kBusyTimeoutMs = 5000;

QString isoUtc(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

// The first time the dossier had a result (ready or returned): the on-time figure compares it
// with the due date.
QString resultDay(const Dossier &dossier)
{
    for (const StatusChange &change : dossier.history)
        if (change.status == DossierStatus::ResultReady || change.status == DossierStatus::Returned)
            return isoDate(DossierStore::counterDay(change.at));
    return {};
}

// SQLite's header: a non-empty file that does not start with it is refused before SQLite may
// touch it (no journal, no -wal file, no rewrite).
bool looksLikeSqlite(const QString &path)
{
    QFile file(path);
    if (!file.exists() || file.size() == 0)
        return true;
    if (!file.open(QIODevice::ReadOnly))
        return true; // SQLite reports the access problem itself
    return file.read(16) == QByteArray("SQLite format 3\0", 16);
}

} // namespace

QString uuidText(const QUuid &uuid)
{
    return uuid.toString(QUuid::WithoutBraces);
}

QByteArray payloadAad(const QUuid &uuid)
{
    return uuidText(uuid).toLatin1();
}

QByteArray holderNameAad(const QUuid &uuid)
{
    return uuidText(uuid).toLatin1() + QByteArrayLiteral("/holder_name");
}

QDate DossierStore::counterDay(const QDateTime &at)
{
    return at.toLocalTime().date();
}

DossierStore::DossierStore(StoreConfig config, sql::Database db)
    : m_config(std::move(config)), m_db(std::move(db)), m_cipher(*m_config.key), m_index(*m_config.key),
      m_auditKey(m_config.key->subkey(QByteArrayLiteral("audit-v1")))
{
}

DossierStore::~DossierStore() = default;

Result<std::unique_ptr<DossierStore>> DossierStore::open(const StoreConfig &config)
{
    if (!config.key) {
        return Error{QStringLiteral("storage.key"), tr("The data key is missing: the dossier database cannot be opened."),
                     QStringLiteral("StoreConfig.key is null")};
    }
    if (Status valid = DossierCodePattern::validate(config.codePattern); !valid)
        return valid.error();
    if (!looksLikeSqlite(config.dbPath)) {
        return Error{QStringLiteral("storage.damaged"),
                     tr("The dossier database is damaged or is not a MotCua Counter database. "
                        "It was left unchanged; call the administrator."),
                     QStringLiteral("no SQLite header: %1").arg(config.dbPath)};
    }
    auto db = sql::Database::open(config.dbPath);
    if (!db)
        return db.error();
    // These touch no file: they come first so that migrations already run with foreign keys.
    const QByteArray connectionSettings = "PRAGMA foreign_keys = ON; PRAGMA busy_timeout = "
                                          + QByteArray::number(kBusyTimeoutMs) + "; PRAGMA synchronous = FULL;"
                                          + " PRAGMA cache_size = -" + QByteArray::number(kCacheSizeKiB) + ";";
    if (Status s = db->exec(connectionSettings); !s)
        return s.error();
    if (Status s = storage::migrate(*db); !s)
        return s.error();
    auto mode = db->prepare(QByteArrayLiteral("PRAGMA journal_mode = WAL"));
    if (!mode)
        return mode.error();
    if (auto row = mode->step(); !row)
        return row.error();
    if (mode->text(0) != QLatin1String("wal")) {
        return Error{QStringLiteral("storage.wal"), sql::storageFailureMessage(),
                     QStringLiteral("journal_mode stayed %1").arg(mode->text(0))};
    }
    mode = sql::Statement();
    qCDebug(lcStorage) << "dossier store opened, schema" << storage::latestSchemaVersion();
    return std::unique_ptr<DossierStore>(new DossierStore(config, std::move(*db)));
}

Status DossierStore::setCacheSize(int kib)
{
    return m_db.exec("PRAGMA cache_size = -" + QByteArray::number(qMax(kib, 256)) + ";");
}

Result<Dossier> DossierStore::save(Dossier dossier, const QString &actor)
{
    sql::Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    if (Status s = saveInTransaction(dossier, actor); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    qCDebug(lcStorage) << "saved dossier" << uuidText(dossier.uuid) << dossier.code << "revision" << dossier.revision;
    return dossier;
}

Result<QList<Dossier>> DossierStore::saveBatch(QList<Dossier> dossiers, const QString &actor)
{
    sql::Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    for (Dossier &dossier : dossiers)
        if (Status s = saveInTransaction(dossier, actor); !s)
            return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return dossiers;
}

Status DossierStore::saveInTransaction(Dossier &dossier, const QString &actor)
{
    if (dossier.procedureId.isEmpty() || !dossier.receivedAt.isValid()) {
        return Error{QStringLiteral("storage.dossier.incomplete"),
                     tr("The dossier cannot be saved: its procedure or its received time is missing."),
                     QStringLiteral("procedureId empty: %1, receivedAt valid: %2")
                         .arg(dossier.procedureId.isEmpty()).arg(dossier.receivedAt.isValid())};
    }
    // A UUID made here is new by construction: only a given one needs the look-up (were it to
    // collide anyway, the UNIQUE constraint on uuid refuses the insert).
    const bool uuidGiven = !dossier.uuid.isNull();
    if (!uuidGiven)
        dossier.uuid = QUuid::createUuid();

    auto existing = m_db.cached(QByteArrayLiteral("SELECT id, revision, code FROM dossiers WHERE uuid = ?1"));
    if (!existing)
        return existing.error();
    bool found = false;
    if (uuidGiven) {
        existing->bind(1, uuidText(dossier.uuid));
        auto row = existing->step();
        if (!row)
            return row.error();
        found = *row;
    }
    const bool isNew = !found;
    qint64 dossierId = isNew ? 0 : existing->int64(0);

    if (!isNew) {
        const int storedRevision = int(existing->int64(1));
        const QString storedCode = existing->text(2);
        if (dossier.revision != storedRevision) {
            return Error{QStringLiteral("storage.dossier.stale"),
                         tr("The dossier %1 was changed meanwhile. Open it again and repeat the change.").arg(storedCode),
                         QStringLiteral("%1: saving revision %2 over %3").arg(uuidText(dossier.uuid)).arg(dossier.revision).arg(storedRevision)};
        }
        if (!dossier.code.isEmpty() && dossier.code != storedCode) {
            return Error{QStringLiteral("storage.dossier.codeChanged"),
                         tr("The code of a saved dossier cannot change."),
                         QStringLiteral("%1: %2 -> %3").arg(uuidText(dossier.uuid), storedCode, dossier.code)};
        }
        dossier.code = storedCode;
        dossier.revision = storedRevision + 1;
    } else {
        dossier.revision = 1;
    }
    existing = sql::Statement(); // release the read before writing

    if (dossier.agencyCode.isEmpty())
        dossier.agencyCode = m_config.agencyCode;
    if (dossier.unit.isEmpty())
        dossier.unit = m_config.unit;
    if (dossier.workstation.isEmpty())
        dossier.workstation = m_config.workstation;
    dossier.receivedAt = dossier.receivedAt.toUTC();
    if (dossier.history.isEmpty())
        dossier.history.append(StatusChange{DossierStatus::Received, dossier.receivedAt, dossier.clerk, {}});
    if (isNew && dossier.code.isEmpty()) {
        auto code = nextCode(dossier);
        if (!code)
            return code.error();
        dossier.code = *code;
    }

    if (Status s = writeDossierRow(dossier, isNew, dossierId); !s)
        return s;
    if (Status s = writeChildren(dossier, dossierId, isNew); !s)
        return s;
    if (Status s = writeSearchTokens(dossier, dossierId, isNew); !s)
        return s;
    if (Status s = appendOutbox(dossier); !s)
        return s;
    return appendAuditInTransaction(actor, isNew ? QStringLiteral("dossier.create") : QStringLiteral("dossier.update"),
                                    dossier.uuid, dossier.revision);
}

Result<QString> DossierStore::nextCode(const Dossier &dossier)
{
    const CodeContext context{dossier.agencyCode, dossier.unit, dossier.workstation};
    const QDate day = counterDay(dossier.receivedAt);
    const QString scope = DossierCodePattern::scope(m_config.codePattern, context, day);
    // The counter row changes in the save's own transaction: a rolled-back save hands its number
    // to the next dossier, a committed one never gives it again.
    auto bump = m_db.cached(QByteArrayLiteral(
        "INSERT INTO code_counters(scope, last_seq) VALUES (?1, 1) "
        "ON CONFLICT(scope) DO UPDATE SET last_seq = last_seq + 1 RETURNING last_seq"));
    if (!bump)
        return bump.error();
    auto taken = m_db.cached(QByteArrayLiteral("SELECT 1 FROM dossiers WHERE code = ?1"));
    if (!taken)
        return taken.error();
    for (int attempt = 0; attempt < kMaxCodeAttempts; ++attempt) {
        bump->reset();
        bump->bind(1, scope);
        auto row = bump->step();
        if (!row)
            return row.error();
        const QString code = DossierCodePattern::format(m_config.codePattern, context, day, bump->int64(0));
        bump->reset();
        taken->reset();
        taken->bind(1, code);
        auto exists = taken->step();
        if (!exists)
            return exists.error();
        if (!*exists)
            return code;
        // Another scope produced the same text (e.g. units "A1"+seq 1 and "A"+seq 11): skip it.
    }
    return Error{QStringLiteral("storage.code.exhausted"), tr("No free dossier code was found. Check the code pattern."),
                 QStringLiteral("scope %1").arg(scope)};
}

Status DossierStore::writeDossierRow(const Dossier &dossier, bool isNew, qint64 &dossierId)
{
    const QByteArray insert = QByteArrayLiteral(
        "INSERT INTO dossiers(uuid, code, procedure_id, revision, status, received_at, received_day, due_date, "
        "result_day, clerk, agency_code, unit, workstation, intake_id, step_order, field_count, reused_field_count, "
        "attachment_count, digitised_count, reused_attachment_count, holder_name, payload) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22)");
    const QByteArray update = QByteArrayLiteral(
        "UPDATE dossiers SET uuid = ?1, code = ?2, procedure_id = ?3, revision = ?4, status = ?5, received_at = ?6, "
        "received_day = ?7, due_date = ?8, result_day = ?9, clerk = ?10, agency_code = ?11, unit = ?12, "
        "workstation = ?13, intake_id = ?14, step_order = ?15, field_count = ?16, reused_field_count = ?17, "
        "attachment_count = ?18, digitised_count = ?19, reused_attachment_count = ?20, holder_name = ?21, "
        "payload = ?22 WHERE id = ?23");
    auto stmt = m_db.cached(isNew ? insert : update);
    if (!stmt)
        return stmt.error();
    const DossierMetrics metrics = metricsOf(dossier);
    stmt->bind(1, uuidText(dossier.uuid))
        .bind(2, dossier.code)
        .bind(3, dossier.procedureId)
        .bind(4, dossier.revision)
        .bind(5, dossierStatusName(dossier.status()))
        .bind(6, isoUtc(dossier.receivedAt))
        .bind(7, isoDate(counterDay(dossier.receivedAt)))
        .bindTextOrNull(8, isoDate(dossier.dueDate))
        .bindTextOrNull(9, resultDay(dossier))
        .bind(10, dossier.clerk)
        .bind(11, dossier.agencyCode)
        .bind(12, dossier.unit)
        .bind(13, dossier.workstation)
        .bindTextOrNull(14, dossier.intakeId.isNull() ? QString() : uuidText(dossier.intakeId))
        .bind(15, dossier.stepOrder)
        .bind(16, metrics.fieldCount)
        .bind(17, metrics.reusedFieldCount)
        .bind(18, metrics.attachmentCount)
        .bind(19, metrics.digitisedCount)
        .bind(20, metrics.reusedAttachmentCount)
        .bind(21, m_cipher.encrypt(dossier.holderName().toUtf8(), holderNameAad(dossier.uuid)))
        .bind(22, m_cipher.encrypt(dossierToBytes(dossier), payloadAad(dossier.uuid)));
    if (!isNew)
        stmt->bind(23, dossierId);
    if (Status s = stmt->run(); !s)
        return s;
    if (isNew)
        dossierId = m_db.lastInsertRowId();
    return Status::success();
}

Status DossierStore::writeChildren(const Dossier &dossier, qint64 dossierId, bool isNew)
{
    if (!isNew) {
        for (const QByteArray &sql : {QByteArrayLiteral("DELETE FROM attachments WHERE dossier_id = ?1"),
                                      QByteArrayLiteral("DELETE FROM status_history WHERE dossier_id = ?1")}) {
            auto clear = m_db.cached(sql);
            if (!clear)
                return clear.error();
            clear->bind(1, dossierId);
            if (Status s = clear->run(); !s)
                return s;
        }
    }
    // No file names here: they may name the citizen, and live only in the encrypted payload.
    auto attachment = m_db.cached(QByteArrayLiteral(
        "INSERT INTO attachments(dossier_id, position, sha256, size, document_id, mime_type, pages, original_seen, "
        "reused, reused_from) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"));
    if (!attachment)
        return attachment.error();
    for (int i = 0; i < dossier.attachments.size(); ++i) {
        const Attachment &a = dossier.attachments.at(i);
        attachment->reset();
        attachment->bind(1, dossierId).bind(2, i)
            .bindTextOrNull(3, a.sha256)
            .bind(4, a.size).bind(5, a.documentId).bind(6, a.mimeType).bind(7, a.pages)
            .bind(8, int(a.originalSeen)).bind(9, int(a.reused))
            .bindTextOrNull(10, a.reusedFromDossier.isNull() ? QString() : uuidText(a.reusedFromDossier));
        if (Status s = attachment->run(); !s)
            return s;
    }
    auto history = m_db.cached(QByteArrayLiteral(
        "INSERT INTO status_history(dossier_id, position, status, at, actor) VALUES (?1, ?2, ?3, ?4, ?5)"));
    if (!history)
        return history.error();
    for (int i = 0; i < dossier.history.size(); ++i) {
        const StatusChange &change = dossier.history.at(i);
        history->reset();
        history->bind(1, dossierId).bind(2, i).bind(3, dossierStatusName(change.status))
            .bind(4, isoUtc(change.at)).bind(5, change.actor);
        if (Status s = history->run(); !s)
            return s;
    }
    return Status::success();
}

Result<std::optional<Dossier>> DossierStore::byUuid(const QUuid &uuid)
{
    if (uuid.isNull())
        return std::optional<Dossier>();
    return loadWhere(QByteArrayLiteral("uuid = ?1"), uuidText(uuid));
}

Result<std::optional<Dossier>> DossierStore::byCode(const QString &code)
{
    return loadWhere(QByteArrayLiteral("code = ?1"), code.trimmed());
}

Result<std::optional<Dossier>> DossierStore::loadWhere(const QByteArray &where, const QString &value)
{
    auto stmt = m_db.cached("SELECT uuid, payload FROM dossiers WHERE " + where);
    if (!stmt)
        return stmt.error();
    stmt->bind(1, value);
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<Dossier>();
    auto dossier = decryptPayload(QUuid::fromString(stmt->text(0)), stmt->blob(1));
    if (!dossier)
        return dossier.error();
    return std::optional<Dossier>(std::move(*dossier));
}

Result<Dossier> DossierStore::decryptPayload(const QUuid &uuid, const QByteArray &payload) const
{
    auto plain = m_cipher.decrypt(payload, payloadAad(uuid));
    if (!plain) {
        qCWarning(lcStorage) << "payload of dossier" << uuidText(uuid) << "does not decrypt:" << plain.error().detail;
        return Error{QStringLiteral("storage.payload.damaged"),
                     tr("The dossier's data is damaged or was altered and cannot be shown. Run the database check."),
                     QStringLiteral("dossier %1: %2").arg(uuidText(uuid), plain.error().detail)};
    }
    auto dossier = dossierFromBytes(*plain);
    if (!dossier)
        return dossier.error();
    if (dossier->uuid != uuid) {
        return Error{QStringLiteral("storage.payload.mismatch"),
                     tr("The dossier's data is damaged or was altered and cannot be shown. Run the database check."),
                     QStringLiteral("dossier %1: payload names another uuid").arg(uuidText(uuid))};
    }
    return dossier;
}

} // namespace motcua
