#pragma once
// The one door between the sync engine and the network: a request in, an answer out. The engine
// runs on the sync thread and may block on it; NetworkTransport is the real HTTPS one, tests pass
// a scripted fake. Bodies are at most one 4 MiB chunk or one dossier: never a whole file.
#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace motcua::sync {

struct SyncRequest {
    QByteArray method; // "HEAD", "PUT", "GET", "POST"
    QString path;      // "/api/v1/blobs/<sha256>", with the query if any
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
};

struct SyncResponse {
    int status = 0;         // 0: no HTTP answer (refused, dropped, TLS failure, timeout)
    QString networkError;   // for the log when status is 0
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers)
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        return {};
    }
};

class SyncTransport {
public:
    virtual ~SyncTransport() = default;
    virtual SyncResponse send(const SyncRequest &request) = 0;
};

} // namespace motcua::sync
