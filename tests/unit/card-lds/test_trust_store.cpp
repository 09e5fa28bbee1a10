#include "LdsTestData.h"
#include "TestSupport.h"
#include "lds/Der.h"
#include "lds/PassiveAuth.h"

#include <catch2/catch.hpp>

#include <openssl/cms.h>
#include <openssl/objects.h>

using namespace motcua;
using namespace motcua::card;

namespace {

// An ICAO master list: CMS SignedData (content type id-icao-cscaMasterList) of
// CscaMasterList { version 0, SET OF Certificate }, signed here by the CSCA itself.
QByteArray masterList(const test::TestPkiKeys &signer, const QList<QByteArray> &certificates)
{
    const QByteArray content = der::sequence({der::encodeInteger(0), der::set(certificates)});
    const unsigned char *k = signer.cscaKey.data();
    EVP_PKEY *key = d2i_AutoPrivateKey(nullptr, &k, long(signer.cscaKey.size()));
    const auto *c = reinterpret_cast<const unsigned char *>(signer.cscaCertificate.constData());
    X509 *certificate = d2i_X509(nullptr, &c, long(signer.cscaCertificate.size()));
    REQUIRE((key && certificate));
    CMS_ContentInfo *cms = CMS_sign(certificate, key, nullptr, nullptr, CMS_BINARY | CMS_PARTIAL | CMS_NOSMIMECAP);
    ASN1_OBJECT *type = OBJ_txt2obj("2.23.136.1.1.2", 1);
    BIO *input = BIO_new_mem_buf(content.constData(), int(content.size()));
    REQUIRE(CMS_set1_eContentType(cms, type) == 1);
    REQUIRE(CMS_final(cms, input, nullptr, CMS_BINARY | CMS_NOSMIMECAP) == 1);
    unsigned char *out = nullptr;
    const int length = i2d_CMS_ContentInfo(cms, &out);
    const QByteArray result(reinterpret_cast<const char *>(out), length);
    OPENSSL_free(out);
    BIO_free(input);
    ASN1_OBJECT_free(type);
    CMS_ContentInfo_free(cms);
    X509_free(certificate);
    EVP_PKEY_free(key);
    return result;
}

} // namespace

TEST_CASE("a master list's CSCA certificates become trust anchors")
{
    const test::TestPkiKeys pki = test::makePki();
    const test::TestPkiKeys other = test::makePki(QDateTime(QDate(2034, 1, 1), QTime(0, 0), Qt::UTC), QStringLiteral("Other CSCA"));
    TrustStore trust;
    REQUIRE(trust.addMasterList(masterList(other, {other.cscaCertificate, pki.cscaCertificate})).ok());
    CHECK(trust.certificates().size() == 2);

    const QMap<int, QByteArray> files = test::chipFiles();
    const auto sod = Sod::parse(test::signedSod(files, pki));
    REQUIRE(sod.ok());
    CHECK(PassiveAuth::verify(*sod, files, trust, QDateTime(QDate(2023, 6, 1), QTime(0, 0), Qt::UTC)).verified());
}

TEST_CASE("a damaged master list is refused")
{
    TrustStore trust;
    CHECK_FALSE(trust.addMasterList(QByteArray::fromHex("3003020100")).ok());
    CHECK_FALSE(trust.addCertificates("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n").ok());
    CHECK(trust.isEmpty());
}
