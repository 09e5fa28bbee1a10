#pragma once
// Key material that wipes itself: the last holder of the bytes zeroes them when it goes away,
// so a key does not linger in freed heap memory.
#include <QByteArray>

namespace motcua {

class KeyBytes {
public:
    KeyBytes() = default;
    explicit KeyBytes(QByteArray bytes) : m_bytes(std::move(bytes)) {}
    KeyBytes(const KeyBytes &) = default;
    KeyBytes(KeyBytes &&) noexcept = default;
    KeyBytes &operator=(const KeyBytes &other);
    KeyBytes &operator=(KeyBytes &&other) noexcept;
    ~KeyBytes();

    const QByteArray &bytes() const { return m_bytes; }
    qsizetype size() const { return m_bytes.size(); }
    const unsigned char *data() const { return reinterpret_cast<const unsigned char *>(m_bytes.constData()); }

private:
    void wipe() noexcept;
    QByteArray m_bytes; // implicitly shared between copies; wiped by whichever copy is last
};

} // namespace motcua
