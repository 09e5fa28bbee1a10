#pragma once
// ApduTransport over PC/SC: status words 61xx (GET RESPONSE) and 6Cxx (resend with the Le the
// card asks for) are handled here, once, so the ICAO 9303 code never sees them. Extended
// length is used when the ATR announces it and the reader can carry it; a card that refuses an
// extended APDU (6700, 6D00, 6E00) is asked again with a short one and stays short after that.
#include "apdu/ApduTransport.h"
#include "pcsc/CardChannel.h"

namespace motcua::card {

struct PcscTransportOptions {
    // The most response data one APDU may ask for (a reader with a small buffer, a test).
    int maxResponseLength = CommandApdu::kMaxExtendedLe;
    // Off: never try extended length, whatever the ATR says.
    bool allowExtendedLength = true;
};

class PcscTransport final : public ApduTransport {
public:
    // The channel (usually a PcscCard) must outlive the transport.
    explicit PcscTransport(CardChannel &channel, PcscTransportOptions options = {});

    Result<ResponseApdu> transmit(const CommandApdu &command) override;
    bool supportsExtendedLength() const override { return m_extended; }
    int maxResponseLength() const override;
    int apduCount() const override { return m_apduCount; }

private:
    Result<ResponseApdu> exchange(const CommandApdu &command);
    Result<ResponseApdu> collectResponseChain(ResponseApdu first, const CommandApdu &command);
    CommandApdu fitted(const CommandApdu &command) const;

    CardChannel &m_channel;
    PcscTransportOptions m_options;
    bool m_extended = false;
    int m_apduCount = 0;
};

} // namespace motcua::card
