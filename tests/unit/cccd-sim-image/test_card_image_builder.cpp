// Tests of tools/cccd-sim/image (target unit-cccd-sim-image, declared in its CMakeLists): the
// card image a simulated chip serves must pass the reader's own parsers and passive authentication.
#include "image/CardImageBuilder.h"
#include "TestSupport.h"
#include "lds/Dg1.h"
#include "lds/Dg13.h"
#include "lds/Dg2.h"
#include "lds/EfCom.h"
#include "lds/FaceImageCodec.h"
#include "lds/LdsFile.h"
#include "lds/PassiveAuth.h"
#include "lds/SecurityInfos.h"
#include "population/SyntheticPopulation.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace motcua;
using namespace motcua::card;
using namespace motcua::sim;

namespace {

QMap<int, QByteArray> dataGroups(const CardImage &image)
{
    QMap<int, QByteArray> groups;
    for (int dg : {1, 2, 13, 14, 15})
        groups.insert(dg, image.files.value(lds::fileId(dg)));
    return groups;
}

TrustStore trusting(const TestPki &pki)
{
    TrustStore trust;
    REQUIRE(trust.addCertificates(pki.cscaCertificate).ok());
    return trust;
}

} // namespace

TEST_CASE("a card image from a synthetic citizen reads back and passes passive authentication")
{
    const population::SyntheticPopulation population;
    const Citizen citizen = Citizen::fromPopulation(population, 5);
    const auto pki = TestPki::generate();
    REQUIRE(pki.ok());
    const auto image = CardImageBuilder::build(citizen, *pki);
    REQUIRE(image.ok());
    CHECK(image->files.size() == 8);
    CHECK(image->can == citizen.person.text(PersonKey::id12).right(6));
    CHECK(image->mrzInformation.size() == 24);
    CHECK_FALSE(image->chipAuthenticationKey.isEmpty());
    CHECK_FALSE(image->activeAuthenticationKey.isEmpty());

    const auto com = EfCom::parse(image->files.value(Fid::com));
    REQUIRE(com.ok());
    CHECK(com->dataGroups == QList<int>{1, 2, 13, 14, 15});
    const auto dg13 = Dg13::parse(image->files.value(Fid::dg13));
    REQUIRE(dg13.ok());
    for (const QString &key : {PersonKey::id12, PersonKey::fullName, PersonKey::dateOfBirth, PersonKey::fatherName})
        CHECK(dg13->person.text(key) == citizen.person.text(key));
    const auto dg1 = Dg1::parse(image->files.value(Fid::dg1), population.today());
    REQUIRE(dg1.ok());
    CHECK(dg1->mrzInformation == image->mrzInformation);
    const auto dg2 = Dg2::parse(image->files.value(Fid::dg2));
    REQUIRE(dg2.ok());
    CHECK(FaceImageCodec::decode(dg2->faces.first()).ok());
    CHECK(SecurityInfos::parse(image->files.value(Fid::cardAccess)).ok());
    const auto sod = Sod::parse(image->files.value(Fid::sod));
    REQUIRE(sod.ok());
    CHECK(PassiveAuth::verify(*sod, dataGroups(*image), trusting(*pki)).verified());
}

TEST_CASE("a citizen JSON round trips, and bad files are refused")
{
    const Citizen citizen = Citizen::fromPopulation(population::SyntheticPopulation(), 2);
    const auto back = Citizen::fromJson(citizen.toJson());
    REQUIRE(back.ok());
    CHECK(back->person == citizen.person);
    CHECK(back->documentNumber == citizen.documentNumber);
    CHECK(back->expiryDate == citizen.expiryDate);
    CHECK_FALSE(Citizen::fromJson("{\"id12\": \"001099012345\"}").ok());
    CHECK_FALSE(Citizen::fromJson("{\"id12\": \"001099012345\", \"fullName\": \"A\", \"dateOfBirth\": \"1999-03-14\", "
                                  "\"sex\": \"male\", \"fulName\": \"typo\"}").ok());
    const auto noExpiry = Citizen::fromJson("{\"id12\": \"001099012345\", \"fullName\": \"Nguyễn Văn An\", "
                                            "\"dateOfBirth\": \"1999-03-14\", \"sex\": \"male\", \"expiryDate\": \"none\"}");
    REQUIRE(noExpiry.ok());
    CHECK_FALSE(noExpiry->expiryDate.isValid());
    CHECK(noExpiry->documentNumber == QStringLiteral("099012345"));
}

TEST_CASE("a JPEG 2000 card with wrapped parents builds and reads")
{
    const Citizen citizen = Citizen::fromPopulation(population::SyntheticPopulation(), 9);
    const auto pki = TestPki::generate();
    REQUIRE(pki.ok());
    CardImageOptions options;
    options.jpeg2000Face = true;
    options.parents = Dg13Nesting::Wrapped;
    const auto image = CardImageBuilder::build(citizen, *pki, options);
    REQUIRE(image.ok());
    const auto dg2 = Dg2::parse(image->files.value(Fid::dg2));
    REQUIRE(dg2.ok());
    CHECK(dg2->faces.first().format == FaceImageFormat::Jpeg2000);
    CHECK(FaceImageCodec::decode(dg2->faces.first()).ok());
    CHECK(Dg13::parse(image->files.value(Fid::dg13))->person.text(PersonKey::motherName) == citizen.person.text(PersonKey::motherName));
}

TEST_CASE("the test PKI survives its folder, and an expired DS is not verified")
{
    TestPkiOptions options;
    options.notBefore = QDateTime::currentDateTimeUtc().addYears(-3);
    options.dsNotAfter = QDateTime::currentDateTimeUtc().addYears(-1);
    const auto pki = TestPki::generate(options);
    REQUIRE(pki.ok());
    QTemporaryDir folder;
    REQUIRE(pki->writeTo(folder.path()).ok());
    const auto read = TestPki::readFrom(folder.path());
    REQUIRE(read.ok());
    CHECK(read->cscaCertificate == pki->cscaCertificate);
    CHECK(read->dsCertificate == pki->dsCertificate);
    CHECK(read->dsKey == pki->dsKey);
    const auto trust = TrustStore::loadFolder(folder.path());
    REQUIRE(trust.ok());
    CHECK(trust->certificates().size() == 1);

    const auto image = CardImageBuilder::build(Citizen::fromPopulation(population::SyntheticPopulation(), 1), *read);
    REQUIRE(image.ok());
    const auto sod = Sod::parse(image->files.value(Fid::sod));
    REQUIRE(sod.ok());
    const PassiveAuthResult result = PassiveAuth::verify(*sod, dataGroups(*image), *trust);
    CHECK(result.hashesOk);
    CHECK(result.signatureOk);
    CHECK_FALSE(result.chainOk);
    REQUIRE_FALSE(result.reasons.isEmpty());
    CHECK(result.reasons.first().code == QStringLiteral("pa.chain.expired"));
}
