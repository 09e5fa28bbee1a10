#pragma once
// What an ATR says about the card's APDU capabilities. Extended length is announced in the
// historical bytes' card-capabilities object (ISO 7816-4 compact-TLV tag 7, third software
// function byte, bit 7); cards may also announce it in EF.ATR/INFO, which the reader then learns
// by trying.
#include <QByteArray>
#include <optional>

namespace motcua::card {

// The historical bytes of an ATR (ISO 7816-3), or nullopt when the ATR is malformed.
std::optional<QByteArray> atrHistoricalBytes(const QByteArray &atr);

// Whether the card capabilities in the ATR's historical bytes allow extended Lc/Le.
bool atrAnnouncesExtendedLength(const QByteArray &atr);

} // namespace motcua::card
