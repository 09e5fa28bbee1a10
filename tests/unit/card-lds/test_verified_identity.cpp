#include "LdsTestData.h"
#include "TestSupport.h"
#include "lds/Dg1.h"
#include "lds/Dg13.h"
#include "lds/VerifiedIdentity.h"

#include <catch2/catch.hpp>

using namespace motcua;
using namespace motcua::card;

TEST_CASE("no combination with a failed or missing check is ever chip-verified")
{
    const CheckOutcome outcomes[] = {CheckOutcome::Passed, CheckOutcome::Failed, CheckOutcome::NotPerformed};
    int verified = 0, combinations = 0;
    for (int bits = 0; bits < 16; ++bits) {
        for (const CheckOutcome ca : outcomes) {
            for (const CheckOutcome aa : outcomes) {
                const ChipChecks checks{bool(bits & 1), bool(bits & 2), bool(bits & 4), bool(bits & 8), ca, aa};
                const VerificationLevel level = VerifiedIdentity::levelFor(checks);
                const bool allPassive = bits == 15;
                const bool noFailure = ca != CheckOutcome::Failed && aa != CheckOutcome::Failed;
                const bool oneProof = ca == CheckOutcome::Passed || aa == CheckOutcome::Passed;
                CHECK(level == (allPassive && noFailure && oneProof ? VerificationLevel::ChipVerified : VerificationLevel::ChipUnverified));
                ++combinations;
                if (level == VerificationLevel::ChipVerified) {
                    ++verified;
                    const VerifiedIdentity identity = VerifiedIdentity::fromChip(nullptr, nullptr, {}, checks, {});
                    CHECK(identity.reasons.isEmpty());
                } else {
                    const VerifiedIdentity identity = VerifiedIdentity::fromChip(nullptr, nullptr, {}, checks, {});
                    CHECK(identity.level == VerificationLevel::ChipUnverified);
                    CHECK_FALSE(identity.reasons.isEmpty()); // a clerk always learns why
                }
            }
        }
    }
    CHECK(combinations == 144);
    CHECK(verified == 3); // CA passed + AA passed/not performed, or AA passed alone
}

TEST_CASE("a chip identity takes DG13's fields and completes them from DG1")
{
    const Person citizen = test::syntheticCitizen();
    Person partial = citizen;
    partial.set(PersonKey::idExpiryDate, QString(), FieldSource::Typed);
    const auto dg13 = Dg13::parse(LdsWriter::dg13(partial));
    const auto dg1 = Dg1::parse(LdsWriter::dg1(*LdsWriter::cccdTd1Mrz(citizen, QDate(2024, 3, 14))), test::testToday());
    REQUIRE((dg13.ok() && dg1.ok()));
    const ChipChecks checks{true, true, true, true, CheckOutcome::Passed, CheckOutcome::NotPerformed};
    const VerifiedIdentity identity = VerifiedIdentity::fromChip(&*dg13, &*dg1, QImage(4, 4, QImage::Format_RGB32), checks, {});
    CHECK(identity.level == VerificationLevel::ChipVerified);
    CHECK(identity.person.text(PersonKey::fullName) == QStringLiteral("Nguyễn Văn An")); // DG13, with diacritics
    CHECK(identity.person.text(PersonKey::idExpiryDate) == QStringLiteral("2024-03-14"));   // from DG1
    CHECK(identity.person.source(PersonKey::idExpiryDate) == FieldSource::Chip);
    CHECK_FALSE(identity.photo.isNull());
}

TEST_CASE("QR and typed identities say why they are not verified")
{
    const VerifiedIdentity qr = VerifiedIdentity::fromQr(test::syntheticCitizen());
    CHECK(qr.level == VerificationLevel::QrOnly);
    CHECK(qr.reasons.size() == 1);
    CHECK(verificationLevelName(qr.level) == QStringLiteral("qrOnly"));
    const VerifiedIdentity typed = VerifiedIdentity::typed(test::syntheticCitizen());
    CHECK(typed.level == VerificationLevel::Typed);
    CHECK(typed.reasons.size() == 1);
}
