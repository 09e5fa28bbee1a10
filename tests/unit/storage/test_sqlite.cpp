#include "TestSupport.h"
#include "storage/Sqlite.h"

#include <QFileInfo>
#include <QTemporaryDir>

#include <memory>

#include <catch2/catch.hpp>

using namespace motcua;

namespace {
sql::Database openIn(const QTemporaryDir &dir)
{
    auto db = sql::Database::open(dir.filePath(QStringLiteral("t.db")));
    REQUIRE(db.ok());
    REQUIRE(db->exec(QByteArrayLiteral("CREATE TABLE t(i INTEGER, s TEXT, b BLOB)")).ok());
    return std::move(*db);
}
} // namespace

TEST_CASE("statements bind and read back text, integers, blobs and NULL")
{
    QTemporaryDir dir;
    sql::Database db = openIn(dir);
    auto insert = db.prepare(QByteArrayLiteral("INSERT INTO t VALUES (?1, ?2, ?3)"));
    REQUIRE(insert.ok());
    insert->bind(1, qint64(1) << 40).bind(2, QStringLiteral("Đặng")).bind(3, QByteArray("\x00\x01", 2));
    REQUIRE(insert->run().ok());
    insert->reset();
    insert->bind(1, 2).bindNull(2).bind(3, QByteArray(""));
    REQUIRE(insert->run().ok());
    insert->reset();
    insert->bind(1, 3).bind(2, QString()).bindTextOrNull(3, QString());
    REQUIRE(insert->run().ok());

    auto select = db.prepare(QByteArrayLiteral("SELECT i, s, b, typeof(b) FROM t ORDER BY rowid"));
    REQUIRE(select.ok());
    REQUIRE(select->step().value());
    CHECK(select->int64(0) == (qint64(1) << 40));
    CHECK(select->text(1) == QStringLiteral("Đặng"));
    CHECK(select->blob(2) == QByteArray("\x00\x01", 2));
    REQUIRE(select->step().value());
    CHECK(select->isNull(1));
    CHECK(select->text(3) == QStringLiteral("blob")); // an empty blob is not NULL
    REQUIRE(select->step().value());
    CHECK_FALSE(select->isNull(1)); // a null QString is still text: NULL is always explicit
    CHECK(select->text(1).isEmpty());
    CHECK(select->isNull(2));
    CHECK_FALSE(select->step().value());
}

TEST_CASE("SQL errors carry SQLite's message in the detail")
{
    QTemporaryDir dir;
    sql::Database db = openIn(dir);
    auto bad = db.prepare(QByteArrayLiteral("SELECT nope FROM t"));
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().detail.contains(QStringLiteral("no such column")));
    CHECK_FALSE(bad.error().message.isEmpty());

    auto stmt = db.prepare(QByteArrayLiteral("SELECT ?1"));
    REQUIRE(stmt.ok());
    stmt->bind(5, 1); // out of range: reported by step
    CHECK_FALSE(stmt->step().ok());
}

TEST_CASE("a transaction rolls back unless committed")
{
    QTemporaryDir dir;
    sql::Database db = openIn(dir);
    {
        sql::Transaction tx(db);
        REQUIRE(tx.begin().ok());
        REQUIRE(db.exec(QByteArrayLiteral("INSERT INTO t(i) VALUES (1)")).ok());
    }
    CHECK(db.queryInt(QByteArrayLiteral("SELECT count(*) FROM t")).value() == 0);
    {
        sql::Transaction tx(db);
        REQUIRE(tx.begin().ok());
        REQUIRE(db.exec(QByteArrayLiteral("INSERT INTO t(i) VALUES (1)")).ok());
        REQUIRE(tx.commit().ok());
    }
    CHECK(db.queryInt(QByteArrayLiteral("SELECT count(*) FROM t")).value() == 1);
}

TEST_CASE("a cached statement is parsed once and comes back reset, without its bindings")
{
    QTemporaryDir dir;
    sql::Database db = openIn(dir);
    REQUIRE(db.exec(QByteArrayLiteral("INSERT INTO t(i, s) VALUES (1, 'a'), (2, 'b'), (3, 'c')")).ok());
    const QByteArray sql = QByteArrayLiteral("SELECT s FROM t WHERE i >= ?1 ORDER BY i");
    {
        auto first = db.cached(sql);
        REQUIRE(first.ok());
        first->bind(1, 2);
        REQUIRE(first->step().value());
        CHECK(first->text(0) == QStringLiteral("b"));
        CHECK(db.cachedStatementCount() == 0); // lent out
    } // dropped half-way through its rows
    CHECK(db.cachedStatementCount() == 1);
    {
        auto again = db.cached(sql);
        REQUIRE(again.ok());
        CHECK(db.cachedStatementCount() == 0); // the same statement, not a new one
        CHECK_FALSE(again->step().value());    // no binding left over: NULL matches no row
        again->reset();
        again->bind(1, 3);
        REQUIRE(again->step().value());
        CHECK(again->text(0) == QStringLiteral("c"));
    }
    CHECK(db.cachedStatementCount() == 1);
}

TEST_CASE("a dropped cached statement ends its read, so a checkpoint empties the WAL")
{
    QTemporaryDir dir;
    sql::Database db = openIn(dir);
    REQUIRE(db.exec(QByteArrayLiteral("PRAGMA journal_mode = WAL")).ok());
    REQUIRE(db.exec(QByteArrayLiteral("INSERT INTO t(i) VALUES (1), (2)")).ok());
    {
        auto reader = db.cached(QByteArrayLiteral("SELECT i FROM t"));
        REQUIRE(reader.ok());
        REQUIRE(reader->step().value()); // a row is pending: the read is open
    }
    auto opened = sql::Database::open(dir.filePath(QStringLiteral("t.db")));
    REQUIRE(opened.ok());
    sql::Database writer = std::move(*opened);
    REQUIRE(writer.exec(QByteArrayLiteral("INSERT INTO t(i) VALUES (3)")).ok());
    auto checkpoint = writer.prepare(QByteArrayLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    REQUIRE(checkpoint.ok());
    REQUIRE(checkpoint->step().value());
    CHECK(checkpoint->int64(0) == 0); // not blocked by a reader left open
    CHECK(QFileInfo(dir.filePath(QStringLiteral("t.db-wal"))).size() == 0);
}

TEST_CASE("two uses of the same cached SQL at once get separate statements")
{
    QTemporaryDir dir;
    sql::Database db = openIn(dir);
    REQUIRE(db.exec(QByteArrayLiteral("INSERT INTO t(i) VALUES (1), (2)")).ok());
    const QByteArray sql = QByteArrayLiteral("SELECT i FROM t WHERE i = ?1");
    auto outer = db.cached(sql);
    auto inner = db.cached(sql);
    REQUIRE(outer.ok());
    REQUIRE(inner.ok());
    outer->bind(1, 1);
    inner->bind(1, 2);
    REQUIRE(outer->step().value());
    REQUIRE(inner->step().value());
    CHECK(outer->int64(0) == 1);
    CHECK(inner->int64(0) == 2);
    outer = sql::Statement();
    inner = sql::Statement(); // the slot is taken: this one is finalized
    CHECK(db.cachedStatementCount() == 1);
}

TEST_CASE("a cached statement follows a schema change, and may outlive its database")
{
    QTemporaryDir dir;
    auto db = std::make_unique<sql::Database>(openIn(dir));
    REQUIRE(db->exec(QByteArrayLiteral("INSERT INTO t(i) VALUES (1)")).ok());
    const QByteArray sql = QByteArrayLiteral("SELECT * FROM t");
    {
        auto before = db->cached(sql);
        REQUIRE(before.ok());
        REQUIRE(before->step().value());
    }
    REQUIRE(db->exec(QByteArrayLiteral("ALTER TABLE t ADD COLUMN extra TEXT DEFAULT 'x'; CREATE INDEX t_i ON t(i)")).ok());
    auto after = db->cached(sql);
    REQUIRE(after.ok());
    REQUIRE(after->step().value());
    CHECK(after->text(3) == QStringLiteral("x")); // re-prepared: the new column is there
    db.reset();  // closes the connection while `after` is still lent out
    after = sql::Statement(); // finalized, not returned to a cache that no longer exists
}
