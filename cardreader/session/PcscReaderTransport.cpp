#include "session/PcscReaderTransport.h"

#include "pcsc/PcscError.h"

namespace motcua::card {

PcscReaderTransport::PcscReaderTransport(std::shared_ptr<PcscContext> context, PcscCard card, PcscTransportOptions options)
    : m_context(std::move(context)), m_card(std::move(card)), m_transport(m_card, options)
{
}

Result<std::unique_ptr<PcscReaderTransport>> PcscReaderTransport::open(const QString &reader, PcscTransportOptions options)
{
    auto context = PcscContext::establish();
    if (!context)
        return context.error();
    QString name = reader;
    if (name.isEmpty()) {
        auto readers = (*context)->readers();
        if (!readers)
            return readers.error();
        for (const ReaderInfo &info : *readers) {
            if (info.cardPresent && !info.mute) {
                name = info.name;
                break;
            }
        }
        if (name.isEmpty())
            return readers->isEmpty() ? pcscError(PcscErrorKind::NoReader, QStringLiteral("no reader"))
                                      : pcscError(PcscErrorKind::NoCard, QStringLiteral("no reader holds a card"));
    }
    auto card = PcscCard::connect(*context, name);
    if (!card)
        return card.error();
    std::unique_ptr<PcscReaderTransport> transport(new PcscReaderTransport(*context, std::move(*card), options));
    auto transaction = PcscTransaction::begin(transport->m_card);
    if (!transaction)
        return transaction.error();
    transport->m_transaction.emplace(std::move(*transaction));
    return transport;
}

} // namespace motcua::card
