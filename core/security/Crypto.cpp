#include "security/Crypto.h"

#include <QCoreApplication>

#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/params.h>
#include <openssl/rand.h>

#include <memory>
#include <stdexcept>

namespace motcua::detail {
namespace {

struct CipherCtxFree { void operator()(EVP_CIPHER_CTX *c) const { EVP_CIPHER_CTX_free(c); } };
struct MacCtxFree { void operator()(EVP_MAC_CTX *c) const { EVP_MAC_CTX_free(c); } };
struct KdfCtxFree { void operator()(EVP_KDF_CTX *c) const { EVP_KDF_CTX_free(c); } };
using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, CipherCtxFree>;
using MacCtx = std::unique_ptr<EVP_MAC_CTX, MacCtxFree>;
using KdfCtx = std::unique_ptr<EVP_KDF_CTX, KdfCtxFree>;

[[noreturn]] void fail(const char *what)
{
    const unsigned long code = ERR_get_error();
    char text[256] = {};
    ERR_error_string_n(code, text, sizeof text);
    throw std::runtime_error(std::string(what) + ": " + text);
}

// Algorithms are fetched once: OpenSSL 3 re-fetches implicitly on every init otherwise, which
// costs more than sealing a short field. The handles are immutable and shared between threads;
// they are deliberately never freed (they would have to outlive OpenSSL's own exit cleanup).
const EVP_CIPHER *aes256Gcm()
{
    static EVP_CIPHER *const cipher = EVP_CIPHER_fetch(nullptr, "AES-256-GCM", nullptr);
    if (!cipher)
        fail("EVP_CIPHER_fetch(AES-256-GCM)");
    return cipher;
}

EVP_MAC *hmac()
{
    static EVP_MAC *const mac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
    if (!mac)
        fail("EVP_MAC_fetch(HMAC)");
    return mac;
}

EVP_KDF *hkdf()
{
    static EVP_KDF *const kdf = EVP_KDF_fetch(nullptr, "HKDF", nullptr);
    if (!kdf)
        fail("EVP_KDF_fetch(HKDF)");
    return kdf;
}

const EVP_MD *sha256()
{
    static EVP_MD *const md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    if (!md)
        fail("EVP_MD_fetch(SHA256)");
    return md;
}

const unsigned char *bytes(const QByteArray &a)
{
    return reinterpret_cast<const unsigned char *>(a.constData());
}

unsigned char *bytes(QByteArray &a)
{
    return reinterpret_cast<unsigned char *>(a.data());
}

void checkKeyAndNonce(const QByteArray &key, const QByteArray &nonce)
{
    if (key.size() != kAesKeySize)
        throw std::invalid_argument("AES-256-GCM needs a 32-byte key");
    if (nonce.size() != kGcmNonceSize)
        throw std::invalid_argument("AES-256-GCM needs a 12-byte nonce");
}

CipherCtx initGcm(const QByteArray &key, const QByteArray &nonce, const QByteArray &aad, bool encrypt)
{
    CipherCtx ctx(EVP_CIPHER_CTX_new());
    if (!ctx)
        fail("EVP_CIPHER_CTX_new");
    if (EVP_CipherInit_ex2(ctx.get(), aes256Gcm(), bytes(key), bytes(nonce), encrypt ? 1 : 0, nullptr) != 1)
        fail("EVP_CipherInit_ex2");
    int outLength = 0;
    if (!aad.isEmpty() && EVP_CipherUpdate(ctx.get(), nullptr, &outLength, bytes(aad), int(aad.size())) != 1)
        fail("EVP_CipherUpdate(aad)");
    return ctx;
}

} // namespace

QByteArray randomBytes(int count)
{
    QByteArray out(count, Qt::Uninitialized);
    if (count > 0 && RAND_bytes(bytes(out), count) != 1)
        fail("RAND_bytes");
    return out;
}

QByteArray aes256GcmSeal(const QByteArray &key, const QByteArray &nonce, const QByteArray &aad,
                         const QByteArray &plain)
{
    checkKeyAndNonce(key, nonce);
    CipherCtx ctx = initGcm(key, nonce, aad, true);
    QByteArray out(plain.size() + kGcmTagSize, Qt::Uninitialized);
    int written = 0;
    if (!plain.isEmpty() && EVP_EncryptUpdate(ctx.get(), bytes(out), &written, bytes(plain), int(plain.size())) != 1)
        fail("EVP_EncryptUpdate");
    int tail = 0;
    if (EVP_EncryptFinal_ex(ctx.get(), bytes(out) + written, &tail) != 1)
        fail("EVP_EncryptFinal_ex");
    if (written + tail != plain.size())
        throw std::runtime_error("AES-256-GCM produced an unexpected length");
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_AEAD_GET_TAG, kGcmTagSize, bytes(out) + plain.size()) != 1)
        fail("EVP_CTRL_AEAD_GET_TAG");
    return out;
}

Result<QByteArray> aes256GcmOpen(const QByteArray &key, const QByteArray &nonce, const QByteArray &aad,
                                 const QByteArray &sealed)
{
    checkKeyAndNonce(key, nonce);
    const auto authError = [](const char *detail) {
        return Error{QStringLiteral("security.cipher.auth"),
                     QCoreApplication::translate("FieldCipher", "The stored data is damaged or was protected with another key."),
                     QString::fromLatin1(detail)};
    };
    if (sealed.size() < kGcmTagSize)
        return authError("AES-256-GCM input shorter than its tag");
    const int cipherLength = int(sealed.size() - kGcmTagSize);
    CipherCtx ctx = initGcm(key, nonce, aad, false);
    QByteArray plain(cipherLength, Qt::Uninitialized);
    int written = 0;
    if (cipherLength > 0 && EVP_DecryptUpdate(ctx.get(), bytes(plain), &written, bytes(sealed), cipherLength) != 1)
        fail("EVP_DecryptUpdate");
    // The tag is set through a non-const pointer by OpenSSL's API; copy to keep `sealed` untouched.
    QByteArray tag = sealed.right(kGcmTagSize);
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_AEAD_SET_TAG, kGcmTagSize, bytes(tag)) != 1)
        fail("EVP_CTRL_AEAD_SET_TAG");
    int tail = 0;
    if (EVP_DecryptFinal_ex(ctx.get(), bytes(plain) + written, &tail) != 1) {
        ERR_clear_error();
        return authError("AES-256-GCM tag mismatch");
    }
    return plain;
}

QByteArray hmacSha256(const QByteArray &key, const QByteArray &data)
{
    MacCtx ctx(EVP_MAC_CTX_new(hmac()));
    if (!ctx)
        fail("EVP_MAC_CTX_new");
    char digest[] = "SHA256";
    const OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest, 0),
                                 OSSL_PARAM_construct_end()};
    if (EVP_MAC_init(ctx.get(), bytes(key), size_t(key.size()), params) != 1)
        fail("EVP_MAC_init");
    if (EVP_MAC_update(ctx.get(), bytes(data), size_t(data.size())) != 1)
        fail("EVP_MAC_update");
    QByteArray out(32, Qt::Uninitialized);
    size_t length = 0;
    if (EVP_MAC_final(ctx.get(), bytes(out), &length, size_t(out.size())) != 1 || length != 32)
        fail("EVP_MAC_final");
    return out;
}

struct Sha256::Context {
    struct Free { void operator()(EVP_MD_CTX *c) const { EVP_MD_CTX_free(c); } };
    std::unique_ptr<EVP_MD_CTX, Free> md{EVP_MD_CTX_new()};
};

Sha256::Sha256() : m_context(std::make_unique<Context>())
{
    if (!m_context->md || EVP_DigestInit_ex2(m_context->md.get(), sha256(), nullptr) != 1)
        fail("EVP_DigestInit_ex2(SHA256)");
}

Sha256::~Sha256() = default;
Sha256::Sha256(Sha256 &&) noexcept = default;
Sha256 &Sha256::operator=(Sha256 &&) noexcept = default;

void Sha256::addData(const char *data, qsizetype length)
{
    if (length > 0 && EVP_DigestUpdate(m_context->md.get(), data, size_t(length)) != 1)
        fail("EVP_DigestUpdate");
}

QByteArray Sha256::result()
{
    QByteArray out(32, Qt::Uninitialized);
    unsigned int length = 0;
    if (EVP_DigestFinal_ex(m_context->md.get(), bytes(out), &length) != 1 || length != 32)
        fail("EVP_DigestFinal_ex");
    return out;
}

QByteArray Sha256::hash(const QByteArray &data)
{
    Sha256 sha;
    sha.addData(data);
    return sha.result();
}

QByteArray hkdfSha256(const QByteArray &ikm, const QByteArray &salt, const QByteArray &info, int length)
{
    KdfCtx ctx(EVP_KDF_CTX_new(hkdf()));
    if (!ctx)
        fail("EVP_KDF_CTX_new");
    char digest[] = "SHA256";
    // OSSL_PARAM wants non-const pointers; OpenSSL only reads these buffers.
    OSSL_PARAM params[5];
    int n = 0;
    params[n++] = OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, digest, 0);
    params[n++] = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_KEY, const_cast<char *>(ikm.constData()), size_t(ikm.size()));
    if (!salt.isEmpty())
        params[n++] = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, const_cast<char *>(salt.constData()), size_t(salt.size()));
    if (!info.isEmpty())
        params[n++] = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_INFO, const_cast<char *>(info.constData()), size_t(info.size()));
    params[n] = OSSL_PARAM_construct_end();
    QByteArray out(length, Qt::Uninitialized);
    if (EVP_KDF_derive(ctx.get(), bytes(out), size_t(length), params) != 1)
        fail("EVP_KDF_derive");
    return out;
}

} // namespace motcua::detail
