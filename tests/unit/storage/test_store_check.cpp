#include "StoreFixture.h"
#include "TestSupport.h"

#include <QDirIterator>

using namespace motcua;
using test::StoreFixture;

namespace {
bool anyFileContains(const QString &dir, const QByteArray &needle)
{
    QDirIterator it(dir, QDir::Files);
    while (it.hasNext())
        if (test::readFile(it.next()).contains(needle))
            return true;
    return false;
}
} // namespace

TEST_CASE("names and IDs never reach the file in clear")
{
    StoreFixture f;
    const QString name = QStringLiteral("Hoàng Thị Xuân Quỳnh");
    const QString id12 = QStringLiteral("058195123456");
    f.saved(test::makeDossier(name, id12));
    REQUIRE(anyFileContains(f.dir.path(), QByteArrayLiteral("UBND-PD"))); // the needle search works
    CHECK_FALSE(anyFileContains(f.dir.path(), name.toUtf8()));
    CHECK_FALSE(anyFileContains(f.dir.path(), QByteArrayLiteral("Xu\xc3\xa2n")));
    CHECK_FALSE(anyFileContains(f.dir.path(), id12.toLatin1()));
    CHECK_FALSE(anyFileContains(f.dir.path(), QByteArrayLiteral("Ph\xc6\xb0\xe1\xbb\x9b""c Dinh"))); // address
    f.store.reset(); // checkpoint the WAL into the main file
    CHECK_FALSE(anyFileContains(f.dir.path(), name.toUtf8()));
    CHECK_FALSE(anyFileContains(f.dir.path(), id12.toLatin1()));
}

TEST_CASE("a clean store passes the check")
{
    StoreFixture f;
    f.saved(test::makeDossier());
    CHECK(f.store->problems().isEmpty());
    CHECK(f.store->problems() == QStringList());
}

TEST_CASE("a tampered payload is a clear error, and check reports it")
{
    StoreFixture f;
    const Dossier d = f.saved(test::makeDossier());
    f.exec("UPDATE dossiers SET payload = substr(payload, 1, 40) || X'00' || substr(payload, 42)");
    auto loaded = f.store->byUuid(d.uuid);
    REQUIRE_FALSE(loaded.ok());
    CHECK(loaded.error().code == QStringLiteral("storage.payload.damaged"));
    CHECK_FALSE(loaded.error().message.isEmpty());
    const Status status = f.store->check();
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().detail.contains(d.code));
}

TEST_CASE("a payload copied into another dossier's row does not decrypt")
{
    StoreFixture f;
    const Dossier a = f.saved(test::makeDossier());
    const Dossier b = f.saved(test::makeDossier(QStringLiteral("Lê Văn Cường"), QStringLiteral("058090000002")));
    f.exec("UPDATE dossiers SET payload = (SELECT payload FROM dossiers WHERE id = 1), "
           "holder_name = (SELECT holder_name FROM dossiers WHERE id = 1) WHERE id = 2");
    auto loaded = f.store->byUuid(b.uuid);
    REQUIRE_FALSE(loaded.ok());
    auto found = f.store->findById12(QStringLiteral("058090000002"));
    REQUIRE(found.ok());
    REQUIRE(found->size() == 1);
    CHECK(found->first().holderName != QStringLiteral("Nguyễn Văn An")); // marked damaged, not swapped
    const QStringList problems = f.store->problems();
    REQUIRE(problems.size() >= 1);
    CHECK(problems.join(QLatin1Char('\n')).contains(b.code));
    CHECK_FALSE(problems.join(QLatin1Char('\n')).contains(a.code));
}

TEST_CASE("a row edited in clear no longer matches its payload")
{
    StoreFixture f;
    const Dossier d = f.saved(test::makeDossier());
    f.exec("UPDATE dossiers SET status = 'returned'");
    const QStringList problems = f.store->problems();
    REQUIRE(problems.size() == 1);
    CHECK(problems.first().contains(QStringLiteral("status")));
}

TEST_CASE("the audit log refuses edits, and the chain shows an edit forced through")
{
    StoreFixture f;
    for (int i = 0; i < 3; ++i)
        f.saved(test::makeDossier());
    REQUIRE(f.store->appendAudit(QStringLiteral("admin"), QStringLiteral("export")).ok());
    CHECK_FALSE(f.store->database().exec(QByteArrayLiteral("UPDATE audit SET actor = 'x' WHERE seq = 2")).ok());
    CHECK_FALSE(f.store->database().exec(QByteArrayLiteral("DELETE FROM audit WHERE seq = 2")).ok());

    f.exec("DROP TRIGGER audit_no_update");
    f.exec("UPDATE audit SET actor = 'someone.else' WHERE seq = 2");
    QStringList problems = f.store->problems();
    REQUIRE(problems.size() == 1);
    CHECK(problems.first() == QStringLiteral("audit: entry 2 was altered (hash mismatch)"));

    // Recomputing a plain SHA-256 chain would not help: the chain is keyed.
    f.exec("UPDATE audit SET actor = 'clerk.lan' WHERE seq = 2");
    CHECK(f.store->problems().isEmpty());
    f.exec("DROP TRIGGER audit_no_delete");
    f.exec("DELETE FROM audit WHERE seq = 3");
    problems = f.store->problems();
    CHECK(problems.contains(QStringLiteral("audit: entry 4 follows 2 (entries missing)")));
}

TEST_CASE("check finds a dossier without its outbox row")
{
    StoreFixture f;
    const Dossier d = f.saved(test::makeDossier());
    f.exec("DELETE FROM outbox");
    const QStringList problems = f.store->problems();
    REQUIRE(problems.size() == 1);
    CHECK(problems.first().startsWith(QStringLiteral("outbox: no entry for dossier ") + d.code));
}

TEST_CASE("a store opened with another key cannot read the dossiers")
{
    StoreFixture f;
    const Dossier d = f.saved(test::makeDossier());
    f.config.key = test::testKey('\x11');
    f.reopen();
    auto loaded = f.store->byUuid(d.uuid);
    REQUIRE_FALSE(loaded.ok());
    CHECK(loaded.error().code == QStringLiteral("storage.payload.damaged"));
    CHECK(f.store->findByName(QStringLiteral("nguyen"))->isEmpty()); // tokens are keyed too
    CHECK_FALSE(f.store->check().ok());
}
