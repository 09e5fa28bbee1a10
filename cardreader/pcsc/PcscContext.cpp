#include "pcsc/PcscContext.h"

#include "pcsc/PcscError.h"
#include "pcsc/PcscLogging.h"

#include <winscard.h>

#include <QDeadlineTimer>

#include <algorithm>
#include <vector>

static_assert(std::is_same_v<SCARDCONTEXT, motcua::card::PcscContext::Handle>);

namespace motcua::card {

Result<std::shared_ptr<PcscContext>> PcscContext::establish()
{
    SCARDCONTEXT handle = 0;
    const LONG rv = SCardEstablishContext(SCARD_SCOPE_SYSTEM, nullptr, nullptr, &handle);
    if (rv != SCARD_S_SUCCESS)
        return pcscError("SCardEstablishContext", rv);
    return std::shared_ptr<PcscContext>(new PcscContext(handle));
}

PcscContext::~PcscContext()
{
    const LONG rv = SCardReleaseContext(m_handle);
    if (rv != SCARD_S_SUCCESS)
        qCWarning(lcPcsc) << "SCardReleaseContext:" << pcscErrorName(rv);
}

Result<QStringList> PcscContext::readerNames() const
{
    // The list can change between the two calls (a reader plugged in): retry on a short buffer.
    for (int attempt = 0; attempt < 3; ++attempt) {
        DWORD size = 0;
        LONG rv = SCardListReaders(m_handle, nullptr, nullptr, &size);
        if (rv == SCARD_E_NO_READERS_AVAILABLE)
            return QStringList{};
        if (rv != SCARD_S_SUCCESS)
            return pcscError("SCardListReaders", rv);
        std::vector<char> buffer(size);
        rv = SCardListReaders(m_handle, nullptr, buffer.data(), &size);
        if (rv == SCARD_E_INSUFFICIENT_BUFFER)
            continue;
        if (rv == SCARD_E_NO_READERS_AVAILABLE)
            return QStringList{};
        if (rv != SCARD_S_SUCCESS)
            return pcscError("SCardListReaders", rv);
        // A multi-string: names separated by NUL, ended by an empty name.
        QStringList names;
        for (const char *name = buffer.data(); name < buffer.data() + size && *name; name += qstrlen(name) + 1)
            names.append(QString::fromUtf8(name));
        return names;
    }
    return pcscError("SCardListReaders", SCARD_E_INSUFFICIENT_BUFFER);
}

Result<QList<ReaderInfo>> PcscContext::readers() const
{
    auto names = readerNames();
    if (!names)
        return names.error();
    if (names->isEmpty())
        return QList<ReaderInfo>{};

    std::vector<QByteArray> utf8Names;
    std::vector<SCARD_READERSTATE> states(size_t(names->size()));
    for (const QString &name : *names)
        utf8Names.push_back(name.toUtf8());
    for (size_t i = 0; i < states.size(); ++i) {
        states[i] = {};
        states[i].szReader = utf8Names[i].constData();
        states[i].dwCurrentState = SCARD_STATE_UNAWARE;
    }
    const LONG rv = SCardGetStatusChange(m_handle, 0, states.data(), DWORD(states.size()));
    if (rv != SCARD_S_SUCCESS && rv != SCARD_E_TIMEOUT)
        return pcscError("SCardGetStatusChange", rv);

    QList<ReaderInfo> readers;
    for (size_t i = 0; i < states.size(); ++i) {
        const DWORD state = states[i].dwEventState;
        ReaderInfo info;
        info.name = names->at(qsizetype(i));
        info.cardPresent = state & SCARD_STATE_PRESENT;
        info.exclusive = state & SCARD_STATE_EXCLUSIVE;
        info.mute = state & SCARD_STATE_MUTE;
        if (info.cardPresent)
            info.atr = QByteArray(reinterpret_cast<const char *>(states[i].rgbAtr), qsizetype(states[i].cbAtr));
        readers.append(info);
    }
    return readers;
}

Result<ReaderInfo> PcscContext::waitForCard(int timeoutMs, const QString &reader) const
{
    const QDeadlineTimer deadline(timeoutMs);
    while (true) {
        auto current = readers();
        if (!current)
            return current.error();
        for (const ReaderInfo &info : *current) {
            // A mute card (present, but its reset not yet answered, as right after insertion)
            // cannot be used yet: wait for pcscd to power it up.
            if (info.cardPresent && !info.mute && (reader.isEmpty() || info.name == reader))
                return info;
        }
        if (deadline.hasExpired())
            return pcscError("SCardGetStatusChange", SCARD_E_TIMEOUT);
        // Wait for any change: a card in a reader, or a reader plugged in (PnP).
        std::vector<QByteArray> names;
        for (const ReaderInfo &info : *current)
            names.push_back(info.name.toUtf8());
        std::vector<SCARD_READERSTATE> states(names.size() + 1);
        for (size_t i = 0; i < names.size(); ++i) {
            states[i] = {};
            states[i].szReader = names[i].constData();
            const ReaderInfo &known = (*current)[qsizetype(i)];
            states[i].dwCurrentState = (known.cardPresent ? SCARD_STATE_PRESENT : SCARD_STATE_EMPTY) | (known.mute ? SCARD_STATE_MUTE : 0);
        }
        states.back() = {};
        states.back().szReader = "\\\\?PnP?\\Notification";
        states.back().dwCurrentState = DWORD(names.size()) << 16;
        const LONG rv = SCardGetStatusChange(m_handle, DWORD(std::max<qint64>(deadline.remainingTime(), 0)),
                                             states.data(), DWORD(states.size()));
        if (rv != SCARD_S_SUCCESS && rv != SCARD_E_TIMEOUT && rv != SCARD_E_UNKNOWN_READER)
            return pcscError("SCardGetStatusChange", rv);
    }
}

Status PcscContext::cancel() const
{
    const LONG rv = SCardCancel(m_handle);
    if (rv != SCARD_S_SUCCESS)
        return pcscError("SCardCancel", rv);
    return Status::success();
}

} // namespace motcua::card
