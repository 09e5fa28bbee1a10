#pragma once
// ISO 7816-4 command and response APDUs. A command knows its case (1 to 4) from whether it
// carries data and expects data; it encodes itself in short or extended length form.
#include <QByteArray>
#include <optional>

namespace motcua::card {

class CommandApdu {
public:
    // Le = 0 in a short APDU means "up to 256 bytes"; kMaxShortLe / kMaxExtendedLe name the limits.
    static constexpr int kMaxShortLe = 256;
    static constexpr int kMaxExtendedLe = 65536;
    static constexpr int kMaxShortLc = 255;

    CommandApdu(quint8 cla, quint8 ins, quint8 p1, quint8 p2, QByteArray data = {}, std::optional<int> le = std::nullopt);

    // Named factories for the commands an eMRTD reader sends.
    static CommandApdu selectByAid(const QByteArray &aid);           // 00 A4 04 0C
    static CommandApdu selectFile(quint16 fid);                      // 00 A4 02 0C
    static CommandApdu readBinary(int offset, int length);            // 00 B0, offset < 32768
    static CommandApdu readBinarySfi(quint8 sfi, int offset, int length); // 00 B0 (0x80|sfi), offset < 256
    static CommandApdu getChallenge(int length = 8);                  // 00 84 00 00 08

    quint8 cla() const { return m_cla; }
    quint8 ins() const { return m_ins; }
    quint8 p1() const { return m_p1; }
    quint8 p2() const { return m_p2; }
    const QByteArray &data() const { return m_data; }
    std::optional<int> le() const { return m_le; }

    CommandApdu withCla(quint8 cla) const;
    CommandApdu withLe(std::optional<int> le) const;

    // Needs extended length: data over 255 bytes or Le over 256.
    bool needsExtendedLength() const;
    // The bytes on the wire; extended form when `extended` or when the command needs it.
    QByteArray encode(bool extended = false) const;
    // Parses a command APDU (used by the card simulator); nullopt when malformed.
    static std::optional<CommandApdu> decode(const QByteArray &bytes);

    friend bool operator==(const CommandApdu &, const CommandApdu &) = default;

private:
    quint8 m_cla, m_ins, m_p1, m_p2;
    QByteArray m_data;
    std::optional<int> m_le;
};

class ResponseApdu {
public:
    ResponseApdu() = default;
    ResponseApdu(QByteArray data, quint16 sw) : m_data(std::move(data)), m_sw(sw) {}
    // The last two bytes are the status word; nullopt for fewer than two bytes.
    static std::optional<ResponseApdu> decode(const QByteArray &bytes);

    const QByteArray &data() const { return m_data; }
    quint16 sw() const { return m_sw; }
    quint8 sw1() const { return quint8(m_sw >> 8); }
    quint8 sw2() const { return quint8(m_sw & 0xff); }
    bool isOk() const { return m_sw == 0x9000; }
    QByteArray encode() const;

    friend bool operator==(const ResponseApdu &, const ResponseApdu &) = default;

private:
    QByteArray m_data;
    quint16 m_sw = 0x6f00;
};

// Status words the reader and the simulator both use.
namespace Sw {
constexpr quint16 ok = 0x9000;
constexpr quint16 wrongLength = 0x6700;
constexpr quint16 securityNotSatisfied = 0x6982;
constexpr quint16 authenticationFailed = 0x6300;   // 63Cx: x tries left
constexpr quint16 conditionsNotSatisfied = 0x6985;
constexpr quint16 smDataObjectsIncorrect = 0x6988;
constexpr quint16 wrongData = 0x6a80;
constexpr quint16 fileNotFound = 0x6a82;
constexpr quint16 wrongP1P2 = 0x6b00;
constexpr quint16 insNotSupported = 0x6d00;
constexpr quint16 claNotSupported = 0x6e00;
constexpr quint16 endOfFile = 0x6282;
} // namespace Sw

} // namespace motcua::card
