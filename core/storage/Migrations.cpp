#include "storage/Migrations.h"

#include "common/Logging.h"

#include <QCoreApplication>

#include <array>

namespace motcua::storage {

namespace {

// Personal data lives only in the encrypted columns (payload, holder_name) and as blind-index
// tokens; everything in clear is what reports and sync need: codes, procedures, counts, dates.
// dossiers has an integer key beside its UUID so that the millions of search_tokens rows stay small.
constexpr const char *kVersion1 = R"sql(
CREATE TABLE dossiers (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE,
  code TEXT NOT NULL UNIQUE COLLATE NOCASE,
  procedure_id TEXT NOT NULL,
  revision INTEGER NOT NULL CHECK (revision >= 1),
  status TEXT NOT NULL,
  received_at TEXT NOT NULL,
  received_day TEXT NOT NULL,
  due_date TEXT,
  result_day TEXT,
  clerk TEXT NOT NULL,
  agency_code TEXT NOT NULL,
  unit TEXT NOT NULL,
  workstation TEXT NOT NULL,
  intake_id TEXT,
  step_order INTEGER NOT NULL DEFAULT 0,
  field_count INTEGER NOT NULL,
  reused_field_count INTEGER NOT NULL,
  attachment_count INTEGER NOT NULL,
  digitised_count INTEGER NOT NULL,
  reused_attachment_count INTEGER NOT NULL,
  holder_name BLOB NOT NULL,
  payload BLOB NOT NULL
);
CREATE INDEX dossiers_received ON dossiers(received_day, unit);
CREATE INDEX dossiers_due ON dossiers(due_date, unit);
CREATE INDEX dossiers_received_at ON dossiers(received_at);
CREATE INDEX dossiers_intake ON dossiers(intake_id) WHERE intake_id IS NOT NULL;

-- WITHOUT ROWID tables declare their key columns first, in key order: SQLite 3.40.0-3.41.0
-- integrity_check reports false "NULL value" errors otherwise.
CREATE TABLE search_tokens (
  token BLOB NOT NULL,
  dossier_id INTEGER NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
  kind INTEGER NOT NULL,
  PRIMARY KEY (token, dossier_id)
) WITHOUT ROWID;
CREATE INDEX search_tokens_dossier ON search_tokens(dossier_id);

CREATE TABLE token_counts (
  token BLOB PRIMARY KEY,
  n INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE attachments (
  dossier_id INTEGER NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  sha256 TEXT,
  size INTEGER NOT NULL,
  document_id TEXT NOT NULL,
  mime_type TEXT NOT NULL,
  pages INTEGER NOT NULL,
  original_seen INTEGER NOT NULL,
  reused INTEGER NOT NULL,
  reused_from TEXT,
  PRIMARY KEY (dossier_id, position)
) WITHOUT ROWID;
CREATE INDEX attachments_sha256 ON attachments(sha256) WHERE sha256 IS NOT NULL;

CREATE TABLE status_history (
  dossier_id INTEGER NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  status TEXT NOT NULL,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  PRIMARY KEY (dossier_id, position)
) WITHOUT ROWID;

CREATE TABLE code_counters (
  scope TEXT PRIMARY KEY,
  last_seq INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE outbox (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  dossier_uuid TEXT NOT NULL REFERENCES dossiers(uuid),
  revision INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sent', 'failed')),
  attempts INTEGER NOT NULL DEFAULT 0,
  last_error TEXT,
  UNIQUE (dossier_uuid, revision)
);
CREATE INDEX outbox_waiting ON outbox(state, id) WHERE state <> 'sent';

CREATE TABLE audit (
  seq INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  dossier_uuid TEXT,
  revision INTEGER,
  prev_hash BLOB NOT NULL,
  hash BLOB NOT NULL
);
CREATE INDEX audit_dossier ON audit(dossier_uuid, revision);
-- Append-only: an edit needs a deliberate DROP TRIGGER, and the hash chain still shows it.
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END;
)sql";

// token_counts keeps name words only (the counts a name search ranks its words by).
// outbox_waiting becomes an index in drain order: on (state, id) the planner walked every sent
// row by rowid to find the few waiting ones.
constexpr const char *kVersion2 = R"sql(
DELETE FROM token_counts WHERE NOT EXISTS
  (SELECT 1 FROM search_tokens s WHERE s.token = token_counts.token AND s.kind = 2);
DROP INDEX outbox_waiting;
CREATE INDEX outbox_waiting ON outbox(id) WHERE state <> 'sent';
)sql";

// Sync (issue 5): each dossier's sync state, shown to the clerk and counted by the admin tool, and
// the change feed's cursor. saved_at is when the oldest revision not yet on the server was saved
// ("unsynced for N days"). Existing dossiers start waiting if their outbox has unsent rows.
constexpr const char *kVersion3 = R"sql(
CREATE TABLE sync_state (
  dossier_uuid TEXT PRIMARY KEY REFERENCES dossiers(uuid),
  state TEXT NOT NULL CHECK (state IN ('waiting', 'uploading', 'synced', 'rejected')),
  percent INTEGER NOT NULL DEFAULT 0 CHECK (percent BETWEEN 0 AND 100),
  error_code TEXT,
  error_message TEXT,
  saved_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX sync_state_unsynced ON sync_state(saved_at) WHERE state <> 'synced';
CREATE TABLE sync_meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;
INSERT INTO sync_state(dossier_uuid, state, saved_at, updated_at)
  SELECT d.uuid,
         CASE WHEN EXISTS (SELECT 1 FROM outbox o WHERE o.dossier_uuid = d.uuid AND o.state <> 'sent')
              THEN 'waiting' ELSE 'synced' END,
         COALESCE((SELECT min(o.created_at) FROM outbox o WHERE o.dossier_uuid = d.uuid AND o.state <> 'sent'),
                  d.received_at),
         strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
  FROM dossiers d;
)sql";

const std::array<const char *, 3> kSteps{kVersion1, kVersion2, kVersion3};

// lupdate files a string under the class whose tr() is called: this one names the context.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Storage)
};

Error notOurs(const QString &detail)
{
    return Error{QStringLiteral("storage.foreign"),
                 Text::tr("This file is not a MotCua Counter database. It was left unchanged; check the data folder."),
                 detail};
}

} // namespace

int latestSchemaVersion()
{
    return int(kSteps.size());
}

Status migrate(sql::Database &db)
{
    // Reading the header first: a file that is not a database fails here, before anything writes.
    auto version = db.queryInt(QByteArrayLiteral("PRAGMA user_version"));
    if (!version)
        return version.error();
    auto applicationId = db.queryInt(QByteArrayLiteral("PRAGMA application_id"));
    if (!applicationId)
        return applicationId.error();

    if (*version > latestSchemaVersion()) {
        return Error{QStringLiteral("storage.newer"),
                     Text::tr("The dossier database was written by a newer version of MotCua Counter. "
                        "Update this workstation; the database was left unchanged."),
                     QStringLiteral("user_version %1, this build knows up to %2").arg(*version).arg(latestSchemaVersion())};
    }
    if (*version == 0) {
        auto objects = db.queryInt(QByteArrayLiteral("SELECT count(*) FROM sqlite_schema"));
        if (!objects)
            return objects.error();
        if (*objects > 0 || (*applicationId != 0 && *applicationId != kApplicationId))
            return notOurs(QStringLiteral("user_version 0 with %1 schema objects, application_id %2").arg(*objects).arg(*applicationId));
    } else if (*applicationId != kApplicationId) {
        return notOurs(QStringLiteral("application_id %1").arg(*applicationId));
    }

    for (qint64 step = *version; step < latestSchemaVersion(); ++step) {
        sql::Transaction tx(db);
        if (Status s = tx.begin(); !s)
            return s;
        if (Status s = db.exec(QByteArray(kSteps[size_t(step)])); !s)
            return s;
        const QByteArray setVersion = "PRAGMA user_version = " + QByteArray::number(step + 1)
                                      + "; PRAGMA application_id = " + QByteArray::number(kApplicationId);
        if (Status s = db.exec(setVersion); !s)
            return s;
        if (Status s = tx.commit(); !s)
            return s;
        qCInfo(lcStorage) << "schema migrated to version" << step + 1;
    }
    return Status::success();
}

} // namespace motcua::storage
