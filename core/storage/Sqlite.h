#pragma once
// A thin RAII layer over the sqlite3 C API. Every SQLite failure becomes an Error whose detail
// carries SQLite's own message (never bound values: they may be personal data).
#include "common/Result.h"

#include <QByteArray>
#include <QString>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace motcua::sql {

class Statement;
struct StatementCache;

class Database {
public:
    Database() = default;
    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;
    ~Database();

    // Opens (creating when missing) a database file. Opening does not read the file: a file that is
    // not a database shows up at the first statement, and nothing here ever rewrites it.
    static Result<Database> open(const QString &path);

    bool isOpen() const { return m_db != nullptr; }
    sqlite3 *handle() const { return m_db; }
    const QString &path() const { return m_path; }

    // Runs one or more statements without results.
    Status exec(const QByteArray &sql);
    Result<Statement> prepare(const QByteArray &sql);
    // The same, parsed once per connection (SQLITE_PREPARE_PERSISTENT) for the hot paths: saves
    // and look-ups run a dozen statements each, and parsing them cost more than running them.
    // The Statement goes back to the cache when destroyed, reset (its read ends there, so no
    // forgotten cursor holds back WAL checkpoints) and with its bindings cleared. A second use
    // of the same SQL while the first is alive gets a statement of its own.
    // SQLite re-prepares a cached statement by itself after a schema change.
    Result<Statement> cached(const QByteArray &sql);
    int cachedStatementCount() const; // idle statements in the cache (for tests)
    // The single integer a query such as "PRAGMA user_version" returns.
    Result<qint64> queryInt(const QByteArray &sql);

    qint64 lastInsertRowId() const;
    int changes() const;

    // An Error for SQLite's current error on this connection, under the given code and message.
    Error lastError(const QString &code, const QString &message, const QByteArray &sql = {}) const;

private:
    void closeConnection();

    sqlite3 *m_db = nullptr;
    QString m_path;
    std::shared_ptr<StatementCache> m_cache; // shared with the statements lent out (weakly)
};

class Statement {
public:
    Statement() = default;
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    ~Statement();

    // Parameters are 1-based, as in SQLite.
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, const QString &value);  // always text (a null QString binds '')
    Statement &bindTextOrNull(int index, const QString &value); // an empty QString binds NULL
    Statement &bind(int index, const QByteArray &blob); // a null QByteArray binds NULL
    Statement &bindNull(int index);

    // true: a row is ready; false: done. Errors (including a failed bind) come out here.
    Result<bool> step();
    // Steps to the end (for statements without rows).
    Status run();
    // Ready to run again with new bindings.
    void reset();

    bool isNull(int column) const;
    qint64 int64(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;

private:
    friend class Database;
    Statement(sqlite3 *db, sqlite3_stmt *stmt) : m_db(db), m_stmt(stmt) {}
    Error error(int rc) const;
    void release(); // back to the cache it came from, else finalized

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    int m_bindError = 0; // the first failed bind, reported by step()
    std::weak_ptr<StatementCache> m_cache; // set when lent by Database::cached()
    QByteArray m_cacheKey;
};

// BEGIN IMMEDIATE in begin(), ROLLBACK in the destructor unless commit() succeeded.
class Transaction {
public:
    explicit Transaction(Database &db) : m_db(db) {}
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    ~Transaction();

    Status begin();
    Status commit();

private:
    Database &m_db;
    bool m_active = false;
};

// The clerk-readable message for storage failures: one sentence, the detail goes to the log.
QString storageFailureMessage();

} // namespace motcua::sql
