#pragma once
// The protocol of PROTOCOL.md as a function from request to answer, free of any socket, so the
// unit tests drive it directly and HttpsServer only translates Qt HttpServer's types.
#include "BlobArea.h"
#include "Pki.h"
#include "ServerStorage.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QUrlQuery>

#include <functional>

namespace motcua::server {

inline constexpr qint64 kMaxBodyBytes = 4 * 1024 * 1024;

struct ApiRequest {
    QByteArray method; // "GET", "HEAD", "PUT", "POST"
    QString path;
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QByteArray clientCertDer; // empty when the client sent none
    QByteArray header(const QByteArray &name) const; // case-insensitive; empty when absent
};

struct ApiResponse {
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    bool headOnly = false; // HEAD: headers (Content-Length = the blob's size), no body
    QString logNote;       // what the log line says about the request (no personal data)
};

struct ServerContext {
    ServerStorage *storage = nullptr;
    BlobArea *blobs = nullptr;
    KeyAndCert ca;
    std::function<QDateTime()> now = [] { return QDateTime::currentDateTimeUtc(); };
};

class Api {
    Q_DECLARE_TR_FUNCTIONS(Api)

public:
    explicit Api(ServerContext context);
    ApiResponse handle(const ApiRequest &request);

    // "K7M2Q9XW4T" from what a person typed ("k7m2q-9xw4t", O for 0, I or L for 1); empty if not a code.
    static QString normaliseCode(const QString &typed);
    static QString newCode(); // 10 random Crockford base32 characters, shown as XXXXX-XXXXX

private:
    ApiResponse enroll(const ApiRequest &request);
    ApiResponse headBlob(const QString &sha256);
    ApiResponse putBlob(const ApiRequest &request, const QString &sha256);
    ApiResponse putEmptyBlob(const QString &sha256);
    ApiResponse putDossier(const ApiRequest &request, const QString &workstation, const QString &uuidText);
    ApiResponse changes(const ApiRequest &request, const QString &workstation);
    ApiResponse citizen(const QString &id12);
    ApiResponse catalog();
    ApiResponse dailyReport(const ApiRequest &request);

    ServerContext m_context;
    QByteArray m_catalog; // built once: the catalog is compiled in
};

ApiResponse jsonAnswer(int status, const QJsonObject &body);
ApiResponse errorAnswer(int status, const QString &code, const QString &message, const QJsonObject &extra = {});

} // namespace motcua::server
