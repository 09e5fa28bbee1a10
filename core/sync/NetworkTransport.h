#pragma once
// The real SyncTransport: HTTP/1.1 over one kept-alive TLS connection (QSslSocket), written by
// us rather than through QNetworkAccessManager because QNAM writes a request's headers and body
// in separate segments and cannot set TCP_NODELAY: with Nagle's algorithm and the server's
// delayed ACK, every upload chunk then waited ~40 ms (a 200 KB document took 46 ms on loopback).
// Here the request leaves in one write on a socket with LowDelayOption.
//
// send() waits in a local event loop, so it belongs on the sync thread or in a command-line tool,
// never on the GUI thread. A connection that shows no progress for the transfer timeout ends as
// "no answer"; so does a request interrupted by the interruption check (shutdown). A kept-alive
// connection the server closed while idle is retried once on a fresh one, before any answer came.
#include "common/Result.h"
#include "sync/SyncSettings.h"
#include "sync/SyncTransport.h"

#include <QSslConfiguration>
#include <QUrl>

#include <functional>
#include <memory>

class QSslSocket;

namespace motcua::sync {

// Mutual TLS for every request after enrollment: our certificate and key, and only the
// enrollment's CA as a trust anchor (the system's CAs are not trusted for this server).
QSslConfiguration pinnedTlsConfiguration(const SyncIdentity &identity);

class NetworkTransport : public SyncTransport {
public:
    static constexpr int kDefaultTimeoutMs = 30000;
    NetworkTransport(const QUrl &base, const QSslConfiguration &tls, int transferTimeoutMs = kDefaultTimeoutMs);
    ~NetworkTransport() override;

    SyncResponse send(const SyncRequest &request) override;
    // Opens a new connection and completes the TLS handshake without sending anything, so that
    // enrollment can check the server's chain before it gives away the one-time code. The next
    // send() goes over this very connection. The error's message is empty: the caller words it.
    Result<QList<QSslCertificate>> openAndShowPeer();
    // The certificate chain the server presented on the current connection (enrollment checks it).
    QList<QSslCertificate> lastPeerChain() const { return m_lastPeerChain; }
    // Enrollment only: accept TLS errors on the connection; the caller checks the chain itself.
    void setAcceptAnyServerCertificate(bool accept) { m_acceptAny = accept; }
    // Polled while a request waits: true abandons it (the app is closing).
    void setInterruptionCheck(std::function<bool()> check) { m_isInterrupted = std::move(check); }
    // Connections opened so far (a benchmark and tests check that they are reused).
    int connectionsOpened() const { return m_connectionsOpened; }

private:
    SyncResponse exchange(const SyncRequest &request, bool &answerStarted);
    QByteArray requestHead(const SyncRequest &request) const;
    void openConnection();
    void closeConnection();

    QUrl m_base;
    QSslConfiguration m_tls;
    int m_timeoutMs;
    bool m_acceptAny = false;
    std::function<bool()> m_isInterrupted;
    std::unique_ptr<QSslSocket> m_socket;
    QList<QSslCertificate> m_lastPeerChain;
    int m_connectionsOpened = 0;
};

} // namespace motcua::sync
