#include "storage/Sqlite.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>

#include <sqlite3.h>

#include <utility>

namespace motcua::sql {

namespace {

// lupdate files a string under the class whose tr() is called: this one names the context.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Storage)
};

// Some failures need the clerk (or the admin) to act: say which, instead of a generic sentence.
Error sqliteError(sqlite3 *db, int rc, QString code, QString message, const QByteArray &sql)
{
    const int primary = rc & 0xff;
    if (primary == SQLITE_NOTADB || primary == SQLITE_CORRUPT) {
        code = QStringLiteral("storage.damaged");
        message = Text::tr("The dossier database is damaged or is not a MotCua Counter database. "
                     "It was left unchanged; call the administrator.");
    } else if (primary == SQLITE_FULL) {
        code = QStringLiteral("storage.full");
        message = Text::tr("The disk is full: the dossier could not be saved. Free some space and try again.");
    } else if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED) {
        code = QStringLiteral("storage.busy");
        message = Text::tr("The dossier database is busy. Try again in a moment.");
    } else if (primary == SQLITE_READONLY || primary == SQLITE_PERM || primary == SQLITE_CANTOPEN) {
        code = QStringLiteral("storage.access");
        message = Text::tr("The dossier database cannot be opened for writing. Check the data folder's permissions.");
    }
    QString detail = QStringLiteral("sqlite %1 (%2): %3")
                         .arg(rc)
                         .arg(QString::fromUtf8(sqlite3_errstr(rc)),
                              db ? QString::fromUtf8(sqlite3_errmsg(db)) : QStringLiteral("no connection"));
    if (!sql.isEmpty())
        detail += QStringLiteral(" in: ") + QString::fromUtf8(sql.left(120));
    return Error{code, message, detail};
}

} // namespace

// The idle prepared statements of one connection, by SQL text.
struct StatementCache {
    QHash<QByteArray, sqlite3_stmt *> idle;
    StatementCache() = default;
    StatementCache(const StatementCache &) = delete;
    StatementCache &operator=(const StatementCache &) = delete;
    ~StatementCache()
    {
        for (sqlite3_stmt *stmt : std::as_const(idle))
            sqlite3_finalize(stmt);
    }
};

QString storageFailureMessage()
{
    return Text::tr("The dossier database could not be read or written.");
}

// --- Database ---------------------------------------------------------------------------------

Database::Database(Database &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_path(std::move(other.m_path)), m_cache(std::move(other.m_cache))
{
}

Database &Database::operator=(Database &&other) noexcept
{
    if (this != &other) {
        closeConnection();
        m_db = std::exchange(other.m_db, nullptr);
        m_path = std::move(other.m_path);
        m_cache = std::move(other.m_cache);
    }
    return *this;
}

Database::~Database()
{
    closeConnection();
}

void Database::closeConnection()
{
    // The idle statements are finalized first; a statement still lent out is finalized when its
    // owner lets it go, and close_v2 waits for that.
    m_cache.reset();
    if (m_db)
        sqlite3_close_v2(std::exchange(m_db, nullptr));
}

Result<Database> Database::open(const QString &path)
{
    Database db;
    db.m_path = path;
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &db.m_db,
                                   SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK)
        return sqliteError(db.m_db, rc, QStringLiteral("storage.open"), storageFailureMessage(), {});
    sqlite3_extended_result_codes(db.m_db, 1);
    return db;
}

Status Database::exec(const QByteArray &sql)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, sql.constData(), nullptr, nullptr, &message);
    sqlite3_free(message); // sqlite3_errmsg still holds it
    if (rc != SQLITE_OK)
        return sqliteError(m_db, rc, QStringLiteral("storage.sql"), storageFailureMessage(), sql);
    return Status::success();
}

Result<Statement> Database::prepare(const QByteArray &sql)
{
    sqlite3_stmt *stmt = nullptr;
    const int rc = sqlite3_prepare_v2(m_db, sql.constData(), int(sql.size()), &stmt, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(stmt);
        return sqliteError(m_db, rc, QStringLiteral("storage.sql"), storageFailureMessage(), sql);
    }
    return Statement(m_db, stmt);
}

Result<Statement> Database::cached(const QByteArray &sql)
{
    if (!m_cache)
        m_cache = std::make_shared<StatementCache>();
    sqlite3_stmt *stmt = m_cache->idle.take(sql);
    if (!stmt) {
        const int rc = sqlite3_prepare_v3(m_db, sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
        if (rc != SQLITE_OK) {
            sqlite3_finalize(stmt);
            return sqliteError(m_db, rc, QStringLiteral("storage.sql"), storageFailureMessage(), sql);
        }
    }
    Statement lent(m_db, stmt);
    lent.m_cache = m_cache;
    lent.m_cacheKey = sql;
    return lent;
}

int Database::cachedStatementCount() const
{
    return m_cache ? int(m_cache->idle.size()) : 0;
}

Result<qint64> Database::queryInt(const QByteArray &sql)
{
    auto stmt = prepare(sql);
    if (!stmt)
        return stmt.error();
    const auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return Error{QStringLiteral("storage.sql"), storageFailureMessage(), QStringLiteral("no row from: ") + QString::fromUtf8(sql)};
    return stmt->int64(0);
}

qint64 Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

Error Database::lastError(const QString &code, const QString &message, const QByteArray &sql) const
{
    return sqliteError(m_db, sqlite3_extended_errcode(m_db), code, message, sql);
}

// --- Statement --------------------------------------------------------------------------------

Statement::Statement(Statement &&other) noexcept
    : m_db(other.m_db), m_stmt(std::exchange(other.m_stmt, nullptr)), m_bindError(other.m_bindError),
      m_cache(std::move(other.m_cache)), m_cacheKey(std::move(other.m_cacheKey))
{
}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        release();
        m_db = other.m_db;
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_bindError = other.m_bindError;
        m_cache = std::move(other.m_cache);
        m_cacheKey = std::move(other.m_cacheKey);
    }
    return *this;
}

Statement::~Statement()
{
    release();
}

void Statement::release()
{
    sqlite3_stmt *stmt = std::exchange(m_stmt, nullptr);
    if (!stmt)
        return;
    if (const std::shared_ptr<StatementCache> cache = m_cache.lock()) {
        if (!cache->idle.contains(m_cacheKey)) {
            sqlite3_reset(stmt);
            sqlite3_clear_bindings(stmt);
            cache->idle.insert(m_cacheKey, stmt);
            stmt = nullptr;
        }
    }
    m_cache.reset();
    sqlite3_finalize(stmt);
}

Statement &Statement::bind(int index, qint64 value)
{
    const int rc = sqlite3_bind_int64(m_stmt, index, value);
    if (rc != SQLITE_OK && !m_bindError)
        m_bindError = rc;
    return *this;
}

Statement &Statement::bindTextOrNull(int index, const QString &value)
{
    return value.isEmpty() ? bindNull(index) : bind(index, value);
}

Statement &Statement::bind(int index, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    // A null data pointer would bind NULL: an empty text must stay text.
    const int rc = sqlite3_bind_text(m_stmt, index, utf8.isEmpty() ? "" : utf8.constData(), int(utf8.size()),
                                     SQLITE_TRANSIENT);
    if (rc != SQLITE_OK && !m_bindError)
        m_bindError = rc;
    return *this;
}

Statement &Statement::bind(int index, const QByteArray &blob)
{
    if (blob.isNull())
        return bindNull(index);
    // An empty non-null blob must stay a blob, not NULL: give SQLite a valid pointer.
    static const char empty = 0;
    const int rc = sqlite3_bind_blob(m_stmt, index, blob.isEmpty() ? &empty : blob.constData(), int(blob.size()),
                                     SQLITE_TRANSIENT);
    if (rc != SQLITE_OK && !m_bindError)
        m_bindError = rc;
    return *this;
}

Statement &Statement::bindNull(int index)
{
    const int rc = sqlite3_bind_null(m_stmt, index);
    if (rc != SQLITE_OK && !m_bindError)
        m_bindError = rc;
    return *this;
}

Result<bool> Statement::step()
{
    if (m_bindError)
        return error(m_bindError);
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    return error(rc);
}

Status Statement::run()
{
    for (;;) {
        const auto row = step();
        if (!row)
            return row.error();
        if (!*row)
            return Status::success();
    }
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_bindError = 0;
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

QString Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return {};
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

QByteArray Statement::blob(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    const int size = sqlite3_column_bytes(m_stmt, column);
    if (!data)
        return isNull(column) ? QByteArray() : QByteArray("", 0);
    return QByteArray(data, size);
}

Error Statement::error(int rc) const
{
    const char *sql = sqlite3_sql(m_stmt);
    return sqliteError(m_db, rc, QStringLiteral("storage.sql"), storageFailureMessage(),
                       sql ? QByteArray(sql) : QByteArray());
}

// --- Transaction ------------------------------------------------------------------------------

Transaction::~Transaction()
{
    if (m_active)
        sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

Status Transaction::begin()
{
    // IMMEDIATE takes the write lock now: two writers wait for each other (busy_timeout)
    // instead of failing half-way through with SQLITE_BUSY on upgrade.
    auto begin = m_db.cached(QByteArrayLiteral("BEGIN IMMEDIATE"));
    if (!begin)
        return begin.error();
    Status status = begin->run();
    m_active = status.ok();
    return status;
}

Status Transaction::commit()
{
    auto commit = m_db.cached(QByteArrayLiteral("COMMIT"));
    if (!commit)
        return commit.error();
    Status status = commit->run();
    if (status.ok())
        m_active = false;
    return status;
}

} // namespace motcua::sql
