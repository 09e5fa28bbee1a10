#include "TestSupport.h"
#include "session/AccessKey.h"

#include <catch2/catch.hpp>

using namespace motcua;
using namespace motcua::card;

TEST_CASE("a CAN is exactly 6 digits")
{
    auto can = AccessKey::fromCan(QStringLiteral(" 123456 "));
    REQUIRE(can.ok());
    CHECK(can->kind == AccessKey::Kind::Can);
    CHECK(can->value == QStringLiteral("123456"));
    CHECK_FALSE(AccessKey::fromCan(QStringLiteral("12345")).ok());
    CHECK_FALSE(AccessKey::fromCan(QStringLiteral("12345a")).ok());
    CHECK(AccessKey::fromCan(QStringLiteral("1234567")).error().code == QStringLiteral("card.key.can.invalid"));
}

TEST_CASE("an MRZ key has its three check digits verified")
{
    // ICAO 9303 Part 11 worked example: L898902C<, 690806, 940623.
    auto mrz = AccessKey::fromMrzInformation(QStringLiteral("l898902c<369080619406236"));
    REQUIRE(mrz.ok());
    CHECK(mrz->kind == AccessKey::Kind::Mrz);
    CHECK(mrz->value == QStringLiteral("L898902C<369080619406236"));
    CHECK(AccessKey::fromMrzInformation(QStringLiteral("L898902C<469080619406236")).error().code
          == QStringLiteral("card.key.mrz.checkDigit"));
    CHECK(AccessKey::fromMrzInformation(QStringLiteral("L898902C<369080619406235")).error().code
          == QStringLiteral("card.key.mrz.checkDigit"));
    CHECK(AccessKey::fromMrzInformation(QStringLiteral("L898902C<36908061940623")).error().code
          == QStringLiteral("card.key.mrz.invalid"));

    auto parts = AccessKey::fromMrzParts(QStringLiteral("L898902C"), QStringLiteral("690806"), QStringLiteral("940623"));
    REQUIRE(parts.ok());
    CHECK(parts->value == QStringLiteral("L898902C<369080619406236"));
    CHECK_FALSE(AccessKey::fromMrzParts(QStringLiteral("L898902C"), QStringLiteral("69080"), QStringLiteral("940623")).ok());
}

TEST_CASE("the CAN comes from a 12-digit ID or from the QR's ID")
{
    auto fromId = AccessKey::fromId12(QStringLiteral("001099012345"));
    REQUIRE(fromId.ok());
    CHECK(fromId->kind == AccessKey::Kind::Can);
    CHECK(fromId->value == QStringLiteral("012345"));
    CHECK_FALSE(AccessKey::fromId12(QStringLiteral("00109901234")).ok());

    const QString qr = QStringLiteral("001099012345|012345678|Nguyen Van An|14031999|Nam|So 1 Hang Bac, Ha Noi|20072021");
    auto fromQr = AccessKey::fromQrText(qr);
    REQUIRE(fromQr.ok());
    CHECK(fromQr->value == QStringLiteral("012345"));
    CHECK_FALSE(AccessKey::fromQrText(QStringLiteral("not a qr")).ok());
}
