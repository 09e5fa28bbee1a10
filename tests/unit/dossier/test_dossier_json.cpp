#include "DossierFixtures.h"
#include "TestSupport.h"
#include "dossier/DossierJson.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <catch2/catch.hpp>

using namespace motcua;

namespace {
Dossier fullDossier()
{
    Dossier d = test::makeDossier();
    d.uuid = QUuid::createUuid();
    d.code = QStringLiteral("UBND-PD-250701-0007");
    d.revision = 3;
    d.intakeId = QUuid::createUuid();
    d.stepOrder = 2;
    d.parties.append(DossierParty{QStringLiteral("mother"), test::makePerson(QStringLiteral("Đặng Thị Đào"), QStringLiteral("058190004321"), FieldSource::Qr)});
    REQUIRE(changeStatus(d, DossierStatus::Processing, d.receivedAt.addDays(1), QStringLiteral("sup.hoa")).ok());
    REQUIRE(changeStatus(d, DossierStatus::Rejected, d.receivedAt.addDays(2), QStringLiteral("sup.hoa"), QStringLiteral("Thiếu bản chính")).ok());
    return d;
}
} // namespace

TEST_CASE("a dossier round-trips exactly through JSON bytes")
{
    const Dossier d = fullDossier();
    const auto back = dossierFromBytes(dossierToBytes(d));
    REQUIRE(back.ok());
    CHECK(back->uuid == d.uuid);
    CHECK(back->receivedAt == d.receivedAt);
    CHECK(back->receivedAt.timeSpec() == Qt::UTC);
    CHECK(back->parties == d.parties);
    CHECK(back->fields == d.fields);
    CHECK(back->attachments == d.attachments);
    CHECK(back->history == d.history);
    CHECK(*back == d);
    // Stable: serialising again gives the same bytes.
    CHECK(dossierToBytes(*back) == dossierToBytes(d));
}

TEST_CASE("a new dossier (no uuid, no dates) round-trips too")
{
    Dossier d;
    d.procedureId = QStringLiteral("p01");
    const auto back = dossierFromJson(dossierToJson(d));
    REQUIRE(back.ok());
    CHECK(*back == d);
    CHECK(back->uuid.isNull());
    CHECK_FALSE(back->receivedAt.isValid());
}

TEST_CASE("the JSON is versioned and names sources and statuses by their stable names")
{
    const QJsonObject json = dossierToJson(fullDossier());
    CHECK(json.value(QStringLiteral("v")).toInt() == 1);
    CHECK(json.value(QStringLiteral("history")).toArray().last().toObject().value(QStringLiteral("status")).toString()
          == QStringLiteral("rejected"));
    CHECK(json.value(QStringLiteral("fields")).toObject().value(QStringLiteral("holder.residence")).toObject()
              .value(QStringLiteral("source")).toString() == QStringLiteral("registry"));
    CHECK(json.value(QStringLiteral("receivedAt")).toString() == QStringLiteral("2025-07-01T09:15:30.123Z"));
}

TEST_CASE("a newer version or damaged JSON is a clear error")
{
    QJsonObject json = dossierToJson(fullDossier());
    json.insert(QStringLiteral("v"), 2);
    const auto newer = dossierFromJson(json);
    REQUIRE_FALSE(newer.ok());
    CHECK(newer.error().code == QStringLiteral("dossier.json.newer"));
    CHECK_FALSE(newer.error().message.isEmpty());

    json.remove(QStringLiteral("v"));
    CHECK(dossierFromJson(json).error().code == QStringLiteral("dossier.json.invalid"));

    const auto garbage = dossierFromBytes(QByteArrayLiteral("{\"v\":1,"));
    REQUIRE_FALSE(garbage.ok());
    CHECK(garbage.error().code == QStringLiteral("dossier.json.invalid"));

    QJsonObject badStatus = dossierToJson(fullDossier());
    badStatus.insert(QStringLiteral("history"), QJsonArray{QJsonObject{{QStringLiteral("status"), QStringLiteral("lost")}}});
    CHECK_FALSE(dossierFromJson(badStatus).ok());
}
