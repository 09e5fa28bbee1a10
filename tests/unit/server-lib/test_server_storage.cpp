// Both ServerStorage implementations through the same tests: SqliteServerStorage on a real file
// and PostgresServerStorage on a real cluster (PgCluster.h). Enrollment codes used once,
// exactly-once dossiers, cursors, and everything surviving a reopen.
#include "ServerTestSupport.h"
#include "StorageBackend.h"
#include "TestSupport.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace motcua;
using namespace motcua::server;

namespace {

const QDateTime kNow(QDate(2026, 12, 4), QTime(9, 0), Qt::UTC);

DossierPut putOf(const Dossier &d, const QString &workstation, const QByteArray &body = {})
{
    DossierPut put;
    put.uuid = d.uuid;
    put.revision = d.revision;
    put.idempotencyKey = d.uuid.toString(QUuid::WithoutBraces) + QLatin1Char(':') + QString::number(d.revision);
    put.body = body.isEmpty() ? dossierToBytes(d) : body;
    put.bodySha256 = servertest::sha256Hex(put.body).toLatin1();
    put.workstation = workstation;
    put.code = d.code;
    put.unit = d.unit;
    put.procedureId = d.procedureId;
    put.receivedDay = d.receivedAt.date();
    put.attachments = int(d.attachments.size());
    put.digitised = 1;
    put.storedAt = kNow;
    return put;
}

auto answerWithCursor = [](qint64 cursor) {
    return StoredAnswer{201, "{\"cursor\":" + QByteArray::number(cursor) + "}"};
};

} // namespace

TEST_CASE("an enrollment code enrolls one workstation, once, before it expires")
{
    OPEN_BACKEND(storage)
    REQUIRE(storage->addEnrollmentCode({QStringLiteral("K7M2Q9XW4T"), QStringLiteral("UBND P1"), QStringLiteral("2"), QStringLiteral("A"), kNow.addSecs(3600)}).ok());
    REQUIRE(storage->addEnrollmentCode({QStringLiteral("EXP1RED000"), QStringLiteral("U"), QStringLiteral("1"), {}, kNow.addSecs(-1)}).ok());
    auto sign = [](WorkstationRecord &ws) -> Status {
        ws.certSerial = QStringLiteral("AB01");
        return {};
    };

    SECTION("a failed signature keeps the code usable")
    {
        auto failed = storage->redeem(QStringLiteral("K7M2Q9XW4T"), QStringLiteral("pc"), kNow, [](WorkstationRecord &) -> Status {
            return Error{QStringLiteral("enrollment.csrInvalid"), QStringLiteral("bad"), {}};
        });
        REQUIRE_FALSE(failed.ok());
        CHECK(failed.error().code == QStringLiteral("enrollment.csrInvalid"));
        CHECK(storage->workstations()->isEmpty());
    }
    auto first = storage->redeem(QStringLiteral("K7M2Q9XW4T"), QStringLiteral("pc"), kNow, sign);
    REQUIRE(first.ok());
    CHECK(first->id == QStringLiteral("ws-ubndp1-2-1"));
    CHECK(first->certSerial == QStringLiteral("AB01"));
    auto again = storage->redeem(QStringLiteral("K7M2Q9XW4T"), QStringLiteral("pc"), kNow, sign);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == QStringLiteral("enrollment.codeInvalid"));
    auto expired = storage->redeem(QStringLiteral("EXP1RED000"), QStringLiteral("pc"), kNow, sign);
    REQUIRE_FALSE(expired.ok());
    CHECK(expired.error().code == QStringLiteral("enrollment.codeInvalid"));

    REQUIRE(storage->revoke(first->id).ok());
    CHECK(storage->workstation(first->id)->value().revoked);
    CHECK(storage->revoke(QStringLiteral("ws-none")).error().code == QStringLiteral("workstation.unknown"));
}

TEST_CASE("dossiers are stored exactly once per revision, and replays get the same bytes")
{
    OPEN_BACKEND(storage)
    Dossier d = servertest::makeDossier(1, {});
    const DossierPut put = putOf(d, QStringLiteral("ws-a"));

    auto stored = storage->putDossier(put, answerWithCursor);
    REQUIRE(stored.ok());
    CHECK(stored->outcome == PutOutcome::Stored);
    const QByteArray firstAnswer = stored->answer.body;

    auto replay = storage->putDossier(put, [](qint64) -> StoredAnswer { FAIL("a replay must not make a new answer"); return {}; });
    REQUIRE(replay.ok());
    CHECK(replay->outcome == PutOutcome::Replay);
    CHECK(replay->answer.status == 201);
    CHECK(replay->answer.body == firstAnswer);

    DossierPut other = put;
    other.body = put.body + " ";
    other.bodySha256 = servertest::sha256Hex(other.body).toLatin1();
    CHECK(storage->putDossier(other, answerWithCursor)->outcome == PutOutcome::Conflict);

    DossierPut sameRevisionOtherKey = put;
    sameRevisionOtherKey.idempotencyKey = QStringLiteral("other-key");
    auto stale = storage->putDossier(sameRevisionOtherKey, answerWithCursor);
    CHECK(stale->outcome == PutOutcome::Stale);
    CHECK(stale->storedRevision == 1);

    CHECK(storage->putDossier(putOf(d, QStringLiteral("ws-b")), answerWithCursor)->outcome == PutOutcome::Replay);
    d.revision = 2;
    CHECK(storage->putDossier(putOf(d, QStringLiteral("ws-b")), answerWithCursor)->outcome == PutOutcome::Foreign);
    auto second = storage->putDossier(putOf(d, QStringLiteral("ws-a")), answerWithCursor);
    CHECK(second->outcome == PutOutcome::Stored);
    CHECK(storage->dossierBody(d.uuid).value()->body == dossierToBytes(d));

    // Closed and reopened (as after a crash): everything answered is still there.
    storage.reopen();
    auto afterReopen = storage->putDossier(put, answerWithCursor);
    CHECK(afterReopen->outcome == PutOutcome::Replay);
    CHECK(afterReopen->answer.body == firstAnswer);
    CHECK(storage->dossierBody(d.uuid).value()->body == dossierToBytes(d));

    // One row per dossier, at its latest revision, whatever was replayed.
    auto listed = storage->storedDossiers();
    REQUIRE(listed.ok());
    REQUIRE(listed->size() == 1);
    CHECK(listed->first().uuid == d.uuid);
    CHECK(listed->first().revision == 2);
    CHECK(listed->first().code == d.code);
    CHECK(listed->first().workstation == QStringLiteral("ws-a"));
}

TEST_CASE("status changes follow the workflow and the feed's cursors strictly increase")
{
    OPEN_BACKEND(storage)
    const Dossier mine = servertest::makeDossier(1, {});
    const Dossier theirs = servertest::makeDossier(1, {});
    REQUIRE(storage->putDossier(putOf(mine, QStringLiteral("ws-a")), answerWithCursor).ok());
    REQUIRE(storage->putDossier(putOf(theirs, QStringLiteral("ws-b")), answerWithCursor).ok());

    CHECK(storage->changeStatus(mine.code, DossierStatus::Returned, {}, kNow).error().code == QStringLiteral("status.notAllowed"));
    CHECK(storage->changeStatus(mine.code, DossierStatus::Rejected, {}, kNow).error().code == QStringLiteral("status.reasonMissing"));
    CHECK(storage->changeStatus(QStringLiteral("no-such-code"), DossierStatus::Processing, {}, kNow).error().code == QStringLiteral("dossier.unknown"));
    REQUIRE(storage->changeStatus(mine.code, DossierStatus::Processing, {}, kNow).ok());
    REQUIRE(storage->changeStatus(theirs.uuid.toString(QUuid::WithoutBraces), DossierStatus::Processing, {}, kNow).ok());
    REQUIRE(storage->changeStatus(mine.uuid.toString(), DossierStatus::Rejected, QStringLiteral("thiếu giấy tờ"), kNow).ok());
    CHECK(storage->changeStatus(mine.code, DossierStatus::Processing, {}, kNow).error().code == QStringLiteral("status.notAllowed"));

    auto all = storage->changesSince(QStringLiteral("ws-a"), 0, 100);
    REQUIRE(all.ok());
    REQUIRE(all->size() == 3); // received, processing, rejected: none of ws-b's
    QStringList statuses;
    for (int i = 0; i < all->size(); ++i) {
        statuses.append(all->at(i).status);
        CHECK(all->at(i).uuid == mine.uuid);
        if (i > 0)
            CHECK(all->at(i).cursor > all->at(i - 1).cursor);
    }
    CHECK(statuses == QStringList{QStringLiteral("received"), QStringLiteral("processing"), QStringLiteral("rejected")});
    CHECK(all->last().reason == QStringLiteral("thiếu giấy tờ"));
    auto later = storage->changesSince(QStringLiteral("ws-a"), all->at(0).cursor, 1);
    REQUIRE(later->size() == 1);
    CHECK(later->at(0).cursor == all->at(1).cursor);
}

TEST_CASE("the population registry and the daily report")
{
    OPEN_BACKEND(storage)
    REQUIRE(storage->importCitizens({{QStringLiteral("001090000001"), QByteArray("{\"id12\":\"001090000001\"}")}}).value() == 1);
    CHECK(*storage->citizen(QStringLiteral("001090000001")).value() == QByteArray("{\"id12\":\"001090000001\"}"));
    CHECK_FALSE(storage->citizen(QStringLiteral("001090000002")).value().has_value());

    REQUIRE(storage->putDossier(putOf(servertest::makeDossier(1, {}), QStringLiteral("ws-a")), answerWithCursor).ok());
    REQUIRE(storage->putDossier(putOf(servertest::makeDossier(1, {}), QStringLiteral("ws-a")), answerWithCursor).ok());
    REQUIRE(storage->putDossier(putOf(servertest::makeDossier(1, {}, QStringLiteral("UBND-P2")), QStringLiteral("ws-c")), answerWithCursor).ok());
    auto rows = storage->dailyReport(QDate(2026, 12, 4), {});
    REQUIRE(rows->size() == 2);
    CHECK(rows->at(0).unit == QStringLiteral("UBND-P1"));
    CHECK(rows->at(0).received == 2);
    CHECK(rows->at(0).attachments == 2);
    CHECK(storage->dailyReport(QDate(2026, 12, 4), QStringLiteral("UBND-P2"))->size() == 1);
    CHECK(storage->dailyReport(QDate(2026, 12, 5), {})->isEmpty());
}
