#pragma once
// The `motcua-server` commands (init, serve, enroll-code, revoke, workstations, status,
// population import) as functions over a data folder, so that main() stays thin.
//   <data>/ca.key ca.pem          the CA (key 0600)
//   <data>/server.key server.pem  the TLS certificate
//   <data>/keys/data.key          the data key (0600) every record and blob is sealed under
//   <data>/server.db              SqliteServerStorage (behind SealedStorage)
//   <data>/blobs/                 BlobArea
#include "Api.h"
#include "HttpsServer.h"
#include "SqliteServerStorage.h"

#include <QTextStream>

#include <memory>

namespace motcua::server {

struct ServerInstance {
    std::unique_ptr<ServerStorage> storage;
    std::unique_ptr<BlobArea> blobs;
    std::unique_ptr<Api> api;
    std::unique_ptr<HttpsServer> http;
    quint16 port = 0;
};

// `serve`: opens the data folder (records in PostgreSQL when pg, a libpq conninfo, is given) and
// listens; the caller runs the event loop.
Result<std::unique_ptr<ServerInstance>> startServer(const QString &dataDir, const QString &listen, const QString &pg = {});

// Every other command; returns the process exit code (0 ok, 1 failure, 2 usage).
int runCommand(QStringList args, QTextStream &out, QTextStream &err);

} // namespace motcua::server
