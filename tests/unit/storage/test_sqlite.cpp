#include "TestSupport.h"
#include "storage/Sqlite.h"

#include <QTemporaryDir>

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
