#include "security/KeyBytes.h"

#include <openssl/crypto.h>

namespace motcua {

KeyBytes &KeyBytes::operator=(const KeyBytes &other)
{
    if (this != &other) {
        wipe();
        m_bytes = other.m_bytes;
    }
    return *this;
}

KeyBytes &KeyBytes::operator=(KeyBytes &&other) noexcept
{
    if (this != &other) {
        wipe();
        m_bytes = std::move(other.m_bytes);
        other.m_bytes = QByteArray();
    }
    return *this;
}

KeyBytes::~KeyBytes()
{
    wipe();
}

void KeyBytes::wipe() noexcept
{
    // Only the sole owner may wipe: other copies still use the shared buffer. data() on a
    // detached array does not reallocate, so this zeroes the very bytes that held the key.
    if (!m_bytes.isEmpty() && m_bytes.isDetached())
        OPENSSL_cleanse(m_bytes.data(), size_t(m_bytes.size()));
    m_bytes = QByteArray();
}

} // namespace motcua
