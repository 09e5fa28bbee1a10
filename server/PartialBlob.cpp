#include "PartialBlob.h"

#include <openssl/evp.h>

#include <memory>
#include <stdexcept>

namespace motcua::server {
namespace {

constexpr int kBlock = 16;

// The counter block for byte `offset`: the partial's 128-bit IV, big-endian, plus the block index
// (OpenSSL's CTR increments the whole 128 bits the same way).
QByteArray counterAt(const QByteArray &iv, qint64 offset)
{
    QByteArray counter = iv;
    quint64 add = quint64(offset) / kBlock;
    for (int i = kBlock - 1; i >= 0 && add != 0; --i) {
        const quint64 sum = quint64(quint8(counter[i])) + (add & 0xff);
        counter[i] = char(sum & 0xff);
        add = (add >> 8) + (sum >> 8);
    }
    return counter;
}

} // namespace

PartialCipher::PartialCipher(const DataKey &key) : m_key(key.subkey(QByteArrayLiteral("server-partial-v1")))
{
}

void PartialCipher::apply(const QByteArray &iv, qint64 offset, char *data, qint64 length) const
{
    if (length <= 0)
        return;
    if (iv.size() != kIvSize)
        throw std::runtime_error("partial IV of the wrong size");
    const std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)> ctx(EVP_CIPHER_CTX_new(), EVP_CIPHER_CTX_free);
    const QByteArray counter = counterAt(iv, offset);
    if (!ctx || EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_ctr(), nullptr, m_key.data(),
                                   reinterpret_cast<const unsigned char *>(counter.constData())) != 1)
        throw std::runtime_error("AES-256-CTR init failed");
    int outLength = 0;
    // Into the block: discard the keystream bytes before `offset`.
    if (const int skip = int(offset % kBlock); skip > 0) {
        unsigned char scratch[kBlock] = {};
        if (EVP_EncryptUpdate(ctx.get(), scratch, &outLength, scratch, skip) != 1)
            throw std::runtime_error("AES-256-CTR failed");
    }
    auto *bytes = reinterpret_cast<unsigned char *>(data);
    for (qint64 done = 0; done < length;) {
        const int n = int(qMin<qint64>(length - done, 1 << 30));
        if (EVP_EncryptUpdate(ctx.get(), bytes + done, &outLength, bytes + done, n) != 1)
            throw std::runtime_error("AES-256-CTR failed");
        done += n;
    }
}

PartialReader::PartialReader(const QString &path, const PartialCipher &cipher, QByteArray iv)
    : m_file(path), m_cipher(cipher), m_iv(std::move(iv))
{
}

bool PartialReader::open(OpenMode mode)
{
    // Unbuffered: the file position is then always the plaintext position readData decrypts at.
    if ((mode & ReadWrite) != ReadOnly || !m_file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        setErrorString(m_file.errorString());
        return false;
    }
    return QIODevice::open(ReadOnly | Unbuffered);
}

void PartialReader::close()
{
    m_file.close();
    QIODevice::close();
}

bool PartialReader::seek(qint64 pos)
{
    return QIODevice::seek(pos) && m_file.seek(pos);
}

qint64 PartialReader::readData(char *data, qint64 maxSize)
{
    const qint64 offset = m_file.pos();
    const qint64 n = m_file.read(data, maxSize);
    if (n < 0) {
        setErrorString(m_file.errorString());
        return -1;
    }
    m_cipher.apply(m_iv, offset, data, n);
    return n;
}

} // namespace motcua::server
