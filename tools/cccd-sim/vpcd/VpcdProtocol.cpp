#include "vpcd/VpcdProtocol.h"

namespace motcua::sim {

std::optional<QByteArray> encodeVpcdMessage(const QByteArray &payload)
{
    if (payload.size() > kVpcdMaxPayload)
        return std::nullopt;
    QByteArray message;
    message.reserve(payload.size() + 2);
    message.append(char(payload.size() >> 8)).append(char(payload.size() & 0xff)).append(payload);
    return message;
}

std::optional<VpcdControl> vpcdControl(const QByteArray &payload)
{
    if (payload.size() != 1)
        return std::nullopt;
    switch (quint8(payload.at(0))) {
    case 0:
        return VpcdControl::PowerOff;
    case 1:
        return VpcdControl::PowerOn;
    case 2:
        return VpcdControl::Reset;
    case 4:
        return VpcdControl::GetAtr;
    default:
        return std::nullopt;
    }
}

std::optional<QByteArray> VpcdMessageReader::next()
{
    if (m_buffer.size() < 2)
        return std::nullopt;
    const qsizetype length = (qsizetype(quint8(m_buffer.at(0))) << 8) | quint8(m_buffer.at(1));
    if (m_buffer.size() < 2 + length)
        return std::nullopt;
    QByteArray payload = m_buffer.mid(2, length);
    m_buffer.remove(0, 2 + length);
    return payload;
}

} // namespace motcua::sim
