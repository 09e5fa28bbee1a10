#include "EmrtdTestImage.h"
#include "TestSupport.h"
#include "applet/AppletTransport.h"
#include "emrtd/FileReader.h"
#include "emrtd/OpenPace.h"
#include "emrtd/Pace.h"

#include <catch2/catch.hpp>

using namespace motcua;
using namespace motcua::card;

namespace {
QByteArray hex(const char *text) { return QByteArray::fromHex(text); }

Result<QByteArray> readDg1(ApduTransport &transport, const SmSession &session)
{
    SecureChannel channel(transport, session);
    return FileReader(channel).readByFid(sim::Fid::dg1);
}
} // namespace

TEST_CASE("EF.CardAccess of the CCCD gives ECDH-GM-AES-128 on brainpoolP256r1, by SFI")
{
    test::TestCard card = test::makeTestCard();
    sim::Applet applet(card.image);
    sim::AppletTransport transport(applet);
    const auto cardAccess = Pace::readCardAccess(transport);
    REQUIRE(cardAccess.has_value());
    CHECK(*cardAccess == test::cccdCardAccess());
    const PaceParameters parameters = Pace::parameters(cardAccess);
    CHECK(parameters.fromCardAccess);
    CHECK(parameters.protocolNid == NID_id_PACE_ECDH_GM_AES_CBC_CMAC_128);
    CHECK(parameters.parameterId == 13);
    CHECK(transport.apduCount() == 1); // READ BINARY with SFI 1C: no SELECT of the master file

    // Unreadable or garbage EF.CardAccess: the known CCCD parameters.
    CHECK(Pace::parameters(std::nullopt) == Pace::cccdDefaults());
    CHECK(Pace::parameters(hex("31023000")) == Pace::cccdDefaults());
    CHECK(Pace::cccdDefaults().parameterId == 13);
}

TEST_CASE("PACE with the CAN and with the MRZ opens AES secure messaging with the applet")
{
    test::TestCard card = test::makeTestCard();
    sim::Applet applet(card.image);
    sim::AppletTransport transport(applet);
    const PaceParameters parameters = Pace::parameters(Pace::readCardAccess(transport));

    auto can = Pace::authenticate(transport, PacePassword::Can, card.image.can, parameters);
    REQUIRE(can.ok());
    CHECK(can->cipher() == crypto::Cipher::Aes128);
    CHECK(can->ssc() == QByteArray(16, '\0'));
    auto dg1 = readDg1(transport, *can);
    REQUIRE(dg1.ok());
    CHECK(*dg1 == card.image.files[sim::Fid::dg1]);

    auto mrz = Pace::authenticate(transport, PacePassword::Mrz, card.image.mrzInformation, parameters);
    REQUIRE(mrz.ok());
    auto again = readDg1(transport, *mrz);
    REQUIRE(again.ok());
    CHECK(*again == card.image.files[sim::Fid::dg1]);
}

TEST_CASE("PACE runs on the standard curves with AES-128, 192 and 256")
{
    openpace::initOpenPace();
    test::TestCard card = test::makeTestCard();
    const int curves[] = {12, 13, 15, 16}; // P-256, brainpoolP256r1, P-384, brainpoolP384r1
    const std::pair<int, crypto::Cipher> ciphers[] = {{NID_id_PACE_ECDH_GM_AES_CBC_CMAC_128, crypto::Cipher::Aes128},
                                                      {NID_id_PACE_ECDH_GM_AES_CBC_CMAC_192, crypto::Cipher::Aes192},
                                                      {NID_id_PACE_ECDH_GM_AES_CBC_CMAC_256, crypto::Cipher::Aes256}};
    for (int curve : curves) {
        for (const auto &[nid, cipher] : ciphers) {
            INFO("parameters " << curve << " cipher " << int(cipher));
            sim::Applet applet(card.image);
            sim::AppletTransport transport(applet);
            auto session = Pace::authenticate(transport, PacePassword::Can, card.image.can, {nid, curve, false});
            REQUIRE(session.ok());
            CHECK(session->cipher() == cipher);
            CHECK(session->kEnc().size() == std::size_t(crypto::keyLength(cipher)));
            CHECK(readDg1(transport, *session).ok());
        }
    }
}

TEST_CASE("a wrong CAN is emrtd.access.denied at the mutual authentication step")
{
    test::TestCard card = test::makeTestCard();
    sim::Applet applet(card.image);
    sim::AppletTransport transport(applet);
    auto refused = Pace::authenticate(transport, PacePassword::Can, QStringLiteral("654321"), Pace::cccdDefaults());
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == QStringLiteral("emrtd.access.denied"));
    CHECK(refused.error().detail.contains(QStringLiteral("step 4")));
    CHECK(refused.error().detail.contains(QStringLiteral("6300")));

    sim::SimFaults faults;
    faults.wrongKeyAnswers = true;
    sim::Applet refusing(card.image, faults);
    sim::AppletTransport refusingTransport(refusing);
    auto denied = Pace::authenticate(refusingTransport, PacePassword::Can, card.image.can, Pace::cccdDefaults());
    REQUIRE_FALSE(denied.ok());
    CHECK(denied.error().code == QStringLiteral("emrtd.access.denied"));
}

TEST_CASE("a chip that does not offer PACE has no EF.CardAccess and refuses MSE:SET AT")
{
    test::TestCard card = test::makeTestCard();
    sim::SimFaults faults;
    faults.paceNotOffered = true;
    sim::Applet applet(card.image, faults);
    sim::AppletTransport transport(applet);
    CHECK_FALSE(Pace::readCardAccess(transport).has_value());
    auto refused = Pace::authenticate(transport, PacePassword::Can, card.image.can, Pace::cccdDefaults());
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == QStringLiteral("emrtd.pace.refused"));
}
