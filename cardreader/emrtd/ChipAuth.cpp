#include "emrtd/ChipAuth.h"

#include "emrtd/EmrtdErrors.h"
#include "apdu/Tlv.h"
#include "lds/Der.h"

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/x509.h>

#include <memory>

namespace motcua::card {

namespace {

using PKey = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;
using PKeyCtx = std::unique_ptr<EVP_PKEY_CTX, decltype(&EVP_PKEY_CTX_free)>;

const QByteArray kCaPrefix = QByteArray::fromHex("04007f000702020302"); // id-CA-ECDH-AES-CBC-CMAC-, then 2/3/4

// The content bytes of a dotted OID, the form the MSE command and the AA signature take.
QByteArray oidContent(const QString &dotted)
{
    const auto item = der::readSingle(der::encodeOid(dotted));
    return item ? item->value : QByteArray();
}

Result<QByteArray> derive(EVP_PKEY *own, EVP_PKEY *peer)
{
    PKeyCtx ctx(EVP_PKEY_CTX_new(own, nullptr), &EVP_PKEY_CTX_free);
    std::size_t length = 0;
    if (!ctx || EVP_PKEY_derive_init(ctx.get()) != 1 || EVP_PKEY_derive_set_peer(ctx.get(), peer) != 1
        || EVP_PKEY_derive(ctx.get(), nullptr, &length) != 1)
        return emrtd::chipAuthError(QStringLiteral("ECDH setup failed"));
    QByteArray secret(qsizetype(length), Qt::Uninitialized);
    if (EVP_PKEY_derive(ctx.get(), reinterpret_cast<unsigned char *>(secret.data()), &length) != 1)
        return emrtd::chipAuthError(QStringLiteral("ECDH failed"));
    secret.truncate(qsizetype(length));
    return secret;
}

PKey peerWithPoint(EVP_PKEY *parameters, const QByteArray &point)
{
    PKey peer(EVP_PKEY_new(), &EVP_PKEY_free);
    if (!peer || EVP_PKEY_copy_parameters(peer.get(), parameters) != 1
        || EVP_PKEY_set1_encoded_public_key(peer.get(), reinterpret_cast<const unsigned char *>(point.constData()),
                                            std::size_t(point.size()))
               != 1)
        return PKey(nullptr, &EVP_PKEY_free);
    return peer;
}

QByteArray encodedPoint(EVP_PKEY *key)
{
    unsigned char *bytes = nullptr;
    const std::size_t length = EVP_PKEY_get1_encoded_public_key(key, &bytes);
    QByteArray out(reinterpret_cast<const char *>(bytes), qsizetype(length));
    OPENSSL_free(bytes);
    return out;
}

} // namespace

std::optional<crypto::Cipher> ChipAuth::cipherOf(const QByteArray &protocolOid)
{
    if (protocolOid.size() != kCaPrefix.size() + 1 || !protocolOid.startsWith(kCaPrefix))
        return std::nullopt;
    switch (protocolOid.back()) {
    case 2: return crypto::Cipher::Aes128;
    case 3: return crypto::Cipher::Aes192;
    case 4: return crypto::Cipher::Aes256;
    default: return std::nullopt;
    }
}

Dg14Infos ChipAuth::infosOf(const SecurityInfos &securityInfos)
{
    Dg14Infos out;
    for (const SecurityInfo &info : securityInfos.infos) {
        using Kind = SecurityInfo::Kind;
        if (info.kind == Kind::ChipAuthentication && out.caProtocolOid.isEmpty()) {
            const QByteArray oid = oidContent(info.protocol);
            if (!cipherOf(oid) || !info.version)
                continue; // DH, 3DES or a CA info without its version
            out.caProtocolOid = oid;
            out.caVersion = *info.version;
            out.caKeyId = info.keyId;
        } else if (info.kind == Kind::ChipAuthenticationPublicKey && info.protocol == SecurityOid::pkEcdh
                   && !info.subjectPublicKeyInfo.isEmpty()) {
            out.caPublicKeyInfo = info.subjectPublicKeyInfo;
        } else if (info.kind == Kind::ActiveAuthentication && !info.signatureAlgorithm.isEmpty()) {
            out.aaSignatureOid = oidContent(info.signatureAlgorithm);
        }
    }
    return out;
}

Result<Dg14Infos> ChipAuth::parseDg14(const QByteArray &dg14)
{
    Result<Dg14> parsed = Dg14::parse(dg14);
    if (!parsed)
        return parsed.error();
    return infosOf(parsed->securityInfos);
}

Result<QByteArray> ChipAuth::sharedSecret(const QByteArray &privateKeyPkcs8, const QByteArray &peerPoint)
{
    const auto *in = reinterpret_cast<const unsigned char *>(privateKeyPkcs8.constData());
    PKey own(d2i_AutoPrivateKey(nullptr, &in, long(privateKeyPkcs8.size())), &EVP_PKEY_free);
    if (!own)
        return emrtd::chipAuthError(QStringLiteral("unreadable CA private key"));
    PKey peer = peerWithPoint(own.get(), peerPoint);
    if (!peer)
        return emrtd::chipAuthError(QStringLiteral("invalid ephemeral point"));
    return derive(own.get(), peer.get());
}

Status ChipAuth::authenticate(SecureChannel &channel, const Dg14Infos &infos)
{
    const auto cipher = cipherOf(infos.caProtocolOid);
    if (!cipher || infos.caPublicKeyInfo.isEmpty())
        return emrtd::chipAuthError(QStringLiteral("DG14 offers no ECDH/AES chip authentication"));
    const auto *in = reinterpret_cast<const unsigned char *>(infos.caPublicKeyInfo.constData());
    PKey chipKey(d2i_PUBKEY(nullptr, &in, long(infos.caPublicKeyInfo.size())), &EVP_PKEY_free);
    if (!chipKey || EVP_PKEY_get_base_id(chipKey.get()) != EVP_PKEY_EC)
        return emrtd::chipAuthError(QStringLiteral("DG14 CA public key unreadable or not EC"));
    PKeyCtx keygen(EVP_PKEY_CTX_new(chipKey.get(), nullptr), &EVP_PKEY_CTX_free);
    EVP_PKEY *raw = nullptr;
    if (!keygen || EVP_PKEY_keygen_init(keygen.get()) != 1 || EVP_PKEY_keygen(keygen.get(), &raw) != 1)
        return emrtd::chipAuthError(QStringLiteral("ephemeral key generation failed"));
    PKey ephemeral(raw, &EVP_PKEY_free);
    auto secret = derive(ephemeral.get(), chipKey.get());
    if (!secret)
        return secret.error();

    QByteArray mse = Tlv::encode(0x80, infos.caProtocolOid);
    if (infos.caKeyId)
        mse += Tlv::encode(0x84, QByteArray(1, char(*infos.caKeyId)));
    auto set = channel.transmit(CommandApdu(0x00, 0x22, 0x41, 0xa4, mse));
    if (!set)
        return set.error();
    if (!set->isOk())
        return emrtd::chipAuthError(QStringLiteral("MSE:SET AT: SW %1").arg(emrtd::swText(set->sw())));
    auto general = channel.transmit(
        CommandApdu(0x00, 0x86, 0x00, 0x00, Tlv::encode(0x7c, Tlv::encode(0x80, encodedPoint(ephemeral.get()))),
                    CommandApdu::kMaxShortLe));
    if (!general)
        return general.error();
    if (!general->isOk())
        return emrtd::chipAuthError(QStringLiteral("GENERAL AUTHENTICATE: SW %1").arg(emrtd::swText(general->sw())));
    channel.replaceSession(SmSession::fromSharedSecret(*cipher, *secret));
    wipeMemory(secret->data(), std::size_t(secret->size()));
    // The proof: an answer under the new keys. A chip without the private key cannot MAC it.
    auto confirm = channel.transmit(CommandApdu::selectFile(0x011e));
    if (!confirm)
        return emrtd::chipAuthError(QStringLiteral("first answer under the CA keys: ") + confirm.error().detail);
    return Status::success();
}

} // namespace motcua::card
