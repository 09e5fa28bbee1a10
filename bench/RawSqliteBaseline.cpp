#include "RawSqliteBaseline.h"

#include "dossier/DossierJson.h"
#include "security/FieldCipher.h"
#include "text/Folding.h"

#include <QUuid>

#include <sqlite3.h>

#include <cstdio>
#include <cstdlib>

namespace motcua::bench {
namespace {

[[noreturn]] void die(sqlite3 *db, const char *what)
{
    std::fprintf(stderr, "raw sqlite3 baseline: %s: %s\n", what, db ? sqlite3_errmsg(db) : "no database");
    std::exit(3);
}

void bindText(sqlite3_stmt *stmt, int index, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

QString columnText(sqlite3_stmt *stmt, int column)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, column)), sqlite3_column_bytes(stmt, column));
}

// The page cache is the store's (DossierStore::kCacheSizeKiB): the ratio is about our layers, not
// about tuning.
const char *const kSchema = R"(
PRAGMA journal_mode=WAL;
PRAGMA synchronous=FULL;
PRAGMA cache_size=-65536;
CREATE TABLE IF NOT EXISTS dossier(
  id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, code TEXT NOT NULL UNIQUE, procedure_id TEXT NOT NULL,
  unit TEXT, clerk TEXT, received_at TEXT, received_day TEXT, due_date TEXT, status INTEGER,
  holder_id12 TEXT, holder_name TEXT, name_folded TEXT, field_count INTEGER, reused_field_count INTEGER,
  attachment_count INTEGER, digitised_count INTEGER, payload BLOB NOT NULL);
CREATE INDEX IF NOT EXISTS dossier_id12 ON dossier(holder_id12);
CREATE INDEX IF NOT EXISTS dossier_name ON dossier(name_folded);
CREATE INDEX IF NOT EXISTS dossier_day ON dossier(received_day, unit);
CREATE INDEX IF NOT EXISTS dossier_due ON dossier(due_date, unit);
CREATE TABLE IF NOT EXISTS name_word(word TEXT NOT NULL, dossier_id INTEGER NOT NULL,
  PRIMARY KEY(word, dossier_id)) WITHOUT ROWID;
)";

} // namespace

RawSqliteBaseline::RawSqliteBaseline(const QString &path)
{
    if (sqlite3_open(path.toUtf8().constData(), &m_db) != SQLITE_OK)
        die(m_db, "open");
    exec(kSchema);
    m_insert = prepare("INSERT INTO dossier(uuid, code, procedure_id, unit, clerk, received_at, received_day, due_date,"
                       " status, holder_id12, holder_name, field_count, reused_field_count, attachment_count,"
                       " digitised_count, payload, name_folded)"
                       " VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17)");
    m_insertWord = prepare("INSERT OR IGNORE INTO name_word(word, dossier_id) VALUES(?1, ?2)");
    m_byId12 = prepare("SELECT uuid, code, procedure_id, status, received_at, due_date, holder_name, clerk"
                       " FROM dossier WHERE holder_id12 = ?1 ORDER BY received_at DESC LIMIT 200");
    m_byFullName = prepare("SELECT id FROM dossier WHERE name_folded = ?1 ORDER BY id DESC LIMIT 200");
    m_byCode = prepare("SELECT payload FROM dossier WHERE code = ?1");
    m_report = prepare("SELECT procedure_id, clerk, COUNT(*), SUM(field_count), SUM(reused_field_count),"
                       " SUM(attachment_count), SUM(digitised_count) FROM dossier"
                       " WHERE received_day = ?1 AND unit = ?2 GROUP BY procedure_id, clerk");
    m_due = prepare("SELECT procedure_id, clerk, COUNT(*) FROM dossier WHERE due_date = ?1 AND unit = ?2"
                    " GROUP BY procedure_id, clerk");
}

RawSqliteBaseline::~RawSqliteBaseline()
{
    for (sqlite3_stmt *stmt : {m_insert, m_insertWord, m_byId12, m_byFullName, m_byCode, m_report, m_due})
        sqlite3_finalize(stmt);
    for (sqlite3_stmt *stmt : std::as_const(m_nameQueries))
        sqlite3_finalize(stmt);
    sqlite3_close(m_db);
}

void RawSqliteBaseline::exec(const char *sql)
{
    char *message = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        std::fprintf(stderr, "raw sqlite3 baseline: %s\n", message ? message : "exec failed");
        std::exit(3);
    }
}

sqlite3_stmt *RawSqliteBaseline::prepare(const char *sql)
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr) != SQLITE_OK)
        die(m_db, sql);
    return stmt;
}

void RawSqliteBaseline::insertBatch(const QList<Dossier> &dossiers, qint64 firstIndex)
{
    exec("BEGIN IMMEDIATE");
    qint64 index = firstIndex;
    for (const Dossier &d : dossiers) {
        const DossierMetrics metrics = metricsOf(d);
        const DossierParty *holder = d.holder();
        const QString name = holder ? holder->person.text(PersonKey::fullName) : QString();
        sqlite3_reset(m_insert);
        bindText(m_insert, 1, QUuid::createUuid().toString(QUuid::WithoutBraces));
        bindText(m_insert, 2, codeFor(index++));
        bindText(m_insert, 3, d.procedureId);
        bindText(m_insert, 4, d.unit);
        bindText(m_insert, 5, d.clerk);
        bindText(m_insert, 6, d.receivedAt.toString(Qt::ISODate));
        bindText(m_insert, 7, d.receivedAt.toLocalTime().date().toString(Qt::ISODate));
        bindText(m_insert, 8, d.dueDate.toString(Qt::ISODate));
        sqlite3_bind_int(m_insert, 9, int(d.status()));
        bindText(m_insert, 10, holder ? holder->person.text(PersonKey::id12) : QString());
        bindText(m_insert, 11, name);
        sqlite3_bind_int(m_insert, 12, metrics.fieldCount);
        sqlite3_bind_int(m_insert, 13, metrics.reusedFieldCount);
        sqlite3_bind_int(m_insert, 14, metrics.attachmentCount);
        sqlite3_bind_int(m_insert, 15, metrics.digitisedCount);
        // As many bytes as the store's sealed payload: version byte, nonce and tag, here as padding.
        const QByteArray payload = dossierToBytes(d) + QByteArray(FieldCipher::kOverhead, '\0');
        sqlite3_bind_blob(m_insert, 16, payload.constData(), int(payload.size()), SQLITE_TRANSIENT);
        bindText(m_insert, 17, text::folded(name));
        if (sqlite3_step(m_insert) != SQLITE_DONE)
            die(m_db, "insert dossier");
        const sqlite3_int64 id = sqlite3_last_insert_rowid(m_db);
        for (const QString &word : text::foldedWords(name)) {
            sqlite3_reset(m_insertWord);
            bindText(m_insertWord, 1, word);
            sqlite3_bind_int64(m_insertWord, 2, id);
            if (sqlite3_step(m_insertWord) != SQLITE_DONE)
                die(m_db, "insert word");
        }
    }
    exec("COMMIT");
}

int RawSqliteBaseline::findById12(const QString &id12)
{
    sqlite3_reset(m_byId12);
    bindText(m_byId12, 1, id12);
    int found = 0;
    while (sqlite3_step(m_byId12) == SQLITE_ROW) {
        found += columnText(m_byId12, 6).isEmpty() ? 0 : 1; // read the columns, as a real caller would
        (void)columnText(m_byId12, 1);
    }
    return found;
}

bool RawSqliteBaseline::byCode(const QString &code)
{
    sqlite3_reset(m_byCode);
    bindText(m_byCode, 1, code);
    if (sqlite3_step(m_byCode) != SQLITE_ROW)
        return false;
    const int size = sqlite3_column_bytes(m_byCode, 0) - FieldCipher::kOverhead;
    const QByteArray payload(static_cast<const char *>(sqlite3_column_blob(m_byCode, 0)), qMax(0, size));
    sqlite3_reset(m_byCode); // end the read: an open one holds back WAL checkpoints
    return dossierFromBytes(payload).ok();
}

sqlite3_stmt *RawSqliteBaseline::nameQuery(int words)
{
    while (m_nameQueries.size() <= words)
        m_nameQueries.append(nullptr);
    if (!m_nameQueries[words]) {
        QByteArray sql = "SELECT d.uuid, d.code, d.holder_name, d.received_at FROM dossier d WHERE d.id IN (";
        for (int i = 1; i <= words; ++i) {
            if (i > 1)
                sql += " INTERSECT ";
            sql += "SELECT dossier_id FROM name_word WHERE word = ?" + QByteArray::number(i);
        }
        sql += ") ORDER BY d.id DESC LIMIT 200";
        m_nameQueries[words] = prepare(sql.constData());
    }
    return m_nameQueries[words];
}

int RawSqliteBaseline::findByName(const QString &foldedQuery)
{
    const QStringList words = text::foldedWords(foldedQuery);
    if (words.isEmpty())
        return 0;
    // Exact full names first, as the store answers (the ids only: the rows come with the others).
    sqlite3_reset(m_byFullName);
    bindText(m_byFullName, 1, words.join(QLatin1Char(' ')));
    int found = 0;
    while (sqlite3_step(m_byFullName) == SQLITE_ROW)
        found += sqlite3_column_int64(m_byFullName, 0) > 0 ? 1 : 0;
    sqlite3_stmt *stmt = nameQuery(int(words.size()));
    sqlite3_reset(stmt);
    for (int i = 0; i < words.size(); ++i)
        bindText(stmt, i + 1, words[i]);
    found = 0; // the exact matches are among these rows
    while (sqlite3_step(stmt) == SQLITE_ROW)
        found += columnText(stmt, 2).isEmpty() ? 0 : 1;
    return found;
}

int RawSqliteBaseline::dailyReport(const QDate &day, const QString &unit)
{
    int rows = 0;
    for (sqlite3_stmt *stmt : {m_report, m_due}) {
        sqlite3_reset(stmt);
        bindText(stmt, 1, day.toString(Qt::ISODate));
        bindText(stmt, 2, unit);
        while (sqlite3_step(stmt) == SQLITE_ROW)
            rows += sqlite3_column_int(stmt, 2) > 0 ? 1 : 0;
    }
    return rows;
}

} // namespace motcua::bench
