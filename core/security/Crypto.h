#pragma once
// The OpenSSL primitives under DataKey, FieldCipher, BlindIndex and the blob store. Callers outside
// core/security and core/blobs should use those classes; these are exposed so that known-answer
// tests can drive them with explicit keys and nonces.
#include "common/Result.h"

#include <QByteArray>

#include <memory>

namespace motcua::detail {

constexpr int kAesKeySize = 32;
constexpr int kGcmNonceSize = 12;
constexpr int kGcmTagSize = 16;

// Cryptographically secure random bytes (RAND_bytes). Throws std::runtime_error if the
// generator is not seeded: continuing with weak randomness would be worse than stopping.
QByteArray randomBytes(int count);

// AES-256-GCM with a 12-byte nonce; returns ciphertext || 16-byte tag.
// Throws std::invalid_argument on a wrong key or nonce size (a programming error).
QByteArray aes256GcmSeal(const QByteArray &key, const QByteArray &nonce, const QByteArray &aad,
                         const QByteArray &plain);

// Inverse of aes256GcmSeal: an Error (code "security.cipher.auth") when the tag does not match.
Result<QByteArray> aes256GcmOpen(const QByteArray &key, const QByteArray &nonce, const QByteArray &aad,
                                 const QByteArray &sealed);

// HMAC-SHA256 (EVP_MAC), 32 bytes.
QByteArray hmacSha256(const QByteArray &key, const QByteArray &data);

// HKDF-SHA256 (RFC 5869, EVP_KDF) extract-and-expand.
QByteArray hkdfSha256(const QByteArray &ikm, const QByteArray &salt, const QByteArray &info, int length);

// Streaming SHA-256 (EVP_Digest; uses the CPU's SHA extensions where QCryptographicHash does not).
class Sha256 {
public:
    Sha256();
    ~Sha256();
    Sha256(Sha256 &&) noexcept;
    Sha256 &operator=(Sha256 &&) noexcept;
    void addData(const char *data, qsizetype length);
    void addData(const QByteArray &data) { addData(data.constData(), data.size()); }
    QByteArray result(); // 32 raw bytes; the object must not be fed afterwards

    static QByteArray hash(const QByteArray &data);

private:
    struct Context;
    std::unique_ptr<Context> m_context;
};

} // namespace motcua::detail
