#include "HttpsServer.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>

namespace motcua::server {

HttpsServer::HttpsServer(Api &api, const KeyAndCert &serverCert, const QByteArray &caPem, QObject *parent)
    : QAbstractHttpServer(parent), m_api(api)
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    // The CA goes with the server's certificate: a workstation enrolling with the CA's fingerprint
    // checks it in the handshake, before it sends its one-time code.
    config.setLocalCertificateChain({QSslCertificate(serverCert.certPem, QSsl::Pem), QSslCertificate(caPem, QSsl::Pem)});
    config.setPrivateKey(QSslKey(serverCert.keyPem, QSsl::Ec, QSsl::Pem));
    config.setCaCertificates(QSslCertificate::fromData(caPem, QSsl::Pem));
    config.setProtocol(QSsl::TlsV1_2OrLater);
    // Ask for a certificate, never fail the handshake over it: Api answers 401/403 instead.
    config.setPeerVerifyMode(QSslSocket::QueryPeer);
    sslSetup(config);
}

bool HttpsServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    ApiRequest api;
    switch (request.method()) {
    case QHttpServerRequest::Method::Get: api.method = "GET"; break;
    case QHttpServerRequest::Method::Head: api.method = "HEAD"; break;
    case QHttpServerRequest::Method::Put: api.method = "PUT"; break;
    case QHttpServerRequest::Method::Post: api.method = "POST"; break;
    default: api.method = "OTHER"; break;
    }
    api.path = request.url().path();
    api.query = request.query();
    api.headers = request.headers();
    api.body = request.body();
    if (auto *ssl = qobject_cast<QSslSocket *>(socket); ssl && !ssl->peerCertificate().isNull())
        api.clientCertDer = ssl->peerCertificate().toDer();

    const ApiResponse response = m_api.handle(api);
    // The log line: method, status and the note (uuids, hashes and codes; never personal data).
    qInfo("%s %d %s", api.method.constData(), response.status, qPrintable(response.logNote));

    QHttpServerResponder responder = makeResponder(request, socket);
    const auto status = static_cast<QHttpServerResponder::StatusCode>(response.status);
    // Written piece by piece: 6.4's write() takes headers only as an initializer_list.
    // A HEAD answer carries the blob's Content-Length and no body.
    responder.writeStatusLine(status);
    for (const auto &[name, value] : response.headers)
        responder.writeHeader(name, value);
    if (!response.headOnly)
        responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(response.body.size()));
    responder.writeBody(response.headOnly ? QByteArray() : response.body);
    return true;
}

void HttpsServer::missingHandler(const QHttpServerRequest &, QTcpSocket *)
{
    // handleRequest answers every request.
}

} // namespace motcua::server
