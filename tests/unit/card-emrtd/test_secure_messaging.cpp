#include "TestSupport.h"
#include "emrtd/SecureMessaging.h"
#include "apdu/Tlv.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>

#include <random>

using namespace motcua;
using namespace motcua::card;

namespace {
QByteArray hex(const char *text) { return QByteArray::fromHex(text); }
SecretBytes key(const char *text) { return SecretBytes(hex(text)); }

// ICAO Doc 9303 Part 11 (8th ed. 2021), Appendix D.4 "Secure messaging": the BAC session keys
// and SSC of the worked example, then SELECT EF.COM and two READ BINARY commands with their
// protected forms and the chip's protected answers.
SmSession appendixD4Session()
{
    return SmSession(crypto::Cipher::Des3, key("979EC13B1CBFE9DCD01AB0FED307EAE5"),
                     key("F1CB1F1FB5ADF208806B89DC579DC1F8"), hex("887022120C06C226"));
}
} // namespace

TEST_CASE("3DES secure messaging reproduces the ICAO 9303-11 Appendix D.4 worked example")
{
    SmSession session = appendixD4Session();

    auto select = session.protectCommand(CommandApdu::selectFile(0x011e));
    REQUIRE(select.ok());
    CHECK(select->encode() == hex("0CA4020C158709016375432908C044F68E08BF8B92D635FF24F800"));
    CHECK(session.ssc() == hex("887022120C06C227"));
    auto selected = session.unprotectResponse(*ResponseApdu::decode(hex("990290008E08FA855A5D4C50A8ED9000")));
    REQUIRE(selected.ok());
    CHECK(selected->sw() == 0x9000);
    CHECK(selected->data().isEmpty());

    auto read4 = session.protectCommand(CommandApdu::readBinary(0, 4));
    REQUIRE(read4.ok());
    CHECK(read4->encode() == hex("0CB000000D9701048E08ED6705417E96BA5500"));
    auto first = session.unprotectResponse(
        *ResponseApdu::decode(hex("8709019FF0EC34F9922651990290008E08AD55CC17140B2DED9000")));
    REQUIRE(first.ok());
    CHECK(first->data() == hex("60145F01"));

    auto read18 = session.protectCommand(CommandApdu::readBinary(4, 18));
    REQUIRE(read18.ok());
    CHECK(read18->encode() == hex("0CB000040D9701128E082EA28A70F3C7B53500"));
    auto rest = session.unprotectResponse(*ResponseApdu::decode(
        hex("871901FB9235F4E4037F2327DCC8964F1F9B8C30F42C8E2FFF224A990290008E08C8B2787EAEA07D749000")));
    REQUIRE(rest.ok());
    CHECK(rest->data() == hex("04303130365F36063034303030305C026175"));
    CHECK(session.ssc() == hex("887022120C06C22C"));
}

TEST_CASE("the chip side unwraps the reader's commands and wraps answers the reader accepts")
{
    for (auto cipher : {crypto::Cipher::Des3, crypto::Cipher::Aes128, crypto::Cipher::Aes192, crypto::Cipher::Aes256}) {
        INFO(int(cipher));
        const QByteArray secret = crypto::randomBytes(32);
        SmSession reader = SmSession::fromSharedSecret(cipher, secret);
        SmSession chip = SmSession::fromSharedSecret(cipher, secret);
        CHECK(reader.kEnc().size() == std::size_t(crypto::keyLength(cipher)));

        const CommandApdu commands[] = {CommandApdu::selectFile(0x0101), CommandApdu::readBinary(0, 223),
                                        CommandApdu::readBinary(300, 1000),
                                        CommandApdu(0x00, 0xb1, 0x00, 0x00, hex("54028000"), 4000),
                                        CommandApdu(0x00, 0xd6, 0x00, 0x00, QByteArray(400, 'z'))};
        for (const CommandApdu &command : commands) {
            auto wire = reader.protectCommand(command);
            REQUIRE(wire.ok());
            auto decoded = CommandApdu::decode(wire->encode());
            REQUIRE(decoded.has_value());
            auto plain = chip.unprotectCommand(*decoded);
            REQUIRE(plain.ok());
            CHECK(*plain == command);
            const QByteArray answer = crypto::randomBytes(command.ins() == 0xb0 ? 200 : 0);
            auto protectedAnswer = chip.protectResponse(command.ins(), ResponseApdu(answer, 0x9000));
            REQUIRE(protectedAnswer.ok());
            if (command.ins() == 0xb1)
                CHECK(protectedAnswer->data().startsWith(char(0x99))); // no data: no DO'85'
            auto back = reader.unprotectResponse(*protectedAnswer);
            REQUIRE(back.ok());
            CHECK(back->data() == answer);
        }
        CHECK(reader.ssc() == chip.ssc());
    }
}

TEST_CASE("responses that fail a strict check are refused with an SM error")
{
    const auto fresh = [] {
        SmSession session = appendixD4Session();
        (void)session.protectCommand(CommandApdu::selectFile(0x011e));
        return session;
    };
    const QByteArray good = hex("990290008E08FA855A5D4C50A8ED");
    REQUIRE(fresh().unprotectResponse(ResponseApdu(good, 0x9000)).ok());

    struct Case { const char *name; QByteArray data; quint16 sw; const char *code; };
    QByteArray flipped = good;
    flipped[good.size() - 1] = char(flipped.back() ^ 1);
    const Case cases[] = {
        {"MAC byte flipped", flipped, 0x9000, "emrtd.sm.mac"},
        {"DO'8E' missing", hex("99029000"), 0x9000, "emrtd.sm.mac"},
        {"DO'99' missing", hex("8E08FA855A5D4C50A8ED"), 0x9000, "emrtd.sm.format"},
        {"SW differs from DO'99'", good, 0x6282, "emrtd.sm.mac"},
        {"unexpected object", hex("53010099029000") + hex("8E08FA855A5D4C50A8ED"), 0x9000, "emrtd.sm.mac"},
        {"object after DO'8E'", good + hex("0100"), 0x9000, "emrtd.sm.format"},
        {"short MAC", hex("990290008E04FA855A5D"), 0x9000, "emrtd.sm.mac"},
        {"no SM objects at all", QByteArray(), 0x9000, "emrtd.sm.format"},
        {"truncated", good.left(7), 0x9000, "emrtd.sm.format"},
    };
    for (const Case &c : cases) {
        INFO(c.name);
        SmSession session = fresh();
        auto result = session.unprotectResponse(ResponseApdu(c.data, c.sw));
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().code == QLatin1String(c.code));
        CHECK(result.error().message == QStringLiteral("The card's answer could not be verified. Take the card out and try again."));
    }
}

TEST_CASE("bad padding inside a correctly MACed cryptogram is refused")
{
    const QByteArray secret = crypto::randomBytes(24);
    SmSession reader = SmSession::fromSharedSecret(crypto::Cipher::Aes128, secret);
    (void)reader.protectCommand(CommandApdu::readBinary(0, 16)); // SSC 1
    // A chip that encrypts a block without padding, with correct keys, IV and MAC (SSC 2).
    QByteArray ssc(16, '\0');
    ssc[15] = 2;
    auto iv = crypto::encryptBlock(crypto::Cipher::Aes128, reader.kEnc(), ssc);
    REQUIRE(iv.ok());
    auto cryptogram = crypto::encryptCbc(crypto::Cipher::Aes128, reader.kEnc(), *iv, QByteArray(16, 'A'));
    REQUIRE(cryptogram.ok());
    const QByteArray objects = Tlv::encode(0x87, QByteArray(1, '\x01') + *cryptogram) + hex("99029000");
    auto macValue = crypto::mac(crypto::Cipher::Aes128, reader.kMac(), crypto::pad(ssc + objects, 16));
    REQUIRE(macValue.ok());
    auto result = reader.unprotectResponse(ResponseApdu(objects + Tlv::encode(0x8e, *macValue), 0x9000));
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == QStringLiteral("emrtd.sm.format"));
    CHECK(result.error().detail.contains(QStringLiteral("padding")));
}

TEST_CASE("SM unwrap fuzz: random and truncated responses never crash")
{
    std::mt19937 rng(77);
    const QByteArray secret = crypto::randomBytes(16);
    SmSession chip = SmSession::fromSharedSecret(crypto::Cipher::Aes128, secret);
    SmSession reader = SmSession::fromSharedSecret(crypto::Cipher::Aes128, secret);
    (void)reader.protectCommand(CommandApdu::readBinary(0, 64));
    (void)chip.unprotectCommand(CommandApdu(0x0c, 0, 0, 0, {}));
    auto genuine = chip.protectResponse(0xb0, ResponseApdu(crypto::randomBytes(64), 0x9000));
    REQUIRE(genuine.ok());
    QElapsedTimer timer;
    timer.start();
    int iterations = 0;
    while (timer.elapsed() < 2000) {
        QByteArray data;
        switch (iterations % 3) {
        case 0: data = genuine->data().left(int(rng() % genuine->data().size())); break;
        case 1:
            data = genuine->data();
            data[int(rng() % data.size())] ^= char(1 + rng() % 255); // a byte that really changes
            break;
        default:
            data.resize(int(rng() % 120));
            for (auto &c : data)
                c = char(rng());
        }
        SmSession copy = reader;
        auto result = copy.unprotectResponse(ResponseApdu(QByteArray(data.constData(), data.size()), quint16(rng())));
        CHECK_FALSE(result.ok()); // nothing but the genuine answer verifies
        ++iterations;
    }
    CHECK(iterations > 1000);
}
