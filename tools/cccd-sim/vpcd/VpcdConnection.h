#pragma once
// The simulator's side of vpcd: it CONNECTS to the virtual reader's TCP port (vpcd listens),
// which pcscd then reports as a card inserted; closing the connection is the card pulled out.
// Plain blocking POSIX sockets, with TCP_NODELAY and TCP_QUICKACK (re-armed after each read):
// vpcd writes the length and the APDU separately, and without them every APDU waits ~40 ms for
// delayed ACKs.
#include "common/Result.h"

#include <QByteArray>
#include <QString>

#include <atomic>
#include <functional>

namespace motcua::sim {

struct VpcdOptions {
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 35963;       // vpcd's reader 0 ("Virtual PCD 00 00"); 35964 is reader 1
    int connectTimeoutMs = 10000; // vpcd may not listen yet: retry this long
    int removeAfterApdus = -1;  // close instead of answering APDU number N+1 (-1: never)
    int latencyMs = 0;          // sleep before each answer: a slow chip
};

class VpcdConnection {
public:
    using ApduHandler = std::function<QByteArray(const QByteArray &apdu)>;

    VpcdConnection(ApduHandler handler, QByteArray atr, VpcdOptions options = {});
    ~VpcdConnection();
    VpcdConnection(const VpcdConnection &) = delete;
    VpcdConnection &operator=(const VpcdConnection &) = delete;

    // Called on a reset or power cycle from the reader (the applet forgets its session).
    void setResetHandler(std::function<void()> handler) { m_onReset = std::move(handler); }

    // Connects, retrying while vpcd does not listen, up to connectTimeoutMs.
    Status connect();
    // Answers vpcd until it closes, the card is "removed" (removeAfterApdus) or requestStop().
    Status serve();
    // Async-signal-safe (a SIGTERM handler may call it): wakes a blocking read and ends serve().
    void requestStop() noexcept;

    int apduCount() const { return m_apduCount; }
    bool removedByFault() const { return m_removed; }

private:
    Status sendPayload(const QByteArray &payload);
    void closeSocket() noexcept;

    ApduHandler m_handler;
    std::function<void()> m_onReset;
    QByteArray m_atr;
    VpcdOptions m_options;
    std::atomic<int> m_fd{-1};
    std::atomic<bool> m_stop{false};
    int m_apduCount = 0;
    bool m_removed = false;
};

} // namespace motcua::sim
