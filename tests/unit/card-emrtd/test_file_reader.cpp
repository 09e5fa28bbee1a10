#include "EmrtdTestImage.h"
#include "TestSupport.h"
#include "applet/AppletTransport.h"
#include "emrtd/FileReader.h"
#include "emrtd/Pace.h"

#include <catch2/catch.hpp>

using namespace motcua;
using namespace motcua::card;

namespace {

struct PaceSetup {
    test::TestCard card = test::makeTestCard();
    std::unique_ptr<sim::Applet> applet;
    std::unique_ptr<sim::AppletTransport> transport;
    std::unique_ptr<SecureChannel> channel;

    explicit PaceSetup(sim::SimFaults faults = {})
    {
        applet = std::make_unique<sim::Applet>(card.image, faults);
        transport = std::make_unique<sim::AppletTransport>(*applet);
        auto session = Pace::authenticate(*transport, PacePassword::Can, card.image.can, Pace::cccdDefaults());
        REQUIRE(session.ok());
        channel = std::make_unique<SecureChannel>(*transport, *session);
    }
};

int ceilDiv(qsizetype a, int b) { return int((a + b - 1) / b); }

} // namespace

TEST_CASE("every file reads back equal to the image, in the fewest APDUs, with short and extended APDUs")
{
    const quint16 files[] = {sim::Fid::com, sim::Fid::dg13, sim::Fid::dg1, sim::Fid::dg14, sim::Fid::dg15,
                             sim::Fid::sod, sim::Fid::dg2};
    for (bool shortOnly : {false, true}) {
        INFO("short APDUs only: " << shortOnly);
        sim::SimFaults faults;
        faults.noExtendedLength = shortOnly;
        PaceSetup setup(faults);
        CHECK(setup.channel->maxResponseLength() == (shortOnly ? 223 : 65503));
        for (quint16 fid : files) {
            INFO("file " << fid);
            const int before = setup.transport->apduCount();
            auto content = FileReader(*setup.channel).readByFid(fid);
            if (!content)
                FAIL(content.error().detail.toStdString());
            CHECK(*content == setup.card.image.files[fid]);
            // SELECT, then ceil(size / chunk) reads (B1 past 32767 carries a few bytes less).
            const int minimum = 1 + ceilDiv(content->size(), setup.channel->maxResponseLength());
            CHECK(setup.transport->apduCount() - before <= minimum + 1);
            CHECK(setup.transport->apduCount() - before >= minimum);
        }
    }
}

TEST_CASE("a small maximum response size is honoured and progress is reported per APDU")
{
    sim::SimFaults faults;
    faults.maxResponseLength = 100;
    PaceSetup setup(faults);
    QList<QPair<qsizetype, qsizetype>> steps;
    auto sod = FileReader(*setup.channel).readByFid(sim::Fid::sod, [&](qsizetype read, qsizetype total) {
        steps.append({read, total});
    });
    REQUIRE(sod.ok());
    CHECK(*sod == setup.card.image.files[sim::Fid::sod]);
    REQUIRE(steps.size() >= 2);
    for (qsizetype i = 1; i < steps.size(); ++i)
        CHECK(steps[i].first > steps[i - 1].first);
    CHECK(steps.back().first == steps.back().second);
    CHECK(steps.back().second == sod->size());
    CHECK(steps.size() == ceilDiv(sod->size(), setup.channel->maxResponseLength()));
}

TEST_CASE("DG3 is not allowed, an absent file is absent, by SFI too")
{
    PaceSetup setup;
    auto dg3 = FileReader(*setup.channel).readByFid(sim::Fid::dg3);
    REQUIRE_FALSE(dg3.ok());
    CHECK(dg3.error().code == QStringLiteral("emrtd.file.notAllowed"));
    auto dg11 = FileReader(*setup.channel).readByFid(0x010b);
    REQUIRE_FALSE(dg11.ok());
    CHECK(dg11.error().code == QStringLiteral("emrtd.file.absent"));
    auto dg13 = FileReader(*setup.channel).readBySfi(0x0d);
    REQUIRE(dg13.ok());
    CHECK(*dg13 == setup.card.image.files[sim::Fid::dg13]);
}

TEST_CASE("a tampered file is still read (passive authentication catches it later)")
{
    sim::SimFaults faults;
    faults.tamperedFiles.insert(sim::Fid::dg13);
    PaceSetup setup(faults);
    auto dg13 = FileReader(*setup.channel).readByFid(sim::Fid::dg13);
    REQUIRE(dg13.ok());
    CHECK(dg13->size() == setup.card.image.files[sim::Fid::dg13].size());
    CHECK(*dg13 != setup.card.image.files[sim::Fid::dg13]);
}

TEST_CASE("files other than EF.CardAccess are refused without secure messaging")
{
    test::TestCard card = test::makeTestCard();
    sim::Applet applet(card.image);
    sim::AppletTransport transport(applet);
    auto plain = FileReader(transport).readByFid(sim::Fid::dg1);
    REQUIRE_FALSE(plain.ok());
    CHECK(plain.error().code == QStringLiteral("emrtd.file.notAllowed"));
}
