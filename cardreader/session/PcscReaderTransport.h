#pragma once
// A PC/SC reader opened for one card read, as an ApduTransport: context, card connection and
// transaction held together (so no other program interleaves APDUs with the secure-messaging
// session) and released in the right order when it is destroyed.
#include "apdu/ApduTransport.h"
#include "pcsc/PcscCard.h"
#include "pcsc/PcscContext.h"
#include "pcsc/PcscTransport.h"

#include <memory>
#include <optional>

namespace motcua::card {

class PcscReaderTransport final : public ApduTransport {
public:
    // Connects to the card in `reader`, or in the first reader holding one when `reader` is
    // empty (card.pcsc.noReader / card.pcsc.noCard when there is none).
    static Result<std::unique_ptr<PcscReaderTransport>> open(const QString &reader, PcscTransportOptions options = {});

    Result<ResponseApdu> transmit(const CommandApdu &command) override { return m_transport.transmit(command); }
    bool supportsExtendedLength() const override { return m_transport.supportsExtendedLength(); }
    int maxResponseLength() const override { return m_transport.maxResponseLength(); }
    int apduCount() const override { return m_transport.apduCount(); }

    const QString &reader() const { return m_card.reader(); }

private:
    PcscReaderTransport(std::shared_ptr<PcscContext> context, PcscCard card, PcscTransportOptions options);

    // Declaration order is destruction order reversed: transaction ends before the card disconnects.
    std::shared_ptr<PcscContext> m_context;
    PcscCard m_card;
    std::optional<PcscTransaction> m_transaction;
    PcscTransport m_transport;
};

} // namespace motcua::card
