#include "apdu/Apdu.h"

namespace motcua::card {

CommandApdu::CommandApdu(quint8 cla, quint8 ins, quint8 p1, quint8 p2, QByteArray data, std::optional<int> le)
    : m_cla(cla), m_ins(ins), m_p1(p1), m_p2(p2), m_data(std::move(data)), m_le(le)
{
}

CommandApdu CommandApdu::selectByAid(const QByteArray &aid)
{
    return {0x00, 0xa4, 0x04, 0x0c, aid};
}

CommandApdu CommandApdu::selectFile(quint16 fid)
{
    QByteArray id;
    id.append(char(fid >> 8)).append(char(fid & 0xff));
    return {0x00, 0xa4, 0x02, 0x0c, id};
}

CommandApdu CommandApdu::readBinary(int offset, int length)
{
    return {0x00, 0xb0, quint8((offset >> 8) & 0x7f), quint8(offset & 0xff), {}, length};
}

CommandApdu CommandApdu::readBinarySfi(quint8 sfi, int offset, int length)
{
    return {0x00, 0xb0, quint8(0x80 | (sfi & 0x1f)), quint8(offset & 0xff), {}, length};
}

CommandApdu CommandApdu::getChallenge(int length)
{
    return {0x00, 0x84, 0x00, 0x00, {}, length};
}

CommandApdu CommandApdu::withCla(quint8 cla) const
{
    CommandApdu copy = *this;
    copy.m_cla = cla;
    return copy;
}

CommandApdu CommandApdu::withLe(std::optional<int> le) const
{
    CommandApdu copy = *this;
    copy.m_le = le;
    return copy;
}

bool CommandApdu::needsExtendedLength() const
{
    return m_data.size() > kMaxShortLc || (m_le && *m_le > kMaxShortLe);
}

QByteArray CommandApdu::encode(bool extended) const
{
    extended = extended || needsExtendedLength();
    QByteArray out;
    out.append(char(m_cla)).append(char(m_ins)).append(char(m_p1)).append(char(m_p2));
    if (!m_data.isEmpty()) {
        if (extended)
            out.append('\0').append(char(m_data.size() >> 8)).append(char(m_data.size() & 0xff));
        else
            out.append(char(m_data.size()));
        out.append(m_data);
    }
    if (m_le) {
        // Short: 00 means 256. Extended: 0000 means 65536; with no data an extended Le has a 00 prefix.
        const int le = *m_le;
        if (extended) {
            if (m_data.isEmpty())
                out.append('\0');
            const int wire = le >= kMaxExtendedLe ? 0 : le;
            out.append(char(wire >> 8)).append(char(wire & 0xff));
        } else {
            out.append(char(le >= kMaxShortLe ? 0 : le));
        }
    }
    return out;
}

std::optional<CommandApdu> CommandApdu::decode(const QByteArray &bytes)
{
    if (bytes.size() < 4)
        return std::nullopt;
    const auto byte = [&bytes](qsizetype i) { return int(quint8(bytes.at(i))); };
    CommandApdu apdu(quint8(byte(0)), quint8(byte(1)), quint8(byte(2)), quint8(byte(3)));
    const qsizetype body = bytes.size() - 4;
    if (body == 0)
        return apdu; // case 1
    if (body == 1) { // case 2 short
        apdu.m_le = byte(4) == 0 ? kMaxShortLe : byte(4);
        return apdu;
    }
    if (byte(4) != 0) { // short, case 3 or 4
        const int lc = byte(4);
        if (body == 1 + lc) {
            apdu.m_data = bytes.mid(5, lc);
            return apdu;
        }
        if (body == 2 + lc) {
            apdu.m_data = bytes.mid(5, lc);
            apdu.m_le = byte(5 + lc) == 0 ? kMaxShortLe : byte(5 + lc);
            return apdu;
        }
        return std::nullopt;
    }
    // Extended: 00 then two length bytes.
    if (body == 3) { // case 2 extended
        const int le = (byte(5) << 8) | byte(6);
        apdu.m_le = le == 0 ? kMaxExtendedLe : le;
        return apdu;
    }
    if (body < 3)
        return std::nullopt;
    const int lc = (byte(5) << 8) | byte(6);
    if (lc == 0)
        return std::nullopt;
    if (body == 3 + lc) {
        apdu.m_data = bytes.mid(7, lc);
        return apdu;
    }
    if (body == 5 + lc) {
        apdu.m_data = bytes.mid(7, lc);
        const int le = (byte(7 + lc) << 8) | byte(8 + lc);
        apdu.m_le = le == 0 ? kMaxExtendedLe : le;
        return apdu;
    }
    return std::nullopt;
}

std::optional<ResponseApdu> ResponseApdu::decode(const QByteArray &bytes)
{
    if (bytes.size() < 2)
        return std::nullopt;
    const quint16 sw = quint16((quint8(bytes.at(bytes.size() - 2)) << 8) | quint8(bytes.back()));
    return ResponseApdu(bytes.left(bytes.size() - 2), sw);
}

QByteArray ResponseApdu::encode() const
{
    QByteArray out = m_data;
    out.append(char(sw1())).append(char(sw2()));
    return out;
}

} // namespace motcua::card
