#include "pcsc/PcscTransport.h"

#include "pcsc/AtrCapabilities.h"
#include "pcsc/PcscLogging.h"

#include <QCoreApplication>

#include <algorithm>

namespace motcua::card {
namespace {

// The longest short APDU (4 header bytes, Lc, 255 data bytes, Le): a reader that cannot carry
// more cannot carry extended APDUs.
constexpr int kMaxShortCommand = 4 + 1 + CommandApdu::kMaxShortLc + 1;
// A 61xx chain longer than this is a broken card, not a long file.
constexpr int kMaxGetResponses = 300;

bool refusesExtendedLength(quint16 sw)
{
    return sw == Sw::wrongLength || sw == Sw::insNotSupported || sw == Sw::claNotSupported;
}

int leFromSw2(quint8 sw2)
{
    return sw2 == 0 ? CommandApdu::kMaxShortLe : sw2;
}

Error transportError(const char *code, const char *message, const QString &detail)
{
    return Error{QLatin1String(code), QCoreApplication::translate("PcscTransport", message), detail};
}

} // namespace

PcscTransport::PcscTransport(CardChannel &channel, PcscTransportOptions options)
    : m_channel(channel), m_options(options)
{
    const auto readerMax = m_channel.readerMaxInput();
    const bool readerCarries = !readerMax || *readerMax > kMaxShortCommand;
    m_extended = m_options.allowExtendedLength && readerCarries && atrAnnouncesExtendedLength(m_channel.atr());
    qCDebug(lcPcsc) << "extended length" << m_extended << "reader max input" << readerMax.value_or(-1);
}

int PcscTransport::maxResponseLength() const
{
    return std::min(m_options.maxResponseLength, m_extended ? CommandApdu::kMaxExtendedLe : CommandApdu::kMaxShortLe);
}

CommandApdu PcscTransport::fitted(const CommandApdu &command) const
{
    const auto le = command.le();
    if (le && *le > maxResponseLength())
        return command.withLe(maxResponseLength());
    return command;
}

Result<ResponseApdu> PcscTransport::transmit(const CommandApdu &command)
{
    if (!m_extended && command.data().size() > CommandApdu::kMaxShortLc) {
        return transportError("card.pcsc.command-too-long",
                              QT_TRANSLATE_NOOP("PcscTransport", "The card cannot receive this command: it is too long for this card or reader."),
                              QStringLiteral("Lc %1 without extended length").arg(command.data().size()));
    }
    CommandApdu sent = fitted(command);
    auto response = exchange(sent);
    if (!response)
        return response;

    if (m_extended && sent.needsExtendedLength() && refusesExtendedLength(response->sw())) {
        qCInfo(lcPcsc) << "card refused an extended APDU with SW" << Qt::hex << response->sw() << "; short APDUs from now";
        m_extended = false;
        if (sent.data().size() > CommandApdu::kMaxShortLc)
            return response; // the refusal is the card's answer: this command cannot be made short
        sent = fitted(sent);
        response = exchange(sent);
        if (!response)
            return response;
    }

    if (response->sw1() == 0x6c) { // wrong Le: the card says which one, ask once more
        sent = sent.withLe(leFromSw2(response->sw2()));
        response = exchange(sent);
        if (!response)
            return response;
    }
    return collectResponseChain(std::move(response).value(), sent);
}

Result<ResponseApdu> PcscTransport::collectResponseChain(ResponseApdu first, const CommandApdu &command)
{
    QByteArray data = first.data();
    ResponseApdu last = std::move(first);
    for (int i = 0; last.sw1() == 0x61; ++i) {
        if (i >= kMaxGetResponses || data.size() > CommandApdu::kMaxExtendedLe) {
            return transportError("card.pcsc.response-too-long",
                                  QT_TRANSLATE_NOOP("PcscTransport", "The card sent an answer that is too long. Try again with another card."),
                                  QStringLiteral("61xx chain over %1 bytes").arg(data.size()));
        }
        // GET RESPONSE keeps the logical channel bits of the command's class byte.
        const CommandApdu getResponse(quint8(command.cla() & 0x03), 0xc0, 0x00, 0x00, {}, leFromSw2(last.sw2()));
        auto next = exchange(getResponse);
        if (!next)
            return next;
        data.append(next->data());
        last = std::move(next).value();
    }
    return ResponseApdu(std::move(data), last.sw());
}

Result<ResponseApdu> PcscTransport::exchange(const CommandApdu &command)
{
    ++m_apduCount;
    const QByteArray wire = command.encode();
    auto raw = m_channel.transmitRaw(wire);
    if (!raw) {
        qCDebug(lcPcscApdu).nospace() << "INS " << Qt::hex << command.ins() << " -> " << raw.error().code;
        return raw.error();
    }
    auto response = ResponseApdu::decode(*raw);
    if (!response) {
        return transportError("card.pcsc.response-malformed",
                              QT_TRANSLATE_NOOP("PcscTransport", "The card sent an answer that cannot be read. Place the card again and try again."),
                              QStringLiteral("response of %1 bytes to INS %2").arg(raw->size()).arg(command.ins(), 2, 16, QLatin1Char('0')));
    }
    qCDebug(lcPcscApdu).nospace() << "INS " << Qt::hex << command.ins() << Qt::dec << " Lc " << command.data().size()
                                  << " Le " << command.le().value_or(0) << (command.needsExtendedLength() ? " ext" : "")
                                  << " -> SW " << Qt::hex << response->sw() << Qt::dec << " len " << response->data().size();
    return std::move(response).value();
}

} // namespace motcua::card
