#include "IdentityTestData.h"
#include "TestSupport.h"
#include "identity/AccessKeys.h"
#include "identity/Td1Mrz.h"

#include <bit>
#include <catch2/catch.hpp>

using namespace motcua;
using namespace motcua::test;

namespace {
QString hex(const SecretBytes &bytes)
{
    return QString::fromLatin1(bytes.toByteArray().toHex().toUpper());
}
} // namespace

// ICAO Doc 9303 Part 11, Appendix D.1 worked example (also in docs/cccd.md).
TEST_CASE("BAC keys of the Doc 9303 Part 11 worked example")
{
    const Result<QString> info = AccessKeys::mrzInformation(QStringLiteral("L898902C"), QStringLiteral("690806"),
                                                            QStringLiteral("940623"));
    REQUIRE(info.ok());
    CHECK(*info == QStringLiteral("L898902C<369080619406236"));
    const SecretBytes seed = AccessKeys::keySeed(*info);
    CHECK(hex(seed) == QStringLiteral("239AB9CB282DAF66231DC5A4DF6BFBAE"));
    const BacKeys keys = AccessKeys::bacKeys(seed);
    CHECK(hex(keys.kEnc) == QStringLiteral("AB94FDECF2674FDFB9B391F85D7F76F2"));
    CHECK(hex(keys.kMac) == QStringLiteral("7962D9ECE03D1ACD4C76089DCE131543"));
}

TEST_CASE("the MRZ information of a parsed CCCD MRZ matches the one built from its values")
{
    const SyntheticCitizen c;
    const Result<Td1Mrz> mrz = Td1Mrz::parse(cccdMrz(c), testToday());
    REQUIRE(mrz.ok());
    const QString fromMrz = AccessKeys::mrzInformation(*mrz);
    CHECK(fromMrz.size() == 24);
    CHECK(fromMrz.startsWith(c.id12.right(9)));
    const Result<QString> fromDates = AccessKeys::mrzInformation(c.id12.right(9), c.dateOfBirth, ExpiryDate::on(c.expiry));
    REQUIRE(fromDates.ok());
    CHECK(*fromDates == fromMrz);
}

TEST_CASE("MRZ information from values rejects what it cannot encode")
{
    CHECK_FALSE(AccessKeys::mrzInformation(QString(), QStringLiteral("690806"), QStringLiteral("940623")).ok());
    CHECK_FALSE(AccessKeys::mrzInformation(QStringLiteral("L8989-02C"), QStringLiteral("690806"), QStringLiteral("940623")).ok());
    CHECK_FALSE(AccessKeys::mrzInformation(QStringLiteral("L898902C"), QStringLiteral("69086"), QStringLiteral("940623")).ok());
    CHECK_FALSE(AccessKeys::mrzInformation(QStringLiteral("L898902C"), QStringLiteral("<<<<<<"), QStringLiteral("940623")).ok());
    CHECK_FALSE(AccessKeys::mrzInformation(QStringLiteral("L898902C"), QDate(1969, 8, 6), ExpiryDate{}).ok());
    const Result<QString> never = AccessKeys::mrzInformation(QStringLiteral("L898902C"), QDate(1969, 8, 6), ExpiryDate::never());
    REQUIRE(never.ok());
    CHECK(never->endsWith(QStringLiteral("<<<<<<0")));
}

TEST_CASE("the CAN is the last 6 digits of a valid ID")
{
    const Result<QString> can = AccessKeys::canFromId12(QStringLiteral("001099012345"));
    REQUIRE(can.ok());
    CHECK(*can == QStringLiteral("012345"));
    CHECK_FALSE(AccessKeys::canFromId12(QStringLiteral("12345")).ok());
    CHECK_FALSE(AccessKeys::canFromId12(QStringLiteral("003099012345")).ok());
}

TEST_CASE("derived keys have odd parity in every byte and differ by counter")
{
    const SecretBytes seed = AccessKeys::keySeed(QStringLiteral("D23145890<7408122120415<"));
    REQUIRE(seed.size() == 16);
    const SecretBytes enc = AccessKeys::deriveKey(seed, 1);
    const SecretBytes mac = AccessKeys::deriveKey(seed, 2);
    REQUIRE(enc.size() == 16);
    for (std::uint8_t b : enc.bytes())
        CHECK(std::popcount(b) % 2 == 1);
    CHECK_FALSE(enc == mac);
}

TEST_CASE("adjustDesParity only touches the lowest bit")
{
    const std::uint8_t raw[] = {0x00, 0x01, 0xFE, 0xFF, 0x80};
    SecretBytes key(raw, sizeof raw);
    adjustDesParity(key);
    CHECK(key.toByteArray().toHex() == QByteArray("0101fefe80"));
}

TEST_CASE("SecretBytes copies deeply, moves without leftovers, and wipes")
{
    const std::uint8_t raw[] = {1, 2, 3, 4};
    SecretBytes a(raw, sizeof raw);
    SecretBytes copy = a;
    CHECK(copy == a);
    copy.data()[0] = 9;
    CHECK(a.data()[0] == 1);
    CHECK_FALSE(copy == a);

    SecretBytes moved = std::move(a);
    CHECK(moved.size() == 4);
    CHECK(a.isEmpty()); // NOLINT(bugprone-use-after-move): the moved-from state is the point

    moved.wipe();
    CHECK(moved.isEmpty());
    CHECK(SecretBytes(3).toByteArray() == QByteArray(3, '\0'));
}

TEST_CASE("wipeMemory zeroes the buffer")
{
    std::uint8_t buffer[8] = {1, 2, 3, 4, 5, 6, 7, 8};
    wipeMemory(buffer, sizeof buffer);
    for (std::uint8_t b : buffer)
        CHECK(b == 0);
}
