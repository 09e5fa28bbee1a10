#pragma once
// The baseline the store is measured against: the same rows written with the bare sqlite3 C API,
// in plain text, with the same durability (WAL, synchronous=FULL), the same page cache, the same
// transactions (a batch, or one per row) and the index entries the same queries need: holder ID,
// folded full name (exact matches first), a word table for folded-name words, counter day and
// unit, due day and unit. The payload column holds as many bytes as the store's sealed payload
// (the plain JSON, then FieldCipher's overhead). What the ratio then shows is the cost of our
// layers: encryption, blind indexes, token counts, attachments and history rows, audit, outbox.
#include "dossier/Dossier.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

struct sqlite3;
struct sqlite3_stmt;

namespace motcua::bench {

class RawSqliteBaseline {
public:
    explicit RawSqliteBaseline(const QString &path); // exits the benchmark on failure
    ~RawSqliteBaseline();
    RawSqliteBaseline(const RawSqliteBaseline &) = delete;
    RawSqliteBaseline &operator=(const RawSqliteBaseline &) = delete;

    // One transaction; `firstIndex` numbers the rows (their codes are "RAW-<index>").
    void insertBatch(const QList<Dossier> &dossiers, qint64 firstIndex);

    int findById12(const QString &id12);             // summaries found
    bool byCode(const QString &code);                // the payload parsed back into a Dossier
    // Exact folded full names first, then rows holding every word, up to 200 rows.
    int findByName(const QString &foldedQuery);
    int dailyReport(const QDate &day, const QString &unit); // rows of the report

    static QString codeFor(qint64 index) { return QStringLiteral("RAW-%1").arg(index); }

private:
    void exec(const char *sql);
    sqlite3_stmt *prepare(const char *sql);
    sqlite3_stmt *nameQuery(int words);

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_insert = nullptr;
    sqlite3_stmt *m_insertWord = nullptr;
    sqlite3_stmt *m_byId12 = nullptr;
    sqlite3_stmt *m_byFullName = nullptr;
    sqlite3_stmt *m_byCode = nullptr;
    sqlite3_stmt *m_report = nullptr;
    sqlite3_stmt *m_due = nullptr;
    QList<sqlite3_stmt *> m_nameQueries; // index = word count
};

} // namespace motcua::bench
