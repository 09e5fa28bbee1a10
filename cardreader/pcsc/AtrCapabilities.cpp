#include "pcsc/AtrCapabilities.h"

namespace motcua::card {

std::optional<QByteArray> atrHistoricalBytes(const QByteArray &atr)
{
    if (atr.size() < 2)
        return std::nullopt;
    const auto byte = [&atr](qsizetype i) { return quint8(atr.at(i)); };
    const int historicalCount = byte(1) & 0x0f;
    // Walk the interface bytes: each Yi nibble says which of TAi, TBi, TCi, TDi follow.
    qsizetype pos = 2;
    quint8 y = byte(1) >> 4;
    while (true) {
        const int present = ((y & 1) ? 1 : 0) + ((y & 2) ? 1 : 0) + ((y & 4) ? 1 : 0);
        pos += present;
        if (!(y & 8))
            break;
        if (pos >= atr.size())
            return std::nullopt;
        y = byte(pos) >> 4; // TDi
        ++pos;
    }
    if (pos + historicalCount > atr.size())
        return std::nullopt;
    return atr.mid(pos, historicalCount);
}

bool atrAnnouncesExtendedLength(const QByteArray &atr)
{
    const auto historical = atrHistoricalBytes(atr);
    if (!historical || historical->isEmpty())
        return false;
    const auto byte = [&historical](qsizetype i) { return quint8(historical->at(i)); };
    // Category 00: compact-TLV then a 3-byte status indicator; 80: compact-TLV only.
    qsizetype end = historical->size();
    if (byte(0) == 0x00)
        end -= 3;
    else if (byte(0) != 0x80)
        return false;
    for (qsizetype pos = 1; pos < end;) {
        const int tag = byte(pos) >> 4;
        const int length = byte(pos) & 0x0f;
        if (pos + 1 + length > end)
            return false;
        if (tag == 0x7 && length >= 3)
            return byte(pos + 3) & 0x40;
        pos += 1 + length;
    }
    return false;
}

} // namespace motcua::card
