#pragma once
// Key material that wipes itself: card keys (BAC/PACE seeds, session keys) and the data key must
// not linger in freed memory or in the copies an implicitly shared QByteArray would make behind
// our back. The one type for secrets in the whole code base.
#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace motcua {

class SecretBytes {
public:
    SecretBytes() = default;
    explicit SecretBytes(std::size_t size);
    SecretBytes(const std::uint8_t *data, std::size_t size);
    // Copies the bytes; the caller wipes its own QByteArray if it held a secret.
    explicit SecretBytes(const QByteArray &bytes);
    SecretBytes(const SecretBytes &other);
    SecretBytes(SecretBytes &&other) noexcept;
    SecretBytes &operator=(const SecretBytes &other);
    SecretBytes &operator=(SecretBytes &&other) noexcept;
    ~SecretBytes();

    std::uint8_t *data() { return m_bytes.data(); }
    const std::uint8_t *data() const { return m_bytes.data(); }
    std::size_t size() const { return m_bytes.size(); }
    bool isEmpty() const { return m_bytes.empty(); }
    std::span<const std::uint8_t> bytes() const { return m_bytes; }

    // A plain copy, for test vectors and the card layer's APDU buffers: whoever asks for it
    // owns the duty to wipe it.
    QByteArray toByteArray() const;
    // A non-owning view for APIs that take a QByteArray (no copy is made): valid while this
    // object lives unchanged, and never to be stored.
    QByteArray view() const;

    void wipe(); // zeroes and empties

    // Compares in time independent of where the bytes differ.
    friend bool operator==(const SecretBytes &a, const SecretBytes &b);

private:
    std::vector<std::uint8_t> m_bytes;
};

// Zeroes memory in a way the optimiser may not remove.
void wipeMemory(void *data, std::size_t size);

} // namespace motcua
