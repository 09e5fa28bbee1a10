#pragma once
// SealedStorage: the ServerStorage the server actually uses, wrapped around either backend so that
// no personal data reaches a database in clear (a copied server.db or a PostgreSQL dump reveals
// nothing without <data>/keys/data.key). The backends stay dumb stores of bytes:
//   dossier bodies     FieldCipher, AAD "dossier:<uuid>:<revision>", so a body moved to another
//                      row or revision does not open; the plaintext SHA-256 stays the
//                      idempotency check, so replays and "same body?" compare plaintext.
//   population records FieldCipher, AAD "citizen:<key>", under the key BlindIndex("id12", id)
//                      in hex instead of the ID.
// Everything else (codes, workstations, the feed, the report counts) holds no personal data and
// passes through unchanged. The server key's only other use is the blob store (its own subkey).
#include "ServerStorage.h"

#include "security/BlindIndex.h"
#include "security/DataKey.h"
#include "security/FieldCipher.h"

#include <QCoreApplication>

#include <memory>

namespace motcua::server {

// <data>/keys/data.key
QString serverKeyPath(const QString &dataDir);

// The server's data key. `init` creates it (mayCreate); every other command only loads it. A folder
// without it is refused: it was made by a version that kept records in clear, or the key was lost,
// and a silently made new key would leave every sealed record unreadable.
Result<DataKey> loadServerKey(const QString &dataDir, bool mayCreate);

class SealedStorage final : public ServerStorage {
    Q_DECLARE_TR_FUNCTIONS(SealedStorage)

public:
    SealedStorage(std::unique_ptr<ServerStorage> inner, const DataKey &key);

    ServerStorage &inner() { return *m_inner; } // the sealed bytes, for tests and checks

    static QByteArray dossierAad(const QUuid &uuid, int revision);
    QString citizenKey(const QString &id12) const; // the blind index the registry is keyed by

    Status addEnrollmentCode(const EnrollmentCode &code) override { return m_inner->addEnrollmentCode(code); }
    Result<WorkstationRecord> redeem(const QString &code, const QString &hostname, const QDateTime &now,
                                     const std::function<Status(WorkstationRecord &)> &issue) override
    {
        return m_inner->redeem(code, hostname, now, issue);
    }
    Result<std::optional<WorkstationRecord>> workstation(const QString &id) override { return m_inner->workstation(id); }
    Result<QList<WorkstationRecord>> workstations() override { return m_inner->workstations(); }
    Status revoke(const QString &id) override { return m_inner->revoke(id); }

    Result<std::optional<qint64>> uploadTotal(const QString &sha256) override { return m_inner->uploadTotal(sha256); }
    Status setUploadTotal(const QString &sha256, qint64 total) override { return m_inner->setUploadTotal(sha256, total); }
    Status endUpload(const QString &sha256) override { return m_inner->endUpload(sha256); }

    Result<PutResult> putDossier(const DossierPut &put, const std::function<StoredAnswer(qint64 cursor)> &answerFor) override;
    Result<std::optional<StoredBody>> dossierBody(const QUuid &uuid) override;
    Result<QList<StoredDossierRef>> storedDossiers() override { return m_inner->storedDossiers(); }

    Result<ChangeRecord> changeStatus(const QString &codeOrUuid, DossierStatus to, const QString &reason,
                                      const QDateTime &at) override
    {
        return m_inner->changeStatus(codeOrUuid, to, reason, at);
    }
    Result<QList<ChangeRecord>> changesSince(const QString &workstation, qint64 cursor, int limit) override
    {
        return m_inner->changesSince(workstation, cursor, limit);
    }

    Result<int> importCitizens(const QList<std::pair<QString, QByteArray>> &citizens) override;
    Result<std::optional<QByteArray>> citizen(const QString &id12) override;

    Result<QList<DailyRow>> dailyReport(const QDate &day, const QString &unit) override { return m_inner->dailyReport(day, unit); }

private:
    std::unique_ptr<ServerStorage> m_inner;
    FieldCipher m_cipher;
    BlindIndex m_index;
};

} // namespace motcua::server
