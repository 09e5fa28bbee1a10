#pragma once
// A connection to the card in one reader (move-only; disconnects with SCARD_LEAVE_CARD when
// destroyed) and a transaction on it (begins when made, ends in a noexcept destructor), so that
// another program cannot interleave its APDUs with a secure-messaging session.
#include "pcsc/CardChannel.h"
#include "pcsc/PcscContext.h"

#include <memory>

namespace motcua::card {

class PcscCard final : public CardChannel {
public:
    using Handle = long; // SCARDHANDLE
    enum class Protocol { T0, T1 };

    // SCardConnect in shared mode, T=0 or T=1 (the reader picks), then SCardStatus for the ATR.
    static Result<PcscCard> connect(std::shared_ptr<PcscContext> context, const QString &reader);

    PcscCard(PcscCard &&other) noexcept;
    PcscCard &operator=(PcscCard &&other) noexcept;
    PcscCard(const PcscCard &) = delete;
    PcscCard &operator=(const PcscCard &) = delete;
    ~PcscCard() override;

    Result<QByteArray> transmitRaw(const QByteArray &command) override;
    QByteArray atr() const override { return m_atr; }
    std::optional<int> readerMaxInput() const override { return m_readerMaxInput; }

    const QString &reader() const { return m_reader; }
    Protocol protocol() const { return m_protocol; }
    Handle handle() const { return m_handle; }

private:
    PcscCard(std::shared_ptr<PcscContext> context, Handle handle, QString reader, Protocol protocol);
    void disconnect() noexcept;

    std::shared_ptr<PcscContext> m_context; // outlives the card handle
    Handle m_handle = 0;
    QString m_reader;
    Protocol m_protocol = Protocol::T1;
    QByteArray m_atr;
    std::optional<int> m_readerMaxInput;
};

class PcscTransaction {
public:
    // SCardBeginTransaction; the card must outlive the transaction.
    static Result<PcscTransaction> begin(PcscCard &card);
    PcscTransaction(PcscTransaction &&other) noexcept;
    PcscTransaction &operator=(PcscTransaction &&) = delete;
    PcscTransaction(const PcscTransaction &) = delete;
    PcscTransaction &operator=(const PcscTransaction &) = delete;
    // SCardEndTransaction(SCARD_LEAVE_CARD); a failure (card already gone) is only logged.
    ~PcscTransaction() noexcept;

private:
    explicit PcscTransaction(PcscCard::Handle handle) : m_handle(handle) {}
    PcscCard::Handle m_handle = 0;
    bool m_active = true;
};

} // namespace motcua::card
