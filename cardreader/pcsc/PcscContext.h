#pragma once
// A PC/SC resource-manager context, shared by every card connection made through it and
// released with the last of them. Reader listing lives here: no filtering by name or ATR,
// because contact, NFC and virtual readers name themselves differently.
#include "common/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

namespace motcua::card {

struct ReaderInfo {
    QString name;
    bool cardPresent = false;
    bool exclusive = false;  // another program holds the card exclusively
    bool mute = false;       // a card is present but did not answer the reset
    QByteArray atr;          // empty without a card

    friend bool operator==(const ReaderInfo &, const ReaderInfo &) = default;
};

class PcscContext {
public:
    using Handle = long; // SCARDCONTEXT

    // SCardEstablishContext(SCARD_SCOPE_SYSTEM). Fails with "no reader" when pcscd is not running.
    static Result<std::shared_ptr<PcscContext>> establish();
    ~PcscContext();
    PcscContext(const PcscContext &) = delete;
    PcscContext &operator=(const PcscContext &) = delete;

    Handle handle() const { return m_handle; }

    // Reader names as pcscd reports them; an empty list (not an error) when none is plugged in.
    Result<QStringList> readerNames() const;
    // Every reader with its card state and ATR (one SCardGetStatusChange with timeout 0).
    Result<QList<ReaderInfo>> readers() const;
    // Blocks until a card is present in `reader` (any reader when empty), without polling:
    // SCardGetStatusChange over the readers and the PnP notification. Timeout error after timeoutMs.
    Result<ReaderInfo> waitForCard(int timeoutMs, const QString &reader = {}) const;
    // Interrupts a blocking SCardGetStatusChange on this context (from any thread).
    Status cancel() const;

private:
    explicit PcscContext(Handle handle) : m_handle(handle) {}
    Handle m_handle;
};

} // namespace motcua::card
