#include "emrtd/ActiveAuth.h"

#include "emrtd/EmrtdErrors.h"
#include "emrtd/SmCrypto.h"

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/x509.h>

#include <memory>

namespace motcua::card {

namespace {

using PKey = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;
using PKeyCtx = std::unique_ptr<EVP_PKEY_CTX, decltype(&EVP_PKEY_CTX_free)>;
using MdCtx = std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)>;

const QByteArray kEcdsaPlainPrefix = QByteArray::fromHex("04007f00070101040101").left(9); // 0.4.0.127.0.7.1.1.4.1

const EVP_MD *ecdsaHash(const QByteArray &oid)
{
    if (oid.size() != kEcdsaPlainPrefix.size() + 1 || !oid.startsWith(kEcdsaPlainPrefix))
        return EVP_sha256();
    switch (oid.back()) {
    case 1: return EVP_sha1();
    case 2: return EVP_sha224();
    case 3: return EVP_sha256();
    case 4: return EVP_sha384();
    case 5: return EVP_sha512();
    default: return nullptr;
    }
}

int orderBytes(EVP_PKEY *key)
{
    return (EVP_PKEY_get_bits(key) + 7) / 8;
}

Status verifyEc(EVP_PKEY *key, const QByteArray &challenge, const QByteArray &signature, const QByteArray &oid)
{
    const EVP_MD *md = ecdsaHash(oid);
    const int n = orderBytes(key);
    if (!md || signature.size() != 2 * n)
        return emrtd::activeAuthError(QStringLiteral("EC signature of %1 bytes").arg(signature.size()));
    // Plain r || s to the DER form OpenSSL verifies.
    ECDSA_SIG *sig = ECDSA_SIG_new();
    BIGNUM *r = BN_bin2bn(reinterpret_cast<const unsigned char *>(signature.constData()), n, nullptr);
    BIGNUM *s = BN_bin2bn(reinterpret_cast<const unsigned char *>(signature.constData()) + n, n, nullptr);
    if (!sig || !r || !s || ECDSA_SIG_set0(sig, r, s) != 1) {
        BN_free(r);
        BN_free(s);
        ECDSA_SIG_free(sig);
        return emrtd::activeAuthError(QStringLiteral("EC signature unreadable"));
    }
    unsigned char *der = nullptr;
    const int derLength = i2d_ECDSA_SIG(sig, &der);
    ECDSA_SIG_free(sig);
    MdCtx ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    const bool ok = derLength > 0 && ctx && EVP_DigestVerifyInit(ctx.get(), nullptr, md, nullptr, key) == 1
                    && EVP_DigestVerify(ctx.get(), der, std::size_t(derLength),
                                        reinterpret_cast<const unsigned char *>(challenge.constData()),
                                        std::size_t(challenge.size()))
                           == 1;
    OPENSSL_free(der);
    if (!ok)
        return emrtd::activeAuthError(QStringLiteral("ECDSA signature does not verify"));
    return Status::success();
}

// ISO/IEC 9796-2 scheme 1: the recovered block is 6A || M1 || H(M1 || M2) || BC (SHA-1) or
// 6A || M1 || H || hash-id CC. Partial recovery: M2 is the challenge.
Status verifyRsa(EVP_PKEY *key, const QByteArray &challenge, const QByteArray &signature)
{
    PKeyCtx ctx(EVP_PKEY_CTX_new(key, nullptr), &EVP_PKEY_CTX_free);
    std::size_t length = std::size_t(EVP_PKEY_get_size(key));
    QByteArray block(qsizetype(length), Qt::Uninitialized);
    if (!ctx || EVP_PKEY_verify_recover_init(ctx.get()) != 1
        || EVP_PKEY_CTX_set_rsa_padding(ctx.get(), RSA_NO_PADDING) != 1
        || EVP_PKEY_verify_recover(ctx.get(), reinterpret_cast<unsigned char *>(block.data()), &length,
                                   reinterpret_cast<const unsigned char *>(signature.constData()),
                                   std::size_t(signature.size()))
               != 1)
        return emrtd::activeAuthError(QStringLiteral("RSA recovery failed"));
    block.truncate(qsizetype(length));
    if (block.size() < 2 || (quint8(block.at(0)) & 0xc0) != 0x40)
        return emrtd::activeAuthError(QStringLiteral("RSA block header"));
    const EVP_MD *md = nullptr;
    int trailer = 1;
    if (quint8(block.back()) == 0xbc) {
        md = EVP_sha1();
    } else if (quint8(block.back()) == 0xcc) {
        trailer = 2;
        switch (quint8(block.at(block.size() - 2))) {
        case 0x33: md = EVP_sha1(); break;
        case 0x34: md = EVP_sha256(); break;
        case 0x35: md = EVP_sha512(); break;
        case 0x36: md = EVP_sha384(); break;
        case 0x38: md = EVP_sha224(); break;
        default: break;
        }
    }
    if (!md)
        return emrtd::activeAuthError(QStringLiteral("RSA trailer"));
    const int hashLength = EVP_MD_get_size(md);
    if (block.size() < 1 + hashLength + trailer)
        return emrtd::activeAuthError(QStringLiteral("RSA block too short"));
    const QByteArray m1 = block.mid(1, block.size() - 1 - hashLength - trailer);
    const QByteArray digest = block.mid(1 + m1.size(), hashLength);
    const QByteArray message = m1 + challenge;
    unsigned char computed[EVP_MAX_MD_SIZE];
    unsigned int computedLength = 0;
    if (EVP_Digest(message.constData(), std::size_t(message.size()), computed, &computedLength, md, nullptr) != 1
        || !crypto::equalConstantTime(QByteArray(reinterpret_cast<const char *>(computed), int(computedLength)), digest))
        return emrtd::activeAuthError(QStringLiteral("RSA digest mismatch"));
    return Status::success();
}

} // namespace

Status ActiveAuth::verify(const QByteArray &publicKeyInfo, const QByteArray &challenge, const QByteArray &signature,
                          const QByteArray &signatureOid)
{
    const auto *in = reinterpret_cast<const unsigned char *>(publicKeyInfo.constData());
    PKey key(d2i_PUBKEY(nullptr, &in, long(publicKeyInfo.size())), &EVP_PKEY_free);
    if (!key)
        return emrtd::activeAuthError(QStringLiteral("DG15 public key unreadable"));
    if (EVP_PKEY_get_base_id(key.get()) == EVP_PKEY_EC)
        return verifyEc(key.get(), challenge, signature, signatureOid);
    if (EVP_PKEY_get_base_id(key.get()) == EVP_PKEY_RSA)
        return verifyRsa(key.get(), challenge, signature);
    return emrtd::activeAuthError(QStringLiteral("DG15 key type %1").arg(EVP_PKEY_get_base_id(key.get())));
}

Status ActiveAuth::authenticate(ApduTransport &channel, const QByteArray &publicKeyInfo, const QByteArray &signatureOid,
                                const QByteArray &challenge)
{
    const QByteArray nonce = challenge.isEmpty() ? crypto::randomBytes(8) : challenge;
    auto answer = channel.transmit(CommandApdu(0x00, 0x88, 0x00, 0x00, nonce, CommandApdu::kMaxShortLe));
    if (!answer)
        return answer.error();
    if (!answer->isOk() || answer->data().isEmpty())
        return emrtd::activeAuthError(QStringLiteral("INTERNAL AUTHENTICATE: SW %1").arg(emrtd::swText(answer->sw())));
    return verify(publicKeyInfo, nonce, answer->data(), signatureOid);
}

Result<QByteArray> ActiveAuth::signEc(const QByteArray &privateKeyPkcs8, const QByteArray &challenge,
                                      const QByteArray &signatureOid)
{
    const auto *in = reinterpret_cast<const unsigned char *>(privateKeyPkcs8.constData());
    PKey key(d2i_AutoPrivateKey(nullptr, &in, long(privateKeyPkcs8.size())), &EVP_PKEY_free);
    const EVP_MD *md = ecdsaHash(signatureOid);
    if (!key || !md || EVP_PKEY_get_base_id(key.get()) != EVP_PKEY_EC)
        return emrtd::activeAuthError(QStringLiteral("AA private key unreadable or not EC"));
    MdCtx ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    std::size_t length = 0;
    if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, md, nullptr, key.get()) != 1
        || EVP_DigestSign(ctx.get(), nullptr, &length, reinterpret_cast<const unsigned char *>(challenge.constData()),
                          std::size_t(challenge.size()))
               != 1)
        return emrtd::activeAuthError(QStringLiteral("ECDSA setup failed"));
    QByteArray der(qsizetype(length), Qt::Uninitialized);
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(der.data()), &length,
                       reinterpret_cast<const unsigned char *>(challenge.constData()), std::size_t(challenge.size()))
        != 1)
        return emrtd::activeAuthError(QStringLiteral("ECDSA failed"));
    const auto *derIn = reinterpret_cast<const unsigned char *>(der.constData());
    ECDSA_SIG *sig = d2i_ECDSA_SIG(nullptr, &derIn, long(length));
    if (!sig)
        return emrtd::activeAuthError(QStringLiteral("ECDSA output unreadable"));
    const int n = orderBytes(key.get());
    QByteArray plain(2 * n, '\0');
    BN_bn2binpad(ECDSA_SIG_get0_r(sig), reinterpret_cast<unsigned char *>(plain.data()), n);
    BN_bn2binpad(ECDSA_SIG_get0_s(sig), reinterpret_cast<unsigned char *>(plain.data()) + n, n);
    ECDSA_SIG_free(sig);
    return plain;
}

} // namespace motcua::card
