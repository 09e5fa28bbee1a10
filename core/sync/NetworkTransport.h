#pragma once
// The real SyncTransport: HTTPS through a QNetworkAccessManager owned by (and living on) the
// calling thread, with a transfer timeout so that a stalled connection ends as "no answer"
// instead of hanging the sync thread. send() waits in a local event loop: it is meant for the
// sync thread and command-line tools, never the GUI thread.
#include "sync/SyncSettings.h"
#include "sync/SyncTransport.h"

#include <QNetworkAccessManager>
#include <QSslConfiguration>
#include <QUrl>

namespace motcua::sync {

// Mutual TLS for every request after enrollment: our certificate and key, and only the
// enrollment's CA as a trust anchor (the system's CAs are not trusted for this server).
QSslConfiguration pinnedTlsConfiguration(const SyncIdentity &identity);

class NetworkTransport : public SyncTransport {
public:
    static constexpr int kDefaultTimeoutMs = 30000;
    NetworkTransport(const QUrl &base, const QSslConfiguration &tls, int transferTimeoutMs = kDefaultTimeoutMs);
    SyncResponse send(const SyncRequest &request) override;
    // The certificate chain the server presented on the last request (enrollment checks it).
    QList<QSslCertificate> lastPeerChain() const { return m_lastPeerChain; }
    // Enrollment only: accept TLS errors for this request; the caller checks the chain itself.
    void setAcceptAnyServerCertificate(bool accept) { m_acceptAny = accept; }

private:
    QUrl m_base;
    QSslConfiguration m_tls;
    int m_timeoutMs;
    bool m_acceptAny = false;
    QList<QSslCertificate> m_lastPeerChain;
    QNetworkAccessManager m_manager;
};

} // namespace motcua::sync
