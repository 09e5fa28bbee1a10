#include "EmrtdTestImage.h"
#include "TestSupport.h"
#include "applet/AppletTransport.h"
#include "emrtd/ActiveAuth.h"
#include "emrtd/ChipAuth.h"
#include "emrtd/FileReader.h"
#include "emrtd/Pace.h"

#include <catch2/catch.hpp>

#include <openssl/evp.h>
#include <openssl/rsa.h>

using namespace motcua;
using namespace motcua::card;

namespace {

Result<SmSession> pace(sim::AppletTransport &transport, const sim::CardImage &image)
{
    return Pace::authenticate(transport, PacePassword::Can, image.can, Pace::cccdDefaults());
}

} // namespace

TEST_CASE("DG14 gives the CA protocol, the chip's public key and the AA signature algorithm")
{
    test::TestCard card = test::makeTestCard();
    auto infos = ChipAuth::parseDg14(card.image.files[sim::Fid::dg14]);
    REQUIRE(infos.ok());
    CHECK(ChipAuth::cipherOf(infos->caProtocolOid) == crypto::Cipher::Aes128);
    CHECK(infos->caVersion == 1);
    CHECK(infos->caPublicKeyInfo == card.caKey.publicInfo);
    CHECK(infos->aaSignatureOid == QByteArray::fromHex("04007f00070101040103"));
    CHECK_FALSE(ChipAuth::parseDg14(QByteArray::fromHex("6e03310130")).ok());
}

TEST_CASE("Chip Authentication switches to new keys and reading continues")
{
    test::TestCard card = test::makeTestCard();
    sim::Applet applet(card.image);
    sim::AppletTransport transport(applet);
    auto session = pace(transport, card.image);
    REQUIRE(session.ok());
    SecureChannel channel(transport, *session);
    auto dg14 = FileReader(channel).readByFid(sim::Fid::dg14);
    REQUIRE(dg14.ok());
    auto infos = ChipAuth::parseDg14(*dg14);
    REQUIRE(infos.ok());
    const QByteArray keysBefore = channel.session().kEnc().toByteArray();
    const Status ca = ChipAuth::authenticate(channel, *infos);
    REQUIRE(ca.ok());
    CHECK(channel.session().kEnc().toByteArray() != keysBefore);
    auto dg1 = FileReader(channel).readByFid(sim::Fid::dg1);
    REQUIRE(dg1.ok());
    CHECK(*dg1 == card.image.files[sim::Fid::dg1]);
}

TEST_CASE("a chip whose CA key does not match DG14 fails Chip Authentication")
{
    test::TestCard card = test::makeTestCard();
    // A clone: the genuine DG14 (signed, so it cannot change) but another private key.
    card.image.chipAuthenticationKey = test::makeEcKey("brainpoolP256r1").privatePkcs8;
    sim::Applet applet(card.image);
    sim::AppletTransport transport(applet);
    auto session = pace(transport, card.image);
    REQUIRE(session.ok());
    SecureChannel channel(transport, *session);
    auto infos = ChipAuth::parseDg14(card.image.files[sim::Fid::dg14]);
    REQUIRE(infos.ok());
    const Status ca = ChipAuth::authenticate(channel, *infos);
    REQUIRE_FALSE(ca.ok());
    CHECK(ca.error().code == QStringLiteral("emrtd.chipAuth.failed"));
    CHECK(channel.isClosed());
}

TEST_CASE("Active Authentication verifies the chip's EC signature with DG15's key")
{
    test::TestCard card = test::makeTestCard();
    sim::Applet applet(card.image);
    sim::AppletTransport transport(applet);
    auto session = pace(transport, card.image);
    REQUIRE(session.ok());
    SecureChannel channel(transport, *session);
    const QByteArray oid = QByteArray::fromHex("04007f00070101040103");
    CHECK(ActiveAuth::authenticate(channel, card.aaKey.publicInfo, oid).ok());
    // Another chip's DG15 key: the signature does not verify.
    const Status clone = ActiveAuth::authenticate(channel, test::makeEcKey("prime256v1").publicInfo, oid);
    REQUIRE_FALSE(clone.ok());
    CHECK(clone.error().code == QStringLiteral("emrtd.activeAuth.failed"));
    // A signature over another challenge fails too.
    auto signature = ActiveAuth::signEc(card.aaKey.privatePkcs8, QByteArray(8, 'a'));
    REQUIRE(signature.ok());
    CHECK(ActiveAuth::verify(card.aaKey.publicInfo, QByteArray(8, 'a'), *signature, oid).ok());
    CHECK_FALSE(ActiveAuth::verify(card.aaKey.publicInfo, QByteArray(8, 'b'), *signature, oid).ok());
}

TEST_CASE("the RSA verifier accepts an ISO 9796-2 scheme 1 signature and refuses a wrong one")
{
    EVP_PKEY *key = EVP_RSA_gen(1024);
    REQUIRE(key);
    unsigned char *der = nullptr;
    const int length = i2d_PUBKEY(key, &der);
    const QByteArray publicInfo(reinterpret_cast<const char *>(der), length);
    OPENSSL_free(der);
    // Build the signature the way a chip does: 6A || M1 || SHA-1(M1 || challenge) || BC, raw RSA.
    const QByteArray challenge = QByteArray::fromHex("0102030405060708");
    const int k = EVP_PKEY_get_size(key);
    const QByteArray m1 = QByteArray(k - 1 - 20 - 1, 'm');
    unsigned char digest[20];
    const QByteArray message = m1 + challenge;
    EVP_Digest(message.constData(), std::size_t(message.size()), digest, nullptr, EVP_sha1(), nullptr);
    const QByteArray block = QByteArray(1, '\x6a') + m1 + QByteArray(reinterpret_cast<const char *>(digest), 20) + '\xbc';
    EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new(key, nullptr);
    QByteArray signature(k, '\0');
    std::size_t signatureLength = std::size_t(k);
    REQUIRE(EVP_PKEY_sign_init(ctx) == 1);
    REQUIRE(EVP_PKEY_CTX_set_rsa_padding(ctx, RSA_NO_PADDING) == 1);
    REQUIRE(EVP_PKEY_sign(ctx, reinterpret_cast<unsigned char *>(signature.data()), &signatureLength,
                          reinterpret_cast<const unsigned char *>(block.constData()), std::size_t(block.size()))
            == 1);
    EVP_PKEY_CTX_free(ctx);
    EVP_PKEY_free(key);
    CHECK(ActiveAuth::verify(publicInfo, challenge, signature).ok());
    CHECK_FALSE(ActiveAuth::verify(publicInfo, QByteArray::fromHex("0102030405060709"), signature).ok());
    signature[5] = char(signature.at(5) ^ 1);
    CHECK_FALSE(ActiveAuth::verify(publicInfo, challenge, signature).ok());
}
