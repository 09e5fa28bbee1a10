#include "LdsTestData.h"
#include "TestSupport.h"
#include "lds/Sod.h"

#include <catch2/catch.hpp>

using namespace motcua;
using namespace motcua::card;

TEST_CASE("EF.SOD round trips the hash of every data group and the signer certificate")
{
    const auto pki = test::makePki();
    const QMap<int, QByteArray> files = test::chipFiles();
    const auto sod = Sod::parse(test::signedSod(files, pki));
    REQUIRE(sod.ok());
    CHECK(sod->hashAlgorithm == SodOid::sha256);
    CHECK(sod->version == 0);
    CHECK(sod->dataGroupHashes.keys() == files.keys());
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        const auto hash = sod->hash(it.value());
        REQUIRE(hash.ok());
        CHECK(sod->dataGroupHashes.value(it.key()) == *hash);
        CHECK(hash->size() == 32);
    }
    CHECK(sod->signerCertificate == pki.dsCertificate);
    CHECK(sod->ldsSecurityObject == SodWriter::securityObject(files));
}

TEST_CASE("EF.SOD errors name the file")
{
    for (const QByteArray &bytes : {QByteArray::fromHex("7700"), QByteArray::fromHex("7703300100"), QByteArray::fromHex("6d00")}) {
        const auto sod = Sod::parse(bytes);
        REQUIRE_FALSE(sod.ok());
        CHECK(sod.error().message.contains(QStringLiteral("EF.SOD")));
    }
    Sod sod;
    CHECK_FALSE(Sod::parseSecurityObject(QByteArray::fromHex("3003020100"), sod).ok());
    sod.hashAlgorithm = QStringLiteral("1.2.3.4");
    CHECK_FALSE(sod.hash("x").ok());
}
