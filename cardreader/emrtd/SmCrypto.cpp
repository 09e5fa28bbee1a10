#include "emrtd/SmCrypto.h"

#include "emrtd/EmrtdErrors.h"
#include "identity/AccessKeys.h"

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/params.h>
#include <openssl/rand.h>

#include <memory>

namespace motcua::card::crypto {

namespace {

using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

const EVP_CIPHER *evpCipher(Cipher cipher, bool cbc)
{
    switch (cipher) {
    case Cipher::Des3: return cbc ? EVP_des_ede_cbc() : EVP_des_ede_ecb();
    case Cipher::Aes128: return cbc ? EVP_aes_128_cbc() : EVP_aes_128_ecb();
    case Cipher::Aes192: return cbc ? EVP_aes_192_cbc() : EVP_aes_192_ecb();
    case Cipher::Aes256: return cbc ? EVP_aes_256_cbc() : EVP_aes_256_ecb();
    }
    return nullptr;
}

Result<QByteArray> run(const EVP_CIPHER *evp, const std::uint8_t *key, std::size_t keySize, const QByteArray &iv,
                       const QByteArray &data, bool encrypt)
{
    if (!evp || keySize != std::size_t(EVP_CIPHER_get_key_length(evp)))
        return emrtd::cryptoError(QStringLiteral("cipher key of %1 bytes").arg(keySize));
    const int block = EVP_CIPHER_get_block_size(evp);
    if (data.size() % block != 0)
        return emrtd::cryptoError(QStringLiteral("data of %1 bytes is not block aligned").arg(data.size()));
    if (EVP_CIPHER_get_iv_length(evp) > 0 && iv.size() != EVP_CIPHER_get_iv_length(evp))
        return emrtd::cryptoError(QStringLiteral("IV of %1 bytes").arg(iv.size()));
    CipherCtx ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    QByteArray out(data.size() + block, Qt::Uninitialized);
    int written = 0;
    int last = 0;
    const auto *ivBytes = iv.isEmpty() ? nullptr : reinterpret_cast<const unsigned char *>(iv.constData());
    if (!ctx || EVP_CipherInit_ex(ctx.get(), evp, nullptr, key, ivBytes, encrypt ? 1 : 0) != 1
        || EVP_CIPHER_CTX_set_padding(ctx.get(), 0) != 1
        || EVP_CipherUpdate(ctx.get(), reinterpret_cast<unsigned char *>(out.data()), &written,
                            reinterpret_cast<const unsigned char *>(data.constData()), int(data.size())) != 1
        || EVP_CipherFinal_ex(ctx.get(), reinterpret_cast<unsigned char *>(out.data()) + written, &last) != 1)
        return emrtd::cryptoError(QStringLiteral("OpenSSL cipher failed"));
    out.truncate(written + last);
    return out;
}

} // namespace

int blockSize(Cipher cipher) { return cipher == Cipher::Des3 ? 8 : 16; }

int keyLength(Cipher cipher)
{
    switch (cipher) {
    case Cipher::Des3: return 16;
    case Cipher::Aes128: return 16;
    case Cipher::Aes192: return 24;
    case Cipher::Aes256: return 32;
    }
    return 0;
}

QByteArray pad(const QByteArray &data, int block)
{
    QByteArray out = data;
    out.append(char(0x80));
    while (out.size() % block != 0)
        out.append('\0');
    return out;
}

std::optional<QByteArray> unpad(const QByteArray &data)
{
    qsizetype i = data.size() - 1;
    while (i >= 0 && data.at(i) == '\0')
        --i;
    if (i < 0 || quint8(data.at(i)) != 0x80)
        return std::nullopt;
    return data.left(i);
}

Result<QByteArray> encryptCbc(Cipher cipher, const SecretBytes &key, const QByteArray &iv, const QByteArray &data)
{
    return run(evpCipher(cipher, true), key.data(), key.size(), iv, data, true);
}

Result<QByteArray> decryptCbc(Cipher cipher, const SecretBytes &key, const QByteArray &iv, const QByteArray &data)
{
    return run(evpCipher(cipher, true), key.data(), key.size(), iv, data, false);
}

Result<QByteArray> encryptBlock(Cipher cipher, const SecretBytes &key, const QByteArray &block)
{
    return run(evpCipher(cipher, false), key.data(), key.size(), {}, block, true);
}

Result<QByteArray> cmac(Cipher cipher, const SecretBytes &key, const QByteArray &data)
{
    const char *name = cipher == Cipher::Aes128 ? "AES-128-CBC" : cipher == Cipher::Aes192 ? "AES-192-CBC" : "AES-256-CBC";
    if (cipher == Cipher::Des3 || key.size() != std::size_t(keyLength(cipher)))
        return emrtd::cryptoError(QStringLiteral("CMAC needs an AES key"));
    std::unique_ptr<EVP_MAC, decltype(&EVP_MAC_free)> evpMac(EVP_MAC_fetch(nullptr, "CMAC", nullptr), &EVP_MAC_free);
    if (!evpMac)
        return emrtd::cryptoError(QStringLiteral("CMAC unavailable"));
    std::unique_ptr<EVP_MAC_CTX, decltype(&EVP_MAC_CTX_free)> ctx(EVP_MAC_CTX_new(evpMac.get()), &EVP_MAC_CTX_free);
    OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_CIPHER, const_cast<char *>(name), 0),
                           OSSL_PARAM_construct_end()};
    QByteArray out(16, Qt::Uninitialized);
    std::size_t outLength = 0;
    if (!ctx || EVP_MAC_init(ctx.get(), key.data(), key.size(), params) != 1
        || EVP_MAC_update(ctx.get(), reinterpret_cast<const unsigned char *>(data.constData()), data.size()) != 1
        || EVP_MAC_final(ctx.get(), reinterpret_cast<unsigned char *>(out.data()), &outLength, out.size()) != 1)
        return emrtd::cryptoError(QStringLiteral("CMAC failed"));
    out.truncate(qsizetype(outLength));
    return out;
}

Result<QByteArray> mac(Cipher cipher, const SecretBytes &key, const QByteArray &paddedData)
{
    if (cipher != Cipher::Des3) {
        auto full = cmac(cipher, key, paddedData);
        if (!full)
            return full.error();
        return full->left(8);
    }
    // Retail MAC: single DES CBC over all blocks with K1, then the last block through 3DES
    // (K1, K2, K1). OpenSSL 3 keeps single DES in the legacy provider, so single DES is
    // written as two-key 3DES with both halves K1.
    if (key.size() != 16 || paddedData.isEmpty() || paddedData.size() % 8 != 0)
        return emrtd::cryptoError(QStringLiteral("retail MAC input"));
    SecretBytes k1k1(16);
    std::copy(key.data(), key.data() + 8, k1k1.data());
    std::copy(key.data(), key.data() + 8, k1k1.data() + 8);
    QByteArray chained(8, '\0');
    const QByteArray head = paddedData.left(paddedData.size() - 8);
    if (!head.isEmpty()) {
        auto cbc = encryptCbc(Cipher::Des3, k1k1, QByteArray(8, '\0'), head);
        if (!cbc)
            return cbc.error();
        chained = cbc->right(8);
    }
    QByteArray last = paddedData.right(8);
    for (int i = 0; i < 8; ++i)
        last[i] = char(last.at(i) ^ chained.at(i));
    return encryptBlock(Cipher::Des3, key, last);
}

SecretBytes deriveKey(Cipher cipher, const QByteArray &secret, quint32 counter)
{
    QByteArray input = secret;
    input.append(char(counter >> 24)).append(char((counter >> 16) & 0xff)).append(char((counter >> 8) & 0xff))
        .append(char(counter & 0xff));
    const EVP_MD *md = (cipher == Cipher::Aes192 || cipher == Cipher::Aes256) ? EVP_sha256() : EVP_sha1();
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    SecretBytes out;
    if (EVP_Digest(input.constData(), std::size_t(input.size()), digest, &length, md, nullptr) == 1
        && int(length) >= keyLength(cipher))
        out = SecretBytes(digest, std::size_t(keyLength(cipher)));
    wipeMemory(digest, sizeof digest);
    wipeMemory(input.data(), std::size_t(input.size()));
    if (cipher == Cipher::Des3 && !out.isEmpty())
        adjustDesParity(out);
    return out;
}

QByteArray randomBytes(int count)
{
    QByteArray out(count, Qt::Uninitialized);
    if (count > 0 && RAND_bytes(reinterpret_cast<unsigned char *>(out.data()), count) != 1)
        qFatal("RAND_bytes failed"); // no entropy: nothing secure can continue
    return out;
}

bool equalConstantTime(const QByteArray &a, const QByteArray &b)
{
    return a.size() == b.size() && CRYPTO_memcmp(a.constData(), b.constData(), std::size_t(a.size())) == 0;
}

} // namespace motcua::card::crypto
