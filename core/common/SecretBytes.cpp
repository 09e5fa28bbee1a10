#include "common/SecretBytes.h"

#include <openssl/crypto.h>

namespace motcua {

void wipeMemory(void *data, std::size_t size)
{
    if (data && size)
        OPENSSL_cleanse(data, size);
}

SecretBytes::SecretBytes(std::size_t size) : m_bytes(size, 0) {}

SecretBytes::SecretBytes(const std::uint8_t *data, std::size_t size) : m_bytes(data, data + size) {}

SecretBytes::SecretBytes(const QByteArray &bytes)
    : m_bytes(reinterpret_cast<const std::uint8_t *>(bytes.constData()),
              reinterpret_cast<const std::uint8_t *>(bytes.constData()) + bytes.size())
{
}

SecretBytes::SecretBytes(const SecretBytes &other) : m_bytes(other.m_bytes) {}

// A moved vector hands over its buffer, so nothing is left behind to wipe.
SecretBytes::SecretBytes(SecretBytes &&other) noexcept : m_bytes(std::move(other.m_bytes))
{
    other.m_bytes.clear();
}

SecretBytes &SecretBytes::operator=(const SecretBytes &other)
{
    if (this != &other) {
        wipe();
        m_bytes = other.m_bytes;
    }
    return *this;
}

SecretBytes &SecretBytes::operator=(SecretBytes &&other) noexcept
{
    if (this != &other) {
        wipe();
        m_bytes = std::move(other.m_bytes);
        other.m_bytes.clear();
    }
    return *this;
}

SecretBytes::~SecretBytes()
{
    wipe();
}

void SecretBytes::wipe()
{
    wipeMemory(m_bytes.data(), m_bytes.size());
    m_bytes.clear();
}

QByteArray SecretBytes::toByteArray() const
{
    return QByteArray(reinterpret_cast<const char *>(m_bytes.data()), qsizetype(m_bytes.size()));
}

QByteArray SecretBytes::view() const
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(m_bytes.data()), qsizetype(m_bytes.size()));
}

bool operator==(const SecretBytes &a, const SecretBytes &b)
{
    if (a.size() != b.size())
        return false;
    return a.isEmpty() || CRYPTO_memcmp(a.data(), b.data(), a.size()) == 0;
}

} // namespace motcua
