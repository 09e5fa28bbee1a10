// EmrtdReader against the simulator's fault switches and untrusted signers: every fault gives
// its error code, and nothing that failed a check is ever chip-verified.
#include "SessionTestCard.h"
#include "TestSupport.h"
#include "CardImage.h"

using namespace motcua;
using namespace motcua::card;

TEST_CASE("a wrong key is emrtd.access.denied, three times in a row, without hanging")
{
    const test::SessionCard &card = test::sharedCard();
    auto wrongCan = AccessKey::fromCan(card.image.can == QStringLiteral("000000") ? QStringLiteral("111111") : QStringLiteral("000000"));
    REQUIRE(wrongCan.ok());
    test::ChipUnderTest chip(card.image, card.trust);
    for (int attempt = 0; attempt < 3; ++attempt) {
        auto refused = chip.read(*wrongCan);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == QStringLiteral("emrtd.access.denied"));
    }

    sim::SimFaults faults;
    faults.wrongKeyAnswers = true;
    test::ChipUnderTest refusing(card.image, card.trust, faults);
    for (const AccessKey &key : {test::canKey(card.image), test::mrzKey(card.image)}) {
        auto refused = refusing.read(key);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == QStringLiteral("emrtd.access.denied"));
    }

    sim::SimFaults bacOnly = faults;
    bacOnly.paceNotOffered = true;
    test::ChipUnderTest refusingBac(card.image, card.trust, bacOnly);
    for (int attempt = 0; attempt < 3; ++attempt) {
        auto refused = refusingBac.read(test::mrzKey(card.image));
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == QStringLiteral("emrtd.access.denied"));
    }
}

TEST_CASE("a tampered DG13 is read but not verified, and the reasons name DG13")
{
    const test::SessionCard &card = test::sharedCard();
    sim::SimFaults faults;
    faults.tamperedFiles.insert(sim::Fid::dg13);
    test::ChipUnderTest chip(card.image, card.trust, faults);
    QList<bool> formCalls;
    auto result = chip.read(test::canKey(card.image), {}, {}, [&](const Person &, bool verified) { formCalls.append(verified); });
    REQUIRE(result.ok());
    CHECK(result->identity.level == VerificationLevel::ChipUnverified);
    CHECK(result->passiveAuth.mismatchedFiles == QStringList{QStringLiteral("DG13")});
    CHECK(test::reasonsMention(result->identity.reasons, QStringLiteral("DG13")));
    CHECK_FALSE(formCalls.contains(true)); // never shown as verified, even for a moment
    CHECK(result->timings.dg13VerifiedMs == 0);
}

TEST_CASE("a tampered photo is reported by name and the read is not verified")
{
    const test::SessionCard &card = test::sharedCard();
    sim::SimFaults faults;
    faults.tamperedFiles.insert(sim::Fid::dg2);
    test::ChipUnderTest chip(card.image, card.trust, faults);
    auto result = chip.read(test::canKey(card.image));
    REQUIRE(result.ok());
    CHECK(result->identity.level == VerificationLevel::ChipUnverified);
    CHECK(result->passiveAuth.mismatchedFiles.contains(QStringLiteral("DG2")));
    CHECK(test::reasonsMention(result->identity.reasons, QStringLiteral("DG2")));
}

TEST_CASE("an untrusted signer is read but not verified")
{
    const test::SessionCard &card = test::sharedCard();
    SECTION("empty trust store")
    {
        const TrustStore empty;
        test::ChipUnderTest chip(card.image, empty);
        auto result = chip.read(test::canKey(card.image));
        REQUIRE(result.ok());
        CHECK(result->identity.level == VerificationLevel::ChipUnverified);
        CHECK_FALSE(result->passiveAuth.chainOk);
        CHECK(result->passiveAuth.hashesOk);
        CHECK_FALSE(result->identity.reasons.isEmpty());
    }
    SECTION("another PKI's CSCA")
    {
        auto other = sim::TestPki::generate();
        REQUIRE(other.ok());
        TrustStore otherTrust;
        REQUIRE(otherTrust.addCertificates(other->cscaCertificate).ok());
        test::ChipUnderTest chip(card.image, otherTrust);
        QList<bool> formCalls;
        auto result = chip.read(test::canKey(card.image), {}, {}, [&](const Person &, bool verified) { formCalls.append(verified); });
        REQUIRE(result.ok());
        CHECK(result->identity.level == VerificationLevel::ChipUnverified);
        CHECK_FALSE(result->passiveAuth.chainOk);
        CHECK(formCalls == QList<bool>{false});
    }
}

TEST_CASE("an expired document signer is read but not verified")
{
    sim::TestPkiOptions options;
    options.notBefore = QDateTime::currentDateTimeUtc().addYears(-3);
    options.dsNotAfter = QDateTime::currentDateTimeUtc().addDays(-1);
    const test::SessionCard card = test::makeSessionCard(options);
    test::ChipUnderTest chip(card.image, card.trust);
    auto result = chip.read(test::canKey(card.image));
    REQUIRE(result.ok());
    CHECK(result->identity.level == VerificationLevel::ChipUnverified);
    CHECK(result->passiveAuth.hashesOk);
    CHECK(result->passiveAuth.signatureOk);
    CHECK_FALSE(result->passiveAuth.chainOk);
    CHECK(test::reasonsMention(result->identity.reasons, QStringLiteral("pa.chain.expired")));
}

TEST_CASE("a bad response MAC ends the read with a secure-messaging error")
{
    const test::SessionCard &card = test::sharedCard();
    sim::SimFaults faults;
    faults.badResponseMac = true;
    test::ChipUnderTest chip(card.image, card.trust, faults);
    auto result = chip.read(test::canKey(card.image));
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code.startsWith(QStringLiteral("emrtd.sm.")));
}

TEST_CASE("a card pulled out mid-read is a card-removed error, whatever the step")
{
    const test::SessionCard &card = test::sharedCard();
    // During access, during DG13, and in the middle of the photo.
    for (int after : {3, 12, 40}) {
        INFO(after);
        sim::SimFaults faults;
        faults.removeAfterApdus = after;
        faults.maxResponseLength = 200; // more APDUs, so that 40 falls inside DG2
        test::ChipUnderTest chip(card.image, card.trust, faults);
        auto result = chip.read(test::canKey(card.image));
        REQUIRE_FALSE(result.ok());
        CHECK(EmrtdReader::isCardRemoved(result.error()));
        CHECK(chip.transport.apduCount() == after);
    }
}

TEST_CASE("a chip whose Chip Authentication key does not match DG14 is a suspected copy")
{
    test::SessionCard card = test::sharedCard();
    auto other = sim::CardImageBuilder::build(card.citizen, card.pki);
    REQUIRE(other.ok());
    card.image.chipAuthenticationKey = other->chipAuthenticationKey; // a clone: signed files, another key
    test::ChipUnderTest chip(card.image, card.trust);
    auto result = chip.read(test::canKey(card.image));
    REQUIRE(result.ok());
    CHECK(result->chipAuthentication == CheckOutcome::Failed);
    CHECK(result->identity.level == VerificationLevel::ChipUnverified);
    CHECK(test::reasonsMention(result->identity.reasons, QStringLiteral("emrtd.chipAuth.failed")));
}
