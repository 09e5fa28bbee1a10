#include "storage/Sqlite.h"

#include <QCoreApplication>
#include <QFile>

#include <sqlite3.h>

#include <utility>

namespace motcua::sql {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Storage", text);
}

// Some failures need the clerk (or the admin) to act: say which, instead of a generic sentence.
Error sqliteError(sqlite3 *db, int rc, QString code, QString message, const QByteArray &sql)
{
    const int primary = rc & 0xff;
    if (primary == SQLITE_NOTADB || primary == SQLITE_CORRUPT) {
        code = QStringLiteral("storage.damaged");
        message = tr("The dossier database is damaged or is not a MotCua Counter database. "
                     "It was left unchanged; call the administrator.");
    } else if (primary == SQLITE_FULL) {
        code = QStringLiteral("storage.full");
        message = tr("The disk is full: the dossier could not be saved. Free some space and try again.");
    } else if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED) {
        code = QStringLiteral("storage.busy");
        message = tr("The dossier database is busy. Try again in a moment.");
    } else if (primary == SQLITE_READONLY || primary == SQLITE_PERM || primary == SQLITE_CANTOPEN) {
        code = QStringLiteral("storage.access");
        message = tr("The dossier database cannot be opened for writing. Check the data folder's permissions.");
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

QString storageFailureMessage()
{
    return tr("The dossier database could not be read or written.");
}

// --- Database ---------------------------------------------------------------------------------

Database::Database(Database &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_path(std::move(other.m_path))
{
}

Database &Database::operator=(Database &&other) noexcept
{
    if (this != &other) {
        if (m_db)
            sqlite3_close_v2(m_db);
        m_db = std::exchange(other.m_db, nullptr);
        m_path = std::move(other.m_path);
    }
    return *this;
}

Database::~Database()
{
    if (m_db)
        sqlite3_close_v2(m_db);
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
    : m_db(other.m_db), m_stmt(std::exchange(other.m_stmt, nullptr)), m_bindError(other.m_bindError)
{
}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_db = other.m_db;
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_bindError = other.m_bindError;
    }
    return *this;
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
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
    Status status = m_db.exec(QByteArrayLiteral("BEGIN IMMEDIATE"));
    m_active = status.ok();
    return status;
}

Status Transaction::commit()
{
    Status status = m_db.exec(QByteArrayLiteral("COMMIT"));
    if (status.ok())
        m_active = false;
    return status;
}

} // namespace motcua::sql
