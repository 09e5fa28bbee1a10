#pragma once
// ServerStorage on PostgreSQL through libpq, for a province or the nation: the same tables as
// the SQLite file, one transaction per write, schema versions in a schema_version table.
// One connection, used from the server's single handler thread.
#include "ServerStorage.h"

#include <QCoreApplication>

#include <memory>

struct pg_conn;
struct pg_result;

namespace motcua::server {

class PostgresServerStorage final : public ServerStorage {
    Q_DECLARE_TR_FUNCTIONS(PostgresServerStorage)

public:
    // conninfo as libpq takes it ("host=/run/postgresql dbname=motcua").
    static Result<std::unique_ptr<PostgresServerStorage>> open(const QString &conninfo);
    ~PostgresServerStorage() override;

    Status addEnrollmentCode(const EnrollmentCode &code) override;
    Result<WorkstationRecord> redeem(const QString &code, const QString &hostname, const QDateTime &now,
                                     const std::function<Status(WorkstationRecord &)> &issue) override;
    Result<std::optional<WorkstationRecord>> workstation(const QString &id) override;
    Result<QList<WorkstationRecord>> workstations() override;
    Status revoke(const QString &id) override;

    Result<std::optional<qint64>> uploadTotal(const QString &sha256) override;
    Status setUploadTotal(const QString &sha256, qint64 total) override;
    Status endUpload(const QString &sha256) override;

    Result<PutResult> putDossier(const DossierPut &put, const std::function<StoredAnswer(qint64 cursor)> &answerFor) override;
    Result<std::optional<StoredBody>> dossierBody(const QUuid &uuid) override;
    Result<QList<StoredDossierRef>> storedDossiers() override;

    Result<ChangeRecord> changeStatus(const QString &codeOrUuid, DossierStatus to, const QString &reason,
                                      const QDateTime &at) override;
    Result<QList<ChangeRecord>> changesSince(const QString &workstation, qint64 cursor, int limit) override;

    Result<int> importCitizens(const QList<std::pair<QString, QByteArray>> &citizens) override;
    Result<std::optional<QByteArray>> citizen(const QString &id12) override;

    Result<QList<DailyRow>> dailyReport(const QDate &day, const QString &unit) override;

    // A parameter: text, bytes (sent binary, for bytea columns) or NULL.
    struct Param {
        QByteArray value;
        bool binary = false;
        bool null = false;
    };
    struct ResultDeleter {
        void operator()(pg_result *r) const;
    };
    using PgResult = std::unique_ptr<pg_result, ResultDeleter>;

private:
    explicit PostgresServerStorage(pg_conn *conn) : m_conn(conn) {}
    Result<PgResult> exec(const char *sql, const QList<Param> &params = {});
    Status run(const char *sql, const QList<Param> &params = {});
    Status migrate();

    pg_conn *m_conn = nullptr;
};

} // namespace motcua::server
