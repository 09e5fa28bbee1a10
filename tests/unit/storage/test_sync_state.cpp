// Schema v3: each dossier's sync state, the change cursor, and status changes from the server
// that must not go back to it. Real SQLite files.
#include "StoreFixture.h"
#include "TestSupport.h"

#include "storage/Migrations.h"

using namespace motcua;
using test::StoreFixture;

namespace {

DossierSyncStatus stateOf(StoreFixture &f, const QUuid &uuid)
{
    auto s = f.store->syncStatus(uuid);
    REQUIRE(s.ok());
    REQUIRE(s->has_value());
    return **s;
}

} // namespace

TEST_CASE("a save makes a dossier waiting; the oldest unsent save's time is kept")
{
    StoreFixture f;
    const Dossier d = f.saved(test::makeDossier());
    const DossierSyncStatus first = stateOf(f, d.uuid);
    CHECK(first.state == SyncState::Waiting);
    CHECK(first.code == d.code);
    CHECK(first.savedAt.secsTo(QDateTime::currentDateTimeUtc()) < 60);

    f.exec("UPDATE sync_state SET saved_at = '2026-01-01T00:00:00.000Z'");
    Dossier again = d;
    f.saved(again);
    CHECK(stateOf(f, d.uuid).savedAt == QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC));

    // Once synced, the next save starts a new unsynced period.
    REQUIRE(f.store->setSyncState(d.uuid, SyncState::Synced).ok());
    auto loaded = f.store->byUuid(d.uuid);
    REQUIRE(loaded.ok());
    f.saved(**loaded);
    const DossierSyncStatus later = stateOf(f, d.uuid);
    CHECK(later.state == SyncState::Waiting);
    CHECK(later.savedAt.date().year() >= 2026);
    CHECK(later.savedAt > QDateTime(QDate(2026, 1, 2), QTime(0, 0), Qt::UTC));
}

TEST_CASE("counts, the oldest unsynced time, and a rejected dossier leaves the queue until retried")
{
    StoreFixture f;
    const Dossier a = f.saved(test::makeDossier());
    const Dossier b = f.saved(test::makeDossier(QStringLiteral("Trần Thị Bình")));
    const Dossier c = f.saved(test::makeDossier(QStringLiteral("Lê Văn Cường")));
    REQUIRE(f.store->setSyncState(a.uuid, SyncState::Synced).ok());
    REQUIRE(f.store->markSentUpTo(a.uuid, a.revision).ok());
    REQUIRE(f.store->setSyncState(b.uuid, SyncState::Rejected, 0, QStringLiteral("request.invalid"),
                                  QStringLiteral("The server refused the dossier.")).ok());
    REQUIRE(f.store->setSyncState(c.uuid, SyncState::Uploading, 40).ok());
    f.exec("UPDATE sync_state SET saved_at = '2026-02-03T04:05:06.000Z' WHERE state = 'rejected'");

    auto counts = f.store->syncCounts();
    REQUIRE(counts.ok());
    CHECK(counts->synced == 1);
    CHECK(counts->rejected == 1);
    CHECK(counts->uploading == 1);
    CHECK(counts->waiting == 0);
    CHECK(counts->unsynced() == 2);
    CHECK(counts->oldestUnsyncedAt == QDateTime(QDate(2026, 2, 3), QTime(4, 5, 6), Qt::UTC));

    auto unsynced = f.store->unsyncedDossiers();
    REQUIRE(unsynced.ok());
    REQUIRE(unsynced->size() == 2);
    CHECK(unsynced->at(0).code == b.code); // oldest first
    CHECK(unsynced->at(0).errorCode == QStringLiteral("request.invalid"));
    CHECK(unsynced->at(1).percent == 40);

    auto queue = f.store->syncQueue(10);
    REQUIRE(queue.ok());
    REQUIRE(queue->size() == 1);
    CHECK(queue->at(0).dossier == c.uuid);

    auto reset = f.store->resetInterruptedUploads();
    REQUIRE(reset.ok());
    CHECK(*reset == 1);
    CHECK(stateOf(f, c.uuid).state == SyncState::Waiting);
    CHECK(stateOf(f, c.uuid).percent == 0);
    CHECK(stateOf(f, b.uuid).state == SyncState::Rejected); // untouched

    REQUIRE(f.store->setSyncState(b.uuid, SyncState::Waiting).ok());
    CHECK(stateOf(f, b.uuid).errorCode.isEmpty());
    queue = f.store->syncQueue(10);
    REQUIRE(queue.ok());
    CHECK(queue->size() == 2);
    CHECK(f.store->problems().isEmpty());
}

TEST_CASE("markSentUpTo sends every earlier revision and no later one")
{
    StoreFixture f;
    Dossier d = f.saved(test::makeDossier());
    d = f.saved(d);
    d = f.saved(d); // revisions 1..3
    auto allSent = f.store->markSentUpTo(d.uuid, 2);
    REQUIRE(allSent.ok());
    CHECK_FALSE(*allSent); // revision 3 is still to go
    CHECK(f.count("SELECT count(*) FROM outbox WHERE state = 'sent'") == 2);
    auto queue = f.store->syncQueue(10);
    REQUIRE(queue.ok());
    REQUIRE(queue->size() == 1);
    CHECK(queue->at(0).revision == 3);
    allSent = f.store->markSentUpTo(d.uuid, 3);
    REQUIRE(allSent.ok());
    CHECK(*allSent);
}

TEST_CASE("the change cursor survives a reopen")
{
    StoreFixture f;
    auto none = f.store->changesCursor();
    REQUIRE(none.ok());
    CHECK(*none == 0);
    REQUIRE(f.store->setChangesCursor(41).ok());
    REQUIRE(f.store->setChangesCursor(42).ok());
    f.reopen();
    auto cursor = f.store->changesCursor();
    REQUIRE(cursor.ok());
    CHECK(*cursor == 42);
}

TEST_CASE("a server status change is a new revision that never goes back to the server")
{
    StoreFixture f;
    const Dossier d = f.saved(test::makeDossier());
    REQUIRE(f.store->markSentUpTo(d.uuid, d.revision).ok());
    REQUIRE(f.store->setSyncState(d.uuid, SyncState::Synced).ok());

    const QDateTime at(QDate(2026, 12, 4), QTime(9, 30), Qt::UTC);
    auto applied = f.store->applyServerStatus(d.uuid, DossierStatus::Processing, at, {});
    REQUIRE(applied.ok());
    CHECK(*applied == ServerChangeOutcome::Applied);

    auto loaded = f.store->byUuid(d.uuid);
    REQUIRE(loaded.ok());
    const Dossier now = **loaded;
    CHECK(now.revision == 2);
    CHECK(now.status() == DossierStatus::Processing);
    CHECK(now.history.last().actor == QStringLiteral("server"));
    CHECK(now.history.last().at == at);
    CHECK(stateOf(f, d.uuid).state == SyncState::Synced);
    auto queue = f.store->syncQueue(10);
    REQUIRE(queue.ok());
    CHECK(queue->isEmpty());
    CHECK(f.count("SELECT count(*) FROM outbox WHERE revision = 2 AND state = 'sent'") == 1);
    CHECK(f.count("SELECT count(*) FROM audit WHERE actor = 'server' AND revision = 2") == 1);
    CHECK(f.store->problems().isEmpty());

    // The same change pulled again (a crash before the cursor was saved) changes nothing.
    auto again = f.store->applyServerStatus(d.uuid, DossierStatus::Processing, at, {});
    REQUIRE(again.ok());
    CHECK(*again == ServerChangeOutcome::AlreadyThere);
    CHECK(f.count("SELECT max(revision) FROM outbox") == 2);

    // The feed's first entry for every dossier is "received": already there, not an error.
    auto received = f.store->applyServerStatus(d.uuid, DossierStatus::Received, at, {});
    REQUIRE(received.ok());
    CHECK(*received == ServerChangeOutcome::AlreadyThere);

    // A rejection carries its reason; nothing may follow a final state.
    auto rejected = f.store->applyServerStatus(d.uuid, DossierStatus::Rejected, at.addSecs(60), QStringLiteral("Thiếu giấy tờ"));
    REQUIRE(rejected.ok());
    CHECK(*rejected == ServerChangeOutcome::Applied);
    auto late = f.store->applyServerStatus(d.uuid, DossierStatus::Returned, at.addSecs(120), {});
    REQUIRE(late.ok());
    CHECK(*late == ServerChangeOutcome::Ignored);
    auto unknown = f.store->applyServerStatus(QUuid::createUuid(), DossierStatus::Processing, at, {});
    REQUIRE(unknown.ok());
    CHECK(*unknown == ServerChangeOutcome::UnknownDossier);
}

TEST_CASE("migrating a version 2 database gives every dossier a sync state from its outbox")
{
    StoreFixture f;
    const Dossier sent = f.saved(test::makeDossier());
    const Dossier pending = f.saved(test::makeDossier(QStringLiteral("Trần Thị Bình")));
    REQUIRE(f.store->markSentUpTo(sent.uuid, 1).ok());
    // Back to version 2 as an older build left it.
    f.exec("DROP TABLE sync_state; DROP TABLE sync_meta; PRAGMA user_version = 2");
    f.reopen();
    CHECK(f.count("PRAGMA user_version") == storage::latestSchemaVersion());
    CHECK(stateOf(f, sent.uuid).state == SyncState::Synced);
    CHECK(stateOf(f, pending.uuid).state == SyncState::Waiting);
}
