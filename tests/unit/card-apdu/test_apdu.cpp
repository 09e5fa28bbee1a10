#include "TestSupport.h"
#include "apdu/Apdu.h"

#include <catch2/catch.hpp>

#include <random>

using namespace motcua::card;

namespace {
QByteArray hex(const char *text) { return QByteArray::fromHex(text); }
}

TEST_CASE("commands encode in the four ISO 7816 cases, short and extended")
{
    CHECK(CommandApdu(0x00, 0x84, 0x00, 0x00).encode() == hex("00840000"));
    CHECK(CommandApdu::getChallenge().encode() == hex("0084000008"));
    CHECK(CommandApdu::selectFile(0x011e).encode() == hex("00a4020c02011e"));
    CHECK(CommandApdu::readBinary(0, 256).encode() == hex("00b0000000"));
    CHECK(CommandApdu::readBinary(0x1234, 16).encode() == hex("00b0123410"));
    CHECK(CommandApdu::readBinarySfi(0x0d, 0, 4).encode() == hex("00b08d0004"));
    CHECK(CommandApdu(0x0c, 0xb0, 0, 0, hex("9701ff"), 256).encode() == hex("0cb00000039701ff00"));
    // Extended: Le over 256, or forced.
    CHECK(CommandApdu::readBinary(0, 1000).encode() == hex("00b000000003e8"));
    CHECK(CommandApdu::readBinary(0, 65536).encode() == hex("00b00000000000"));
    CHECK(CommandApdu(0x00, 0x22, 0xc1, 0xa4, hex("800a"), 16).encode(true) == hex("0022c1a4000002800a0010"));
    CHECK(CommandApdu(0x00, 0xd6, 0, 0, QByteArray(300, 'a')).needsExtendedLength());
}

TEST_CASE("decode reads back every encoding")
{
    const CommandApdu cases[] = {
        CommandApdu(0x00, 0x84, 0x00, 0x00), CommandApdu::getChallenge(), CommandApdu::selectFile(0x0101),
        CommandApdu::readBinary(0, 256), CommandApdu(0x0c, 0xb0, 0, 0, hex("9701ff"), 256),
        CommandApdu::readBinary(0, 1000), CommandApdu::readBinary(0, 65536),
        CommandApdu(0x00, 0xd6, 0, 0, QByteArray(300, 'a')), CommandApdu(0x00, 0xd6, 0, 0, QByteArray(300, 'a'), 4000)};
    for (const CommandApdu &apdu : cases) {
        for (bool extended : {false, true}) {
            const auto decoded = CommandApdu::decode(apdu.encode(extended));
            REQUIRE(decoded.has_value());
            CHECK(*decoded == apdu);
        }
    }
}

TEST_CASE("decode refuses malformed commands and never crashes")
{
    CHECK_FALSE(CommandApdu::decode(hex("00a4")).has_value());
    CHECK_FALSE(CommandApdu::decode(hex("00a4020c05011e")).has_value()); // Lc says 5, 2 bytes follow
    CHECK_FALSE(CommandApdu::decode(hex("00a4020c00000201")).has_value()); // extended Lc 2, 1 byte follows
    CHECK(CommandApdu::decode(hex("00b00000000000"))->le() == 65536);      // case 2 extended, Le 0000
    std::mt19937 rng(7);
    for (int i = 0; i < 20000; ++i) {
        QByteArray bytes(std::uniform_int_distribution<int>(0, 12)(rng), '\0');
        for (auto &b : bytes)
            b = char(std::uniform_int_distribution<int>(0, 255)(rng));
        const auto decoded = CommandApdu::decode(bytes);
        if (decoded)
            CHECK(CommandApdu::decode(decoded->encode(bytes.size() > 4 && bytes.at(4) == 0)).has_value());
    }
}

TEST_CASE("responses split data and status word")
{
    const auto r = ResponseApdu::decode(hex("0102039000"));
    REQUIRE(r.has_value());
    CHECK(r->data() == hex("010203"));
    CHECK(r->isOk());
    CHECK(ResponseApdu::decode(hex("6982"))->sw() == Sw::securityNotSatisfied);
    CHECK(ResponseApdu::decode(hex("6982"))->sw1() == 0x69);
    CHECK_FALSE(ResponseApdu::decode(hex("90")).has_value());
    CHECK(ResponseApdu(hex("aa"), 0x6282).encode() == hex("aa6282"));
}
