#pragma once
// The one thing the ICAO 9303 code needs from a card: send a command APDU, get the response.
// PC/SC (cardreader/pcsc) implements it for real readers; unit tests of the protocol may
// implement it in-process. Errors are transport errors (card removed, reader gone), not status
// words: a response with any status word is a successful transmit.
#include "apdu/Apdu.h"
#include "common/Result.h"

namespace motcua::card {

class ApduTransport {
public:
    virtual ~ApduTransport() = default;

    // Sends one command and returns the card's answer. Implementations handle 61xx (GET
    // RESPONSE) and 6Cxx (resend with the right Le) once, here, so callers never see them.
    virtual Result<ResponseApdu> transmit(const CommandApdu &command) = 0;

    // Whether the card and reader accept extended-length APDUs (from the ATR / EF.ATR and the
    // reader's capabilities); callers then ask for longer reads.
    virtual bool supportsExtendedLength() const = 0;

    // The most response data one APDU may carry (256 for short APDUs).
    virtual int maxResponseLength() const = 0;

    // Commands sent so far (the benchmark compares it with the theoretical minimum).
    virtual int apduCount() const = 0;
};

} // namespace motcua::card
