#pragma once
// The raw exchange PcscTransport builds on: bytes out, the card's bytes back (data + SW).
// PcscCard is the real one; the unit tests of PcscTransport script a fake one.
#include "common/Result.h"

#include <QByteArray>
#include <optional>

namespace motcua::card {

class CardChannel {
public:
    virtual ~CardChannel() = default;
    virtual Result<QByteArray> transmitRaw(const QByteArray &command) = 0;
    virtual QByteArray atr() const = 0;
    // The longest command the reader accepts (SCARD_ATTR_MAXINPUT), when the driver says.
    virtual std::optional<int> readerMaxInput() const = 0;
};

} // namespace motcua::card
