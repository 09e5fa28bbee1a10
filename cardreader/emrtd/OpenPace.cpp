#include "emrtd/OpenPace.h"

#include "emrtd/EmrtdErrors.h"

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/objects.h>

#include <cstring>
#include <mutex>

namespace motcua::card::openpace {

void initOpenPace()
{
    static std::once_flag once;
    std::call_once(once, [] { EAC_init(); });
}

EacCtx newContext()
{
    initOpenPace();
    return EacCtx(EAC_CTX_new());
}

BufMem toBuf(const QByteArray &bytes)
{
    BUF_MEM *buf = BUF_MEM_new();
    if (!buf)
        return {};
    if (!bytes.isEmpty()) {
        if (!BUF_MEM_grow(buf, std::size_t(bytes.size()))) {
            BUF_MEM_free(buf);
            return {};
        }
        std::memcpy(buf->data, bytes.constData(), std::size_t(bytes.size()));
    }
    return BufMem(buf);
}

QByteArray fromBuf(const BUF_MEM *buf)
{
    if (!buf || !buf->data)
        return {};
    return QByteArray(buf->data, qsizetype(buf->length));
}

PaceSec paceSecret(PasswordKind kind, const QString &password)
{
    initOpenPace();
    const QByteArray text = password.toLatin1();
    if (kind == PasswordKind::Can)
        return PaceSec(PACE_SEC_new(text.constData(), std::size_t(text.size()), PACE_CAN));
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(text.constData(), std::size_t(text.size()), digest, &length, EVP_sha1(), nullptr) != 1)
        return {};
    PaceSec out(PACE_SEC_new(reinterpret_cast<const char *>(digest), length, PACE_RAW));
    OPENSSL_cleanse(digest, sizeof digest);
    return out;
}

QByteArray oidBytes(int nid)
{
    const ASN1_OBJECT *object = OBJ_nid2obj(nid);
    if (!object)
        return {};
    const int size = i2d_ASN1_OBJECT(object, nullptr);
    if (size <= 2)
        return {};
    QByteArray der(size, Qt::Uninitialized);
    auto *out = reinterpret_cast<unsigned char *>(der.data());
    i2d_ASN1_OBJECT(object, &out);
    return der.mid(2); // short-form tag and length: every protocol OID is under 128 bytes
}

int nidFromOidBytes(const QByteArray &content)
{
    initOpenPace();
    if (content.isEmpty() || content.size() > 127)
        return NID_undef;
    QByteArray der;
    der.append('\x06').append(char(content.size())).append(content);
    const auto *in = reinterpret_cast<const unsigned char *>(der.constData());
    ASN1_OBJECT *object = d2i_ASN1_OBJECT(nullptr, &in, long(der.size()));
    if (!object)
        return NID_undef;
    const int nid = OBJ_obj2nid(object);
    ASN1_OBJECT_free(object);
    return nid;
}

std::optional<crypto::Cipher> cipherOfProtocol(int nid)
{
    using crypto::Cipher;
    if (nid == NID_id_PACE_ECDH_GM_AES_CBC_CMAC_128 || nid == NID_id_PACE_DH_GM_AES_CBC_CMAC_128
        || nid == NID_id_CA_ECDH_AES_CBC_CMAC_128 || nid == NID_id_CA_DH_AES_CBC_CMAC_128)
        return Cipher::Aes128;
    if (nid == NID_id_PACE_ECDH_GM_AES_CBC_CMAC_192 || nid == NID_id_PACE_DH_GM_AES_CBC_CMAC_192
        || nid == NID_id_CA_ECDH_AES_CBC_CMAC_192 || nid == NID_id_CA_DH_AES_CBC_CMAC_192)
        return Cipher::Aes192;
    if (nid == NID_id_PACE_ECDH_GM_AES_CBC_CMAC_256 || nid == NID_id_PACE_DH_GM_AES_CBC_CMAC_256
        || nid == NID_id_CA_ECDH_AES_CBC_CMAC_256 || nid == NID_id_CA_DH_AES_CBC_CMAC_256)
        return Cipher::Aes256;
    return std::nullopt;
}

bool isPaceGenericMappingEcdh(int nid)
{
    return nid == NID_id_PACE_ECDH_GM_AES_CBC_CMAC_128 || nid == NID_id_PACE_ECDH_GM_AES_CBC_CMAC_192
           || nid == NID_id_PACE_ECDH_GM_AES_CBC_CMAC_256;
}

QString lastError()
{
    QString out;
    while (const unsigned long code = ERR_get_error()) {
        char text[256];
        ERR_error_string_n(code, text, sizeof text);
        if (!out.isEmpty())
            out += QStringLiteral("; ");
        out += QString::fromLatin1(text);
    }
    return out;
}

} // namespace motcua::card::openpace
