#include "StoreFixture.h"
#include "TestSupport.h"

using namespace motcua;
using test::StoreFixture;

TEST_CASE("a saved dossier loads back equal, by uuid and by code")
{
    StoreFixture f;
    const Dossier stored = f.saved(test::makeDossier());
    CHECK_FALSE(stored.uuid.isNull());
    CHECK(stored.code == QStringLiteral("UBND-PD-") + DossierStore::counterDay(stored.receivedAt).toString(QStringLiteral("yyMMdd")) + QStringLiteral("-0001"));
    CHECK(stored.revision == 1);

    auto byUuid = f.store->byUuid(stored.uuid);
    REQUIRE(byUuid.ok());
    REQUIRE(byUuid->has_value());
    CHECK(**byUuid == stored);

    f.reopen(); // from the file, not from a cache
    auto byCode = f.store->byCode(stored.code.toLower());
    REQUIRE(byCode.ok());
    REQUIRE(byCode->has_value());
    CHECK(**byCode == stored);

    auto missing = f.store->byUuid(QUuid::createUuid());
    REQUIRE(missing.ok());
    CHECK_FALSE(missing->has_value());
}

TEST_CASE("the store fills workstation fields and the first status")
{
    StoreFixture f;
    Dossier d = test::makeDossier();
    d.agencyCode.clear();
    d.unit.clear();
    d.workstation.clear();
    d.history.clear();
    const Dossier stored = f.saved(d);
    CHECK(stored.agencyCode == f.config.agencyCode);
    CHECK(stored.unit == f.config.unit);
    CHECK(stored.workstation == f.config.workstation);
    REQUIRE(stored.history.size() == 1);
    CHECK(stored.status() == DossierStatus::Received);
}

TEST_CASE("a dossier without procedure or received time is refused")
{
    StoreFixture f;
    Dossier d = test::makeDossier();
    d.receivedAt = QDateTime();
    auto result = f.store->save(d, QStringLiteral("clerk.lan"));
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == QStringLiteral("storage.dossier.incomplete"));
    CHECK(f.count("SELECT count(*) FROM dossiers") == 0);
}

TEST_CASE("every save bumps the revision; a stale copy is refused")
{
    StoreFixture f;
    Dossier first = f.saved(test::makeDossier());
    Dossier second = first;
    REQUIRE(changeStatus(second, DossierStatus::Processing, first.receivedAt.addSecs(60), QStringLiteral("sup.hoa")).ok());
    second = f.saved(second, QStringLiteral("sup.hoa"));
    CHECK(second.revision == 2);
    CHECK(second.code == first.code);

    auto stale = f.store->save(first, QStringLiteral("clerk.lan"));
    REQUIRE_FALSE(stale.ok());
    CHECK(stale.error().code == QStringLiteral("storage.dossier.stale"));

    Dossier recoded = second;
    recoded.code = QStringLiteral("OTHER-1");
    auto codeChange = f.store->save(recoded, QStringLiteral("clerk.lan"));
    REQUIRE_FALSE(codeChange.ok());
    CHECK(codeChange.error().code == QStringLiteral("storage.dossier.codeChanged"));

    auto loaded = f.store->byUuid(first.uuid);
    REQUIRE(loaded.ok());
    CHECK((*loaded)->revision == 2);
    CHECK((*loaded)->status() == DossierStatus::Processing);
    CHECK(f.count("SELECT count(*) FROM outbox") == 2);
    CHECK(f.count("SELECT count(*) FROM audit WHERE action = 'dossier.update'") == 1);
}

TEST_CASE("codes count per day and restart the next day")
{
    StoreFixture f;
    Dossier d = test::makeDossier();
    const QDateTime day1 = QDateTime(QDate(2025, 7, 1), QTime(10, 0)); // local: the counter's day
    d.receivedAt = day1;
    const QString a = f.saved(d).code;
    const QString b = f.saved(d).code;
    d.receivedAt = day1.addDays(1);
    const QString c = f.saved(d).code;
    CHECK(a == QStringLiteral("UBND-PD-250701-0001"));
    CHECK(b == QStringLiteral("UBND-PD-250701-0002"));
    CHECK(c == QStringLiteral("UBND-PD-250702-0001"));
    CHECK(f.count("SELECT count(DISTINCT code) FROM dossiers") == 3);
}

TEST_CASE("the configured pattern is used and a bad one refused at open")
{
    StoreFixture f;
    f.config.codePattern = QStringLiteral("{workstation}/{yyyy}/{seq:06}");
    f.reopen();
    Dossier d = test::makeDossier();
    d.receivedAt = QDateTime(QDate(2025, 7, 1), QTime(10, 0));
    CHECK(f.saved(d).code == QStringLiteral("ws-01/2025/000001"));

    f.store.reset();
    f.config.codePattern = QStringLiteral("{agencyCode}-{yymmdd}");
    auto refused = DossierStore::open(f.config);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == QStringLiteral("dossier.codePattern.invalid"));
}

TEST_CASE("a failed save leaves nothing behind, and its code goes to the next committed dossier")
{
    StoreFixture f;
    const Dossier first = f.saved(test::makeDossier());
    const qint64 counter = f.count("SELECT sum(last_seq) FROM code_counters");

    // Fails late: after the code, the dossier row, its tokens and children were written.
    f.exec("CREATE TEMP TRIGGER fail_outbox BEFORE INSERT ON outbox BEGIN SELECT RAISE(ABORT, 'forced'); END");
    auto failed = f.store->save(test::makeDossier(QStringLiteral("Trần Thị Bình"), QStringLiteral("058190000001")), QStringLiteral("clerk.lan"));
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().detail.contains(QStringLiteral("forced")));
    CHECK(f.count("SELECT count(*) FROM dossiers") == 1);
    CHECK(f.count("SELECT count(*) FROM outbox") == 1);
    CHECK(f.count("SELECT count(*) FROM audit") == 1);
    CHECK(f.count("SELECT count(*) FROM search_tokens WHERE dossier_id <> (SELECT min(id) FROM dossiers)") == 0);
    CHECK(f.count("SELECT sum(last_seq) FROM code_counters") == counter);
    f.exec("DROP TRIGGER fail_outbox");

    const Dossier next = f.saved(test::makeDossier(QStringLiteral("Trần Thị Bình"), QStringLiteral("058190000001")));
    CHECK(next.code != first.code);
    CHECK(next.code.endsWith(QStringLiteral("-0002")));
    auto nobody = f.store->findById12(QStringLiteral("058190000001"));
    REQUIRE(nobody.ok());
    CHECK(nobody->size() == 1);
    CHECK(f.store->problems() == QStringList());
}

TEST_CASE("a duplicate code is refused by the database and rolls everything back")
{
    StoreFixture f;
    const Dossier first = f.saved(test::makeDossier());
    Dossier clash = test::makeDossier();
    clash.code = first.code; // an import carrying a code already in use
    auto result = f.store->save(clash, QStringLiteral("import"));
    REQUIRE_FALSE(result.ok());
    CHECK(f.count("SELECT count(*) FROM dossiers") == 1);
    CHECK(f.count("SELECT count(*) FROM outbox") == 1);
    CHECK(f.count("SELECT count(*) FROM audit") == 1);
}

TEST_CASE("each save writes its outbox row and audit entry; the outbox drains")
{
    StoreFixture f;
    const Dossier a = f.saved(test::makeDossier());
    const Dossier b = f.saved(test::makeDossier(QStringLiteral("Lê Văn Cường"), QStringLiteral("058090000002")));
    auto pending = f.store->pendingOutbox(10);
    REQUIRE(pending.ok());
    REQUIRE(pending->size() == 2);
    CHECK(pending->at(0).dossier == a.uuid);
    CHECK(pending->at(0).revision == 1);
    CHECK(pending->at(0).state == QStringLiteral("pending"));
    CHECK(pending->at(1).dossier == b.uuid);

    REQUIRE(f.store->markFailed(pending->at(0).id, QStringLiteral("HTTP 503")).ok());
    REQUIRE(f.store->markSent(pending->at(1).id).ok());
    pending = f.store->pendingOutbox(10);
    REQUIRE(pending->size() == 1);
    CHECK(pending->at(0).state == QStringLiteral("failed"));
    CHECK(pending->at(0).attempts == 1);
    CHECK(pending->at(0).lastError == QStringLiteral("HTTP 503"));
    CHECK_FALSE(f.store->markSent(999).ok());

    CHECK(f.count("SELECT count(*) FROM audit WHERE action = 'dossier.create'") == 2);
}

TEST_CASE("saveBatch commits all or nothing")
{
    StoreFixture f;
    QList<Dossier> batch;
    for (int i = 0; i < 5; ++i)
        batch.append(test::makeDossier(QStringLiteral("Phạm Văn Đức"), QStringLiteral("05809000010%1").arg(i)));
    auto saved = f.store->saveBatch(batch, QStringLiteral("import"));
    REQUIRE(saved.ok());
    CHECK(saved->size() == 5);
    CHECK(f.count("SELECT count(DISTINCT code) FROM dossiers") == 5);

    batch.last().procedureId.clear(); // the last one is invalid: none of them may stay
    auto refused = f.store->saveBatch(batch, QStringLiteral("import"));
    REQUIRE_FALSE(refused.ok());
    CHECK(f.count("SELECT count(*) FROM dossiers") == 5);
    CHECK(f.store->problems() == QStringList());
}
