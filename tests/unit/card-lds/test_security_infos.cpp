#include "LdsTestData.h"
#include "TestSupport.h"
#include "lds/Dg15.h"
#include "lds/SecurityInfos.h"

#include <catch2/catch.hpp>

using namespace motcua;
using namespace motcua::card;

TEST_CASE("the CCCD's EF.CardAccess announces TA, CA and PACE-ECDH-GM on brainpoolP256r1")
{
    const auto infos = SecurityInfos::parse(LdsWriter::cccdCardAccess());
    REQUIRE(infos.ok());
    REQUIRE(infos->infos.size() == 3);
    CHECK(infos->offers(SecurityInfo::Kind::TerminalAuthentication));
    const auto ca = infos->ofKind(SecurityInfo::Kind::ChipAuthentication);
    REQUIRE(ca.size() == 1);
    CHECK(ca[0].protocol == SecurityOid::caEcdhAesCbcCmac128);
    CHECK(ca[0].version == 1);
    const auto pace = infos->ofKind(SecurityInfo::Kind::Pace);
    REQUIRE(pace.size() == 1);
    CHECK(pace[0].protocol == SecurityOid::paceEcdhGmAesCbcCmac128);
    CHECK(pace[0].version == 2);
    CHECK(pace[0].parameterId == 13);
    CHECK(infos->der == LdsWriter::cccdCardAccess());
}

TEST_CASE("DG14 round trips Chip Authentication, its public key and Active Authentication")
{
    const auto caKey = CertificateIssuer::generateEcKey(QStringLiteral("brainpoolP256r1"));
    REQUIRE(caKey.ok());
    const auto spki = CertificateIssuer::publicKeyInfo(*caKey);
    REQUIRE(spki.ok());
    const QByteArray bytes = LdsWriter::dg14(*spki);
    const auto dg14 = Dg14::parse(bytes);
    REQUIRE(dg14.ok());
    const SecurityInfos &infos = dg14->securityInfos;
    CHECK(infos.ofKind(SecurityInfo::Kind::ChipAuthentication).value(0).protocol == SecurityOid::caEcdhAesCbcCmac128);
    CHECK(infos.ofKind(SecurityInfo::Kind::ChipAuthenticationPublicKey).value(0).subjectPublicKeyInfo == *spki);
    CHECK(infos.ofKind(SecurityInfo::Kind::ActiveAuthentication).value(0).signatureAlgorithm == SecurityOid::ecdsaWithSha256);
    CHECK((bytes.endsWith(infos.der) && infos.der.startsWith(char(0x31)))); // the raw SET for OpenPACE
    CHECK_FALSE(LdsWriter::dg14(*spki, false).isEmpty());
    CHECK_FALSE(Dg14::parse(LdsWriter::dg14(*spki, false))->securityInfos.offers(SecurityInfo::Kind::ActiveAuthentication));
}

TEST_CASE("DG14 and EF.CardAccess errors name the file")
{
    const auto dg14 = Dg14::parse(QByteArray::fromHex("6e0431023000"));
    REQUIRE_FALSE(dg14.ok());
    CHECK(dg14.error().message.contains(QStringLiteral("DG14")));
    const auto cardAccess = SecurityInfos::parse(QByteArray::fromHex("3003020101"));
    REQUIRE_FALSE(cardAccess.ok());
    CHECK(cardAccess.error().message.contains(QStringLiteral("EF.CardAccess")));
}

TEST_CASE("DG15 round trips an EC public key and refuses garbage, naming DG15")
{
    const auto key = CertificateIssuer::generateEcKey();
    REQUIRE(key.ok());
    const auto spki = CertificateIssuer::publicKeyInfo(*key);
    REQUIRE(spki.ok());
    const auto dg15 = Dg15::parse(LdsWriter::dg15(*spki));
    REQUIRE(dg15.ok());
    CHECK(dg15->keyType == Dg15::KeyType::Ec);
    CHECK(dg15->bits == 256);
    CHECK(dg15->subjectPublicKeyInfo == *spki);
    const auto bad = Dg15::parse(QByteArray::fromHex("6f0430020500"));
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().message.contains(QStringLiteral("DG15")));
}
