#include "sync/NetworkTransport.h"

#include <QEventLoop>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace motcua::sync {

QSslConfiguration pinnedTlsConfiguration(const SyncIdentity &identity)
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    tls.setLocalCertificate(identity.certificate);
    tls.setPrivateKey(identity.key);
    tls.setCaCertificates({identity.ca});
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    return tls;
}

NetworkTransport::NetworkTransport(const QUrl &base, const QSslConfiguration &tls, int transferTimeoutMs)
    : m_base(base), m_tls(tls), m_timeoutMs(transferTimeoutMs)
{
    m_manager.setAutoDeleteReplies(false);
}

SyncResponse NetworkTransport::send(const SyncRequest &request)
{
    QUrl url = m_base;
    const qsizetype query = request.path.indexOf(QLatin1Char('?'));
    url.setPath(m_base.path().chopped(m_base.path().endsWith(QLatin1Char('/')) ? 1 : 0) + request.path.left(query));
    if (query >= 0)
        url.setQuery(request.path.mid(query + 1));
    QNetworkRequest r(url);
    r.setSslConfiguration(m_tls);
    r.setTransferTimeout(m_timeoutMs);
    r.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    r.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    for (const auto &[name, value] : request.headers)
        r.setRawHeader(name, value);

    QNetworkReply *reply = request.method == "HEAD" ? m_manager.head(r)
                                                    : m_manager.sendCustomRequest(r, request.method, request.body);
    if (m_acceptAny)
        QObject::connect(reply, &QNetworkReply::sslErrors, reply, [reply](const QList<QSslError> &) { reply->ignoreSslErrors(); });
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);

    SyncResponse response;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (response.status == 0)
        response.networkError = reply->errorString();
    for (const auto &pair : reply->rawHeaderPairs())
        response.headers.append(pair);
    response.body = reply->readAll();
    m_lastPeerChain = reply->sslConfiguration().peerCertificateChain();
    delete reply;
    return response;
}

} // namespace motcua::sync
