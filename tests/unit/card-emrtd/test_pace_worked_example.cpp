// ICAO Doc 9303 Part 11 (8th ed. 2021), Appendix G.1 "ECDH based example" of PACE with the generic
// mapping on brainpoolP256r1 (worked example reproduced in many open-source readers, e.g.
// ZeroPass/dmrtd test/pace_test.dart): MRZ information T22000129364081251010318, K_pi, the encrypted
// and decrypted nonce, both mapping key pairs, the mapped generator, both ephemeral key pairs,
// the shared secret, KSEnc/KSMac and both authentication tokens.
//
// OpenPACE draws its random values itself; there is no API to inject them. The test therefore
// drives OpenPACE's own steps and puts the example's values into the context where its public
// structures hold them (the static mapping key, the ephemeral key pair), so that every value
// below is computed by OpenPACE, not by the test.
#define OPENSSL_SUPPRESS_DEPRECATED
#include "TestSupport.h"
#include "emrtd/OpenPace.h"

#include <catch2/catch.hpp>

#include <openssl/bn.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/obj_mac.h>

using namespace motcua::card;
using namespace motcua::card::openpace;

namespace {
QByteArray hex(const char *text) { return QByteArray::fromHex(text); }

const char *kCardAccess = "31143012060A04007F0007020204020202010202010D";
const char *kEncryptedNonce = "95A3A016522EE98D01E76CB6B98B42C3";
const char *kNonce = "3F00C4D39D153F2B2A214A078D899B22";
const char *kPcdMappingPrivate = "7F4EF07B9EA82FD78AD689B38D0BC78CF21F249D953BC46F4C6E19259C010F99";
const char *kPcdMappingPublic = "04" "7ACF3EFC982EC45565A4B155129EFBC74650DCBFA6362D896FC70262E0C2CC5E"
                                "544552DCB6725218799115B55C9BAA6D9F6BC3A9618E70C25AF71777A9C4922D";
const char *kPiccMappingPublic = "04" "824FBA91C9CBE26BEF53A0EBE7342A3BF178CEA9F45DE0B70AA601651FBA3F57"
                                 "30D8C879AAA9C9F73991E61B58F4D52EB87A0A0C709A49DC63719363CCD13C54";
const char *kMappedGenerator = "04" "8CED63C91426D4F0EB1435E7CB1D74A46723A0AF21C89634F65A9AE87A9265E2"
                               "8C879506743F8611AC33645C5B985C80B5F09A0B83407C1B6A4D857AE76FE522";
const char *kPcdEphemeralPrivate = "A73FB703AC1436A18E0CFA5ABB3F7BEC7A070E7A6788486BEE230C4A22762595";
const char *kPcdEphemeralPublic = "04" "2DB7A64C0355044EC9DF190514C625CBA2CEA48754887122F3A5EF0D5EDD301C"
                                  "3556F3B3B186DF10B857B58F6A7EB80F20BA5DC7BE1D43D9BF850149FBB36462";
const char *kPiccEphemeralPublic = "04" "9E880F842905B8B3181F7AF7CAA9F0EFB743847F44A306D2D28C1D9EC65DF6DB"
                                   "7764B22277A2EDDC3C265A9F018F9CB852E111B768B326904B59A0193776F094";
const char *kSharedSecret = "28768D20701247DAE81804C9E780EDE582A9996DB4A315020B2733197DB84925";

QByteArray pointOf(const EC_GROUP *group, const EC_POINT *point)
{
    unsigned char out[200];
    const std::size_t length = EC_POINT_point2oct(group, point, POINT_CONVERSION_UNCOMPRESSED, out, sizeof out, nullptr);
    return QByteArray(reinterpret_cast<const char *>(out), qsizetype(length));
}

// An EC key pair on `group` with the given private key; its public key computed from the generator.
EC_KEY *keyPair(const EC_GROUP *group, const char *privateHex)
{
    EC_KEY *key = EC_KEY_new();
    BIGNUM *d = nullptr;
    BN_hex2bn(&d, privateHex);
    EC_POINT *q = EC_POINT_new(group);
    EC_POINT_mul(group, q, d, nullptr, nullptr, nullptr);
    EC_KEY_set_group(key, group);
    EC_KEY_set_private_key(key, d);
    EC_KEY_set_public_key(key, q);
    EC_POINT_free(q);
    BN_free(d);
    return key;
}
} // namespace

TEST_CASE("PACE ECDH-GM reproduces the ICAO 9303-11 worked example through OpenPACE")
{
    EacCtx ctx = newContext();
    REQUIRE(ctx);
    const QByteArray cardAccess = hex(kCardAccess);
    REQUIRE(EAC_CTX_init_ef_cardaccess(reinterpret_cast<const unsigned char *>(cardAccess.constData()),
                                       std::size_t(cardAccess.size()), ctx.get())
            == 1);
    REQUIRE(ctx->pace_ctx);
    CHECK(ctx->pace_ctx->protocol == NID_id_PACE_ECDH_GM_AES_CBC_CMAC_128);
    CHECK(ctx->pace_ctx->id == 13);

    // K_pi from SHA-1 of the MRZ information: the encrypted nonce decrypts to the example's s.
    PaceSec password = paceSecret(PasswordKind::Mrz, QStringLiteral("T22000129364081251010318"));
    REQUIRE(password);
    REQUIRE(PACE_STEP2_dec_nonce(ctx.get(), password.get(), toBuf(hex(kEncryptedNonce)).get()) == 1);
    CHECK(fromBuf(ctx->pace_ctx->nonce) == hex(kNonce));

    // Mapping: the example's PCD mapping key as OpenPACE's static key, the chip's public key in.
    BufMem generated(PACE_STEP3A_generate_mapping_data(ctx.get())); // sets up the static key's group
    REQUIRE(generated);
    EC_GROUP *brainpool = EC_GROUP_new_by_curve_name(NID_brainpoolP256r1);
    EC_KEY *mappingKey = keyPair(brainpool, kPcdMappingPrivate);
    CHECK(pointOf(brainpool, EC_KEY_get0_public_key(mappingKey)) == hex(kPcdMappingPublic));
    REQUIRE(EVP_PKEY_set1_EC_KEY(ctx->pace_ctx->static_key, mappingKey) == 1);
    EC_KEY_free(mappingKey);
    REQUIRE(PACE_STEP3A_map_generator(ctx.get(), toBuf(hex(kPiccMappingPublic)).get()) == 1);
    EC_KEY *mapped = EVP_PKEY_get1_EC_KEY(ctx->pace_ctx->ka_ctx->key);
    REQUIRE(mapped);
    const EC_GROUP *mappedGroup = EC_KEY_get0_group(mapped);
    CHECK(pointOf(mappedGroup, EC_GROUP_get0_generator(mappedGroup)) == hex(kMappedGenerator));

    // Key agreement on the mapped generator with the example's PCD ephemeral key.
    EC_KEY *ephemeral = keyPair(mappedGroup, kPcdEphemeralPrivate);
    const QByteArray ephemeralPublic = pointOf(mappedGroup, EC_KEY_get0_public_key(ephemeral));
    CHECK(ephemeralPublic == hex(kPcdEphemeralPublic));
    REQUIRE(EVP_PKEY_set1_EC_KEY(ctx->pace_ctx->ka_ctx->key, ephemeral) == 1);
    EC_KEY_free(ephemeral);
    EC_KEY_free(mapped);
    EC_GROUP_free(brainpool);
    BUF_MEM_free(ctx->pace_ctx->my_eph_pubkey);
    ctx->pace_ctx->my_eph_pubkey = toBuf(ephemeralPublic).release();
    const BufMem chipEphemeral = toBuf(hex(kPiccEphemeralPublic));
    REQUIRE(PACE_STEP3B_compute_shared_secret(ctx.get(), chipEphemeral.get()) == 1);
    CHECK(fromBuf(ctx->pace_ctx->ka_ctx->shared_secret) == hex(kSharedSecret));

    // Session keys and both authentication tokens.
    REQUIRE(PACE_STEP3C_derive_keys(ctx.get()) == 1);
    CHECK(fromBuf(ctx->pace_ctx->ka_ctx->k_enc) == hex("F5F0E35C0D7161EE6724EE513A0D9A7F"));
    CHECK(fromBuf(ctx->pace_ctx->ka_ctx->k_mac) == hex("FE251C7858B356B24514B3BD5F4297D1"));
    BufMem token(PACE_STEP3D_compute_authentication_token(ctx.get(), chipEphemeral.get()));
    REQUIRE(token);
    CHECK(fromBuf(token.get()) == hex("C2B0BD78D94BA866"));
    CHECK(PACE_STEP3D_verify_authentication_token(ctx.get(), toBuf(hex("3ABB9674BCE93C08")).get()) == 1);
    CHECK(PACE_STEP3D_verify_authentication_token(ctx.get(), toBuf(hex("3ABB9674BCE93C09")).get()) != 1);
}

TEST_CASE("the PACE session keys of the worked example also come out of our own KDF")
{
    const QByteArray secret = hex(kSharedSecret);
    CHECK(crypto::deriveKey(crypto::Cipher::Aes128, secret, 1).toByteArray() == hex("F5F0E35C0D7161EE6724EE513A0D9A7F"));
    CHECK(crypto::deriveKey(crypto::Cipher::Aes128, secret, 2).toByteArray() == hex("FE251C7858B356B24514B3BD5F4297D1"));
    // K_pi = KDF(SHA-1(MRZ information), 3).
    CHECK(crypto::deriveKey(crypto::Cipher::Aes128, hex("7E2D2A41C74EA0B38CD36F863939BFA8E9032AAD"), 3).toByteArray()
          == hex("89DED1B26624EC1E634C1989302849DD"));
}
