#include "DossierFixtures.h"
#include "TestSupport.h"
#include "dossier/Dossier.h"

#include <catch2/catch.hpp>

using namespace motcua;

TEST_CASE("status names are stable and round-trip")
{
    for (auto status : {DossierStatus::Received, DossierStatus::Processing, DossierStatus::ResultReady,
                        DossierStatus::Returned, DossierStatus::Rejected})
        CHECK(dossierStatusFromName(dossierStatusName(status)) == status);
    CHECK(dossierStatusName(DossierStatus::ResultReady) == QStringLiteral("resultReady"));
    CHECK_FALSE(dossierStatusFromName(QStringLiteral("done")).has_value());
}

TEST_CASE("status transitions follow the counter's path")
{
    CHECK(isAllowedTransition(DossierStatus::Received, DossierStatus::Processing));
    CHECK(isAllowedTransition(DossierStatus::Processing, DossierStatus::ResultReady));
    CHECK(isAllowedTransition(DossierStatus::ResultReady, DossierStatus::Returned));
    CHECK(isAllowedTransition(DossierStatus::Received, DossierStatus::Rejected));
    CHECK(isAllowedTransition(DossierStatus::ResultReady, DossierStatus::Rejected));
    CHECK_FALSE(isAllowedTransition(DossierStatus::Received, DossierStatus::ResultReady));
    CHECK_FALSE(isAllowedTransition(DossierStatus::Processing, DossierStatus::Received));
    CHECK_FALSE(isAllowedTransition(DossierStatus::Returned, DossierStatus::Rejected));
    CHECK_FALSE(isAllowedTransition(DossierStatus::Rejected, DossierStatus::Processing));
}

TEST_CASE("changeStatus appends checked changes and needs a reason to reject")
{
    Dossier d = test::makeDossier();
    const QDateTime at = d.receivedAt.addSecs(3600);
    REQUIRE(changeStatus(d, DossierStatus::Processing, at, QStringLiteral("clerk.lan")).ok());
    CHECK(d.status() == DossierStatus::Processing);

    const Status skip = changeStatus(d, DossierStatus::Returned, at, QStringLiteral("clerk.lan"));
    REQUIRE_FALSE(skip.ok());
    CHECK(skip.error().code == QStringLiteral("dossier.status.transition"));

    const Status noReason = changeStatus(d, DossierStatus::Rejected, at, QStringLiteral("clerk.lan"), QStringLiteral("  "));
    REQUIRE_FALSE(noReason.ok());
    CHECK(noReason.error().code == QStringLiteral("dossier.status.reasonMissing"));

    REQUIRE(changeStatus(d, DossierStatus::Rejected, at, QStringLiteral("clerk.lan"), QStringLiteral("thiếu giấy tờ")).ok());
    CHECK(d.status() == DossierStatus::Rejected);
    CHECK(d.history.constLast().note == QStringLiteral("thiếu giấy tờ"));
    CHECK(d.history.size() == 3);
}

TEST_CASE("a dossier without history is received")
{
    Dossier d;
    CHECK(d.status() == DossierStatus::Received);
    CHECK(d.holder() == nullptr);
    CHECK(d.holderName().isEmpty());
}

TEST_CASE("the holder is the party in role holder, else the first")
{
    Dossier d;
    d.parties.append(DossierParty{QStringLiteral("requester"), test::makePerson(QStringLiteral("Trần Thị Bình"), QStringLiteral("058190000001"))});
    CHECK(d.holderName() == QStringLiteral("Trần Thị Bình"));
    d.parties.append(DossierParty{kHolderRole, test::makePerson(QStringLiteral("Lê Văn Cường"), QStringLiteral("058090000002"))});
    CHECK(d.holderName() == QStringLiteral("Lê Văn Cường"));
}

TEST_CASE("metrics count fields, reused data and documents")
{
    const Dossier d = test::makeDossier();
    const DossierMetrics m = metricsOf(d);
    CHECK(m.fieldCount == 4);
    CHECK(m.reusedFieldCount == 2); // chip + registry; the typed ones are declared again
    CHECK(m.attachmentCount == 3);
    CHECK(m.digitisedCount == 2);  // the paper-only document has no scan
    CHECK(m.reusedAttachmentCount == 1);
}
