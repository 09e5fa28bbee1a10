// EmrtdReader against the simulated chip (Applet in-process) holding a real card image: the
// happy paths of each access protocol and the order in which the form is filled.
#include "SessionTestCard.h"
#include "TestSupport.h"
#include "lds/LdsFile.h"

using namespace motcua;
using namespace motcua::card;

namespace {

// The keys DG13 carries for the synthetic citizens (cccd.md's field list).
const QStringList kDg13Keys{PersonKey::id12,          PersonKey::fullName,      PersonKey::dateOfBirth,
                            PersonKey::sex,           PersonKey::nationality,   PersonKey::ethnicity,
                            PersonKey::religion,      PersonKey::placeOfOrigin, PersonKey::permanentResidence,
                            PersonKey::identifyingMarks, PersonKey::idIssueDate, PersonKey::fatherName,
                            PersonKey::motherName,    PersonKey::spouseName,    PersonKey::oldIdNumber};

} // namespace

TEST_CASE("PACE with the CAN reads every file and the identity is chip-verified")
{
    const test::SessionCard &card = test::sharedCard();
    test::ChipUnderTest chip(card.image, card.trust);
    auto result = chip.read(test::canKey(card.image));
    REQUIRE(result.ok());
    CHECK(result->accessProtocol == QStringLiteral("PACE-CAN"));
    CHECK(result->identity.level == VerificationLevel::ChipVerified);
    CHECK(result->identity.reasons.isEmpty());
    CHECK(result->passiveAuth.verified());
    CHECK(result->chipAuthentication == CheckOutcome::Passed);
    CHECK(result->activeAuthentication == CheckOutcome::NotPerformed);

    REQUIRE(result->dg13.has_value());
    REQUIRE(result->dg1.has_value());
    const Person &person = result->identity.person;
    int compared = 0;
    for (const QString &key : kDg13Keys) {
        if (!card.citizen.person.has(key))
            continue;
        INFO(key);
        CHECK(person.text(key) == card.citizen.person.text(key));
        CHECK(person.source(key) == FieldSource::Chip);
        ++compared;
    }
    CHECK(compared >= 10);
    CHECK(result->dg1->mrzInformation == card.image.mrzInformation);
    CHECK_FALSE(result->identity.photo.isNull());

    // Every file as the chip holds it, and the figures add up.
    for (int file : {1, 2, 13, 14, 15, lds::kSod})
        CHECK(result->files.value(lds::fileName(file)) == card.image.files.value(lds::fileId(file)));
    qint64 bytes = 0;
    for (const QByteArray &file : result->files)
        bytes += file.size();
    CHECK(result->timings.bytesRead == bytes);
    CHECK(result->timings.apduCount == chip.transport.apduCount());
    int perFile = 0;
    for (int count : result->timings.apdusPerFile)
        perFile += count;
    CHECK(perFile == result->timings.apduCount);
    CHECK(result->timings.apdusPerFile.value(QStringLiteral("DG13")) >= 2); // SELECT + READ BINARY
    CHECK(result->timings.accessMs > 0);
    CHECK(result->timings.dg13ReadMs >= result->timings.accessMs);
    CHECK(result->timings.dg13VerifiedMs >= result->timings.dg13ReadMs);
    CHECK(result->timings.fullReadMs >= result->timings.dg13VerifiedMs);
}

TEST_CASE("PACE with the MRZ information opens the chip too")
{
    const test::SessionCard &card = test::sharedCard();
    test::ChipUnderTest chip(card.image, card.trust);
    auto result = chip.read(test::mrzKey(card.image));
    REQUIRE(result.ok());
    CHECK(result->accessProtocol == QStringLiteral("PACE-MRZ"));
    CHECK(result->identity.level == VerificationLevel::ChipVerified);
}

TEST_CASE("a chip without PACE is read with BAC from the MRZ, a CAN gets a clear error")
{
    const test::SessionCard &card = test::sharedCard();
    sim::SimFaults faults;
    faults.paceNotOffered = true;
    test::ChipUnderTest chip(card.image, card.trust, faults);
    auto result = chip.read(test::mrzKey(card.image));
    REQUIRE(result.ok());
    CHECK(result->accessProtocol == QStringLiteral("BAC"));
    CHECK(result->identity.level == VerificationLevel::ChipVerified);
    CHECK(result->identity.person.text(PersonKey::id12) == card.citizen.person.text(PersonKey::id12));

    test::ChipUnderTest withCan(card.image, card.trust, faults);
    auto refused = withCan.read(test::canKey(card.image));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == SessionErrorCode::mrzRequired);
    CHECK(refused.error().message.contains(QStringLiteral("MRZ")));
}

TEST_CASE("without the photo the read stops after clone detection and still verifies")
{
    const test::SessionCard &card = test::sharedCard();
    test::ChipUnderTest chip(card.image, card.trust);
    EmrtdReader::Options options;
    options.readPhoto = false;
    auto result = chip.read(test::canKey(card.image), options);
    REQUIRE(result.ok());
    CHECK_FALSE(result->files.contains(QStringLiteral("DG2")));
    CHECK(result->identity.photo.isNull());
    CHECK(result->identity.level == VerificationLevel::ChipVerified);
}

TEST_CASE("the form is filled from DG13 first, then marked verified, before the photo is read")
{
    const test::SessionCard &card = test::sharedCard();
    test::ChipUnderTest chip(card.image, card.trust);
    QStringList events;
    auto result = chip.read(
        test::canKey(card.image), {},
        [&](const ReadProgress &progress) {
            if (events.isEmpty() || events.last() != progress.file)
                events.append(progress.file);
            CHECK(progress.bytesRead <= progress.totalBytes);
        },
        [&](const Person &person, bool verified) {
            CHECK(person.text(PersonKey::id12) == card.citizen.person.text(PersonKey::id12));
            events.append(verified ? QStringLiteral("form:verified") : QStringLiteral("form:unverified"));
        });
    REQUIRE(result.ok());
    CAPTURE(events.join(QLatin1Char(' ')).toStdString());
    REQUIRE(events.size() >= 4);
    CHECK(events.at(0) == QStringLiteral("DG13"));
    CHECK(events.at(1) == QStringLiteral("form:unverified"));
    CHECK(events.at(2) == QStringLiteral("EF.SOD"));
    CHECK(events.at(3) == QStringLiteral("form:verified"));
    CHECK(events.last() == QStringLiteral("DG2"));
    CHECK(events.count(QStringLiteral("form:verified")) == 1);
}

TEST_CASE("a small maximum response size gives the same data in more APDUs")
{
    const test::SessionCard &card = test::sharedCard();
    test::ChipUnderTest normal(card.image, card.trust);
    auto full = normal.read(test::canKey(card.image));
    REQUIRE(full.ok());

    sim::SimFaults faults;
    faults.maxResponseLength = 100;
    test::ChipUnderTest small(card.image, card.trust, faults);
    auto chunked = small.read(test::canKey(card.image));
    REQUIRE(chunked.ok());
    CHECK(chunked->identity.level == VerificationLevel::ChipVerified);
    CHECK(chunked->files == full->files);
    CHECK(chunked->timings.apduCount > full->timings.apduCount);
}

TEST_CASE("cancel() stops the read at the next APDU")
{
    const test::SessionCard &card = test::sharedCard();
    test::ChipUnderTest chip(card.image, card.trust);
    int apdusAtCancel = -1;
    auto result = chip.read(test::canKey(card.image), {}, {}, [&](const Person &, bool) {
        if (apdusAtCancel < 0) {
            apdusAtCancel = chip.transport.apduCount();
            chip.reader.cancel();
        }
    });
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == SessionErrorCode::cancelled);
    CHECK(chip.transport.apduCount() == apdusAtCancel);

    // The flag does not outlive the read it stopped.
    auto again = chip.read(test::canKey(card.image));
    REQUIRE(again.ok());
    CHECK(again->identity.level == VerificationLevel::ChipVerified);
}
