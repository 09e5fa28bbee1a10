#include "pcsc/PcscCard.h"

#include "pcsc/PcscError.h"
#include "pcsc/PcscLogging.h"

#include <winscard.h>
#include <reader.h>

#include <cstring>
#include <utility>
#include <vector>

static_assert(std::is_same_v<SCARDHANDLE, motcua::card::PcscCard::Handle>);

namespace motcua::card {
namespace {

// Room for the longest extended-length response (65536 bytes) and its status word.
constexpr DWORD kReceiveBufferSize = 65536 + 2;

std::optional<int> queryMaxInput(SCARDHANDLE handle)
{
    unsigned char value[8] = {};
    DWORD size = sizeof value;
    if (SCardGetAttrib(handle, SCARD_ATTR_MAXINPUT, value, &size) != SCARD_S_SUCCESS || size == 0 || size > sizeof value)
        return std::nullopt;
    quint64 number = 0; // the driver writes a host-order integer of `size` bytes
    std::memcpy(&number, value, size);
    return number > 0 && number < (1u << 20) ? std::optional<int>(int(number)) : std::nullopt;
}

// Whether the card left `reader`, waiting up to `ms` for pcscd to notice (it polls some readers,
// vpcd among them, about every 400 ms).
bool cardLeft(SCARDCONTEXT context, const QByteArray &reader, DWORD ms)
{
    SCARD_READERSTATE state{};
    state.szReader = reader.constData();
    state.dwCurrentState = SCARD_STATE_UNAWARE;
    if (SCardGetStatusChange(context, 0, &state, 1) != SCARD_S_SUCCESS)
        return false;
    if (!(state.dwEventState & SCARD_STATE_PRESENT))
        return true;
    state.dwCurrentState = state.dwEventState & ~DWORD(SCARD_STATE_CHANGED);
    const LONG rv = SCardGetStatusChange(context, ms, &state, 1);
    return rv == SCARD_S_SUCCESS && !(state.dwEventState & SCARD_STATE_PRESENT);
}

} // namespace

Result<PcscCard> PcscCard::connect(std::shared_ptr<PcscContext> context, const QString &reader)
{
    const QByteArray name = reader.toUtf8();
    SCARDHANDLE handle = 0;
    DWORD protocol = 0;
    LONG rv = SCardConnect(context->handle(), name.constData(), SCARD_SHARE_SHARED,
                           SCARD_PROTOCOL_T0 | SCARD_PROTOCOL_T1, &handle, &protocol);
    if (rv != SCARD_S_SUCCESS)
        return pcscError("SCardConnect", rv);
    PcscCard card(std::move(context), handle, reader, protocol == SCARD_PROTOCOL_T0 ? Protocol::T0 : Protocol::T1);

    unsigned char atr[MAX_ATR_SIZE] = {};
    DWORD atrSize = sizeof atr;
    DWORD state = 0;
    DWORD readerNameSize = 0;
    rv = SCardStatus(handle, nullptr, &readerNameSize, &state, &protocol, atr, &atrSize);
    if (rv != SCARD_S_SUCCESS)
        return pcscError("SCardStatus", rv);
    card.m_atr = QByteArray(reinterpret_cast<const char *>(atr), qsizetype(atrSize));
    card.m_readerMaxInput = queryMaxInput(handle);
    qCDebug(lcPcsc) << "connected, protocol" << (card.m_protocol == Protocol::T0 ? "T=0" : "T=1")
                    << "reader max input" << card.m_readerMaxInput.value_or(-1);
    return card;
}

PcscCard::PcscCard(std::shared_ptr<PcscContext> context, Handle handle, QString reader, Protocol protocol)
    : m_context(std::move(context)), m_handle(handle), m_reader(std::move(reader)), m_protocol(protocol)
{
}

PcscCard::PcscCard(PcscCard &&other) noexcept
    : m_context(std::move(other.m_context)),
      m_handle(std::exchange(other.m_handle, 0)),
      m_reader(std::move(other.m_reader)),
      m_protocol(other.m_protocol),
      m_atr(std::move(other.m_atr)),
      m_readerMaxInput(other.m_readerMaxInput)
{
}

PcscCard &PcscCard::operator=(PcscCard &&other) noexcept
{
    if (this != &other) {
        disconnect();
        m_context = std::move(other.m_context);
        m_handle = std::exchange(other.m_handle, 0);
        m_reader = std::move(other.m_reader);
        m_protocol = other.m_protocol;
        m_atr = std::move(other.m_atr);
        m_readerMaxInput = other.m_readerMaxInput;
    }
    return *this;
}

PcscCard::~PcscCard()
{
    disconnect();
}

void PcscCard::disconnect() noexcept
{
    if (m_handle == 0)
        return;
    const LONG rv = SCardDisconnect(m_handle, SCARD_LEAVE_CARD);
    // The card or reader being gone already is the normal end of many sessions.
    if (rv != SCARD_S_SUCCESS && rv != SCARD_W_REMOVED_CARD && rv != SCARD_E_READER_UNAVAILABLE)
        qCWarning(lcPcsc) << "SCardDisconnect:" << pcscErrorName(rv);
    m_handle = 0;
}

Result<QByteArray> PcscCard::transmitRaw(const QByteArray &command)
{
    if (m_handle == 0)
        return pcscError("SCardTransmit", SCARD_E_INVALID_HANDLE);
    std::vector<unsigned char> response(kReceiveBufferSize);
    DWORD size = kReceiveBufferSize;
    const SCARD_IO_REQUEST *pci = m_protocol == Protocol::T0 ? SCARD_PCI_T0 : SCARD_PCI_T1;
    const LONG rv = SCardTransmit(m_handle, pci, reinterpret_cast<const unsigned char *>(command.constData()),
                                  DWORD(command.size()), nullptr, response.data(), &size);
    if (rv != SCARD_S_SUCCESS)
        return pcscError("SCardTransmit", rv);
    // No status word: some drivers (vpcd) report a broken link as an empty answer before they
    // report the card gone. Tell a removal from a garbled answer by asking the reader.
    if (size < 2 && cardLeft(m_context->handle(), m_reader.toUtf8(), 1500)) {
        Error removed = pcscError("SCardTransmit", SCARD_W_REMOVED_CARD);
        removed.detail += QStringLiteral(", seen as an empty answer");
        return removed;
    }
    return QByteArray(reinterpret_cast<const char *>(response.data()), qsizetype(size));
}

Result<PcscTransaction> PcscTransaction::begin(PcscCard &card)
{
    const LONG rv = SCardBeginTransaction(card.handle());
    if (rv != SCARD_S_SUCCESS)
        return pcscError("SCardBeginTransaction", rv);
    return PcscTransaction(card.handle());
}

PcscTransaction::PcscTransaction(PcscTransaction &&other) noexcept
    : m_handle(other.m_handle), m_active(std::exchange(other.m_active, false))
{
}

PcscTransaction::~PcscTransaction() noexcept
{
    if (!m_active)
        return;
    const LONG rv = SCardEndTransaction(m_handle, SCARD_LEAVE_CARD);
    if (rv != SCARD_S_SUCCESS && rv != SCARD_W_REMOVED_CARD && rv != SCARD_E_READER_UNAVAILABLE)
        qCWarning(lcPcsc) << "SCardEndTransaction:" << pcscErrorName(rv);
}

} // namespace motcua::card
