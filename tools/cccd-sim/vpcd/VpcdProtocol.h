#pragma once
// vpcd's wire protocol (vsmartcard): every message is a 2-byte big-endian length and a payload.
// From vpcd, a 1-byte payload is a control message (power off/on, reset, "send the ATR");
// anything longer is a command APDU. The card answers the ATR request with the ATR and an APDU
// with its response; control messages get no answer.
#include <QByteArray>
#include <optional>

namespace motcua::sim {

enum class VpcdControl : quint8 { PowerOff = 0, PowerOn = 1, Reset = 2, GetAtr = 4 };

constexpr int kVpcdMaxPayload = 0xffff;

// The message on the wire; nullopt when the payload cannot be framed (over 65535 bytes).
std::optional<QByteArray> encodeVpcdMessage(const QByteArray &payload);

// The control code of a 1-byte payload; nullopt for an APDU or an unknown code.
std::optional<VpcdControl> vpcdControl(const QByteArray &payload);

// Splits a byte stream into payloads, whatever the TCP segmentation (vpcd writes the length
// and the APDU in two writes).
class VpcdMessageReader {
public:
    void feed(const QByteArray &bytes) { m_buffer.append(bytes); }
    // The next complete payload, or nullopt until more bytes arrive.
    std::optional<QByteArray> next();
    qsizetype pendingBytes() const { return m_buffer.size(); }

private:
    QByteArray m_buffer;
};

} // namespace motcua::sim
