#include "StoreFixture.h"
#include "TestSupport.h"
#include "storage/Migrations.h"

using namespace motcua;

namespace {

StoreConfig configFor(const QTemporaryDir &dir)
{
    StoreConfig config;
    config.dbPath = dir.filePath(QStringLiteral("motcua.db"));
    config.key = test::testKey();
    config.agencyCode = QStringLiteral("UBND-PD");
    return config;
}

QStringList filesIn(const QTemporaryDir &dir)
{
    return QDir(dir.path()).entryList(QDir::Files, QDir::Name);
}

} // namespace

TEST_CASE("an empty file is migrated to the latest schema")
{
    QTemporaryDir dir;
    const StoreConfig config = configFor(dir);
    test::writeFile(config.dbPath, QByteArray());
    auto store = DossierStore::open(config);
    REQUIRE(store.ok());
    CHECK((*store)->database().queryInt(QByteArrayLiteral("PRAGMA user_version")).value() == storage::latestSchemaVersion());
    CHECK((*store)->database().queryInt(QByteArrayLiteral("PRAGMA application_id")).value() == storage::kApplicationId);
    CHECK((*store)->database().queryInt(QByteArrayLiteral("PRAGMA foreign_keys")).value() == 1);
    CHECK((*store)->database().queryInt(QByteArrayLiteral("PRAGMA synchronous")).value() == 2); // FULL
    auto mode = (*store)->database().prepare(QByteArrayLiteral("PRAGMA journal_mode"));
    REQUIRE(mode.ok());
    REQUIRE(mode->step().ok());
    CHECK(mode->text(0) == QStringLiteral("wal"));
}

TEST_CASE("reopening a current database changes nothing")
{
    QTemporaryDir dir;
    const StoreConfig config = configFor(dir);
    {
        auto store = DossierStore::open(config);
        REQUIRE(store.ok());
        REQUIRE((*store)->save(test::makeDossier(), QStringLiteral("clerk.lan")).ok());
    }
    auto again = DossierStore::open(config);
    REQUIRE(again.ok());
    CHECK((*again)->database().queryInt(QByteArrayLiteral("SELECT count(*) FROM dossiers")).value() == 1);
}

TEST_CASE("a database from a newer version is refused and left unchanged")
{
    QTemporaryDir dir;
    const StoreConfig config = configFor(dir);
    {
        auto store = DossierStore::open(config);
        REQUIRE(store.ok());
        REQUIRE((*store)->database().exec(QByteArrayLiteral("PRAGMA journal_mode = DELETE; PRAGMA user_version = 99")).ok());
    }
    const QByteArray before = test::readFile(config.dbPath);
    auto refused = DossierStore::open(config);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == QStringLiteral("storage.newer"));
    CHECK(refused.error().detail.contains(QStringLiteral("99")));
    CHECK(test::readFile(config.dbPath) == before);
}

TEST_CASE("a garbage file is a clear error and is never overwritten")
{
    QTemporaryDir dir;
    const StoreConfig config = configFor(dir);
    QByteArray garbage;
    for (int i = 0; i < 8192; ++i)
        garbage.append(char((i * 131 + 7) & 0xff));
    test::writeFile(config.dbPath, garbage);
    for (int attempt = 0; attempt < 2; ++attempt) {
        auto refused = DossierStore::open(config);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == QStringLiteral("storage.damaged"));
        CHECK_FALSE(refused.error().message.isEmpty());
    }
    CHECK(test::readFile(config.dbPath) == garbage);
    CHECK(filesIn(dir) == QStringList{QStringLiteral("motcua.db")}); // no journal or WAL beside it
}

TEST_CASE("a SQLite header over damaged pages is a clear error and stays unchanged")
{
    QTemporaryDir dir;
    const StoreConfig config = configFor(dir);
    QByteArray fake("SQLite format 3\0", 16);
    fake.append(QByteArray(4096 - 16, '\xee'));
    test::writeFile(config.dbPath, fake);
    auto refused = DossierStore::open(config);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == QStringLiteral("storage.damaged"));
    CHECK(test::readFile(config.dbPath) == fake);
}

TEST_CASE("another application's SQLite file is not migrated")
{
    QTemporaryDir dir;
    const StoreConfig config = configFor(dir);
    {
        auto db = sql::Database::open(config.dbPath);
        REQUIRE(db.ok());
        REQUIRE(db->exec(QByteArrayLiteral("CREATE TABLE contacts(name TEXT)")).ok());
    }
    const QByteArray before = test::readFile(config.dbPath);
    auto refused = DossierStore::open(config);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == QStringLiteral("storage.foreign"));
    CHECK(test::readFile(config.dbPath) == before);
}
