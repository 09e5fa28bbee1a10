#pragma once
// Qt HttpServer 6.4 in front of Api: TLS with our server certificate, client certificates asked
// for (QueryPeer) but checked per request by Api, so a refusal is a readable 401/403.
#include "Api.h"

#include <QAbstractHttpServer>
#include <QHostAddress>

namespace motcua::server {

class HttpsServer final : public QAbstractHttpServer {
    Q_OBJECT

public:
    HttpsServer(Api &api, const KeyAndCert &serverCert, const QByteArray &caPem, QObject *parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Api &m_api;
};

} // namespace motcua::server
