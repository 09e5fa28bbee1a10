#pragma once
// The embedded ServerStorage: one SQLite file (WAL, synchronous=FULL so that an answered request
// survives a power cut), schema versions by PRAGMA user_version, one transaction per write.
#include "ServerStorage.h"
#include "storage/Sqlite.h"

#include <QCoreApplication>

namespace motcua::server {

class SqliteServerStorage final : public ServerStorage {
    Q_DECLARE_TR_FUNCTIONS(SqliteServerStorage)

public:
    static Result<std::unique_ptr<SqliteServerStorage>> open(const QString &path);

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

private:
    explicit SqliteServerStorage(sql::Database db) : m_db(std::move(db)) {}
    Status migrate();
    Error dbError(const QByteArray &sql = {}) const;

    sql::Database m_db;
};

} // namespace motcua::server
