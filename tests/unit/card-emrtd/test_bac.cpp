#include "EmrtdTestImage.h"
#include "ScriptedTransport.h"
#include "TestSupport.h"
#include "applet/AppletTransport.h"
#include "emrtd/Bac.h"
#include "emrtd/FileReader.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>

using namespace motcua;
using namespace motcua::card;

namespace {
QByteArray hex(const char *text) { return QByteArray::fromHex(text); }
}

// ICAO Doc 9303 Part 11 (8th ed. 2021), Appendix D.3 "Authentication and establishment of
// session keys": MRZ information L898902C<369080619406236, RND.ICC 4608F91988702212,
// RND.IFD 781723860C06C226, K.IFD 0B795240CB7049B01C19B33E32804F0B, the MUTUAL AUTHENTICATE
// command data and the chip's answer, then KSEnc, KSMac and SSC; D.4 continues with them.
TEST_CASE("BAC reproduces the ICAO 9303-11 Appendix D.3 worked example")
{
    test::ScriptedTransport chip({
        {hex("0084000008"), hex("4608F919887022129000")},
        {hex("0082000028" "72C29C2371CC9BDB65B779B8E8D37B29ECC154AA56A8799FAE2F498F76ED92F2" "5F1448EEA8AD90A7" "28"),
         hex("46B9342A41396CD7386BF5803104D7CEDC122B9132139BAF2EEDC94EE178534F" "2F2D235D074D7449" "9000")},
    });
    const RandomSource fixed = [](int count) {
        return count == 8 ? hex("781723860C06C226") : hex("0B795240CB7049B01C19B33E32804F0B");
    };
    auto session = Bac::authenticate(chip, QStringLiteral("L898902C<369080619406236"), fixed);
    REQUIRE(session.ok());
    CHECK(session->kEnc().toByteArray() == hex("979EC13B1CBFE9DCD01AB0FED307EAE5"));
    CHECK(session->kMac().toByteArray() == hex("F1CB1F1FB5ADF208806B89DC579DC1F8"));
    CHECK(session->ssc() == hex("887022120C06C226"));
}

TEST_CASE("BAC with the applet opens secure messaging and reads EF.COM")
{
    test::TestCard card = test::makeTestCard();
    sim::Applet applet(card.image);
    sim::AppletTransport transport(applet);
    auto session = Bac::authenticate(transport, card.image.mrzInformation);
    REQUIRE(session.ok());
    CHECK(session->cipher() == crypto::Cipher::Des3);
    SecureChannel channel(transport, *session);
    auto com = FileReader(channel).readByFid(sim::Fid::com);
    REQUIRE(com.ok());
    CHECK(*com == card.image.files[sim::Fid::com]);
}

TEST_CASE("a wrong MRZ key is emrtd.access.denied, and a blocked chip answers at once")
{
    test::TestCard card = test::makeTestCard();
    sim::Applet applet(card.image);
    sim::AppletTransport transport(applet);
    const QString wrong = QStringLiteral("L898902C<369080619406237");
    QElapsedTimer timer;
    timer.start();
    for (int attempt = 0; attempt < 5; ++attempt) {
        auto refused = Bac::authenticate(transport, wrong);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == QStringLiteral("emrtd.access.denied"));
        CHECK(refused.error().message == QStringLiteral("The card refused the access key: check the ID number or the MRZ."));
    }
    // After three wrong keys even the right one is refused (the chip is blocked), without delay.
    auto blocked = Bac::authenticate(transport, card.image.mrzInformation);
    REQUIRE_FALSE(blocked.ok());
    CHECK(blocked.error().code == QStringLiteral("emrtd.access.denied"));
    CHECK(timer.elapsed() < 2000);

    sim::SimFaults faults;
    faults.wrongKeyAnswers = true;
    sim::Applet refusing(card.image, faults);
    sim::AppletTransport refusingTransport(refusing);
    auto refused = Bac::authenticate(refusingTransport, card.image.mrzInformation);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == QStringLiteral("emrtd.access.denied"));
}

TEST_CASE("a bad response MAC ends the session with an SM error")
{
    test::TestCard card = test::makeTestCard();
    sim::SimFaults faults;
    faults.badResponseMac = true;
    sim::Applet applet(card.image, faults);
    sim::AppletTransport transport(applet);
    auto session = Bac::authenticate(transport, card.image.mrzInformation);
    REQUIRE(session.ok()); // BAC itself is not secure messaging
    SecureChannel channel(transport, *session);
    auto read = FileReader(channel).readByFid(sim::Fid::dg1);
    REQUIRE_FALSE(read.ok());
    CHECK(read.error().code == QStringLiteral("emrtd.sm.mac"));
    CHECK(read.error().message == QStringLiteral("The card's answer could not be verified. Take the card out and try again."));
    CHECK(channel.isClosed());
    auto after = channel.transmit(CommandApdu::selectFile(sim::Fid::com));
    REQUIRE_FALSE(after.ok());
    CHECK(after.error().code == QStringLiteral("emrtd.sm.closed"));
}
