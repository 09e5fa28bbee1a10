#pragma once
// The APDU boundary where a read can stop: every command, plain or protected, passes here, so a
// cancel() from another thread takes effect before the next command without interrupting one
// in flight (an interrupted exchange would leave the chip mid-transaction).
#include "apdu/ApduTransport.h"

#include <atomic>
#include <functional>

namespace motcua::card {

class CancellableTransport final : public ApduTransport {
public:
    CancellableTransport(ApduTransport &inner, const std::atomic<bool> &cancelled, std::function<Error()> cancelledError)
        : m_inner(inner), m_cancelled(cancelled), m_cancelledError(std::move(cancelledError))
    {
    }

    Result<ResponseApdu> transmit(const CommandApdu &command) override
    {
        if (m_cancelled.load())
            return m_cancelledError();
        return m_inner.transmit(command);
    }
    bool supportsExtendedLength() const override { return m_inner.supportsExtendedLength(); }
    int maxResponseLength() const override { return m_inner.maxResponseLength(); }
    int apduCount() const override { return m_inner.apduCount(); }

private:
    ApduTransport &m_inner;
    const std::atomic<bool> &m_cancelled;
    std::function<Error()> m_cancelledError;
};

} // namespace motcua::card
