#pragma once
// ServerStorage: everything the central server remembers except the blob bytes (BlobArea keeps
// those on disk). One interface so that the embedded SQLite file and a province's PostgreSQL
// run the same server code and the same tests. Every method that writes runs in one transaction.
#include "common/Result.h"
#include "dossier/DossierStatus.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

#include <functional>
#include <optional>

namespace motcua::server {

struct EnrollmentCode {
    QString code; // normalised: 10 Crockford base32 characters, no dash
    QString unit;
    QString counter;
    QString agency;
    QDateTime expiresAt;
};

struct WorkstationRecord {
    QString id;
    QString unit;
    QString counter;
    QString agency;
    QString hostname;
    QString certSerial; // upper-case hex
    QDateTime enrolledAt;
    bool revoked = false;
};

// The answer the server gave to a request, kept to be given again to a replay.
struct StoredAnswer {
    int status = 0;
    QByteArray body;
};

// One revision of a dossier as the server keeps it: the body as given (SealedStorage seals it
// before it gets here), plus clear columns for the feed and the reports (no personal data among them).
struct DossierPut {
    QUuid uuid;
    int revision = 0;
    QString idempotencyKey;
    QByteArray bodySha256; // hex
    QByteArray body;
    QString workstation;
    QString code;
    QString unit;
    QString procedureId;
    QDate receivedDay;
    int attachments = 0;
    int digitised = 0;
    QDateTime storedAt;
};

enum class PutOutcome { Stored, Replay, Conflict, Stale, Foreign };
struct PutResult {
    PutOutcome outcome = PutOutcome::Stored;
    StoredAnswer answer;    // Stored and Replay
    int storedRevision = 0; // Stale
};

// A dossier's latest body with the revision it belongs to (a sealed body is bound to both).
struct StoredBody {
    int revision = 0;
    QByteArray body;
};

// What a dossier is stored as, for checks and tests (no personal data).
struct StoredDossierRef {
    QUuid uuid;
    int revision = 0;
    QString code;
    QString workstation;
};

struct ChangeRecord {
    qint64 cursor = 0;
    QUuid uuid;
    QString code;
    QString status;
    QDateTime at;
    QString reason;
};

struct DailyRow {
    QString unit;
    QString procedureId;
    int received = 0;
    int attachments = 0;
    int digitised = 0;
};

// "ws-<unit>-<counter>-": the workstation id's prefix, letters and digits only, so that an id is
// safe in a certificate's CN, a file name and a log line. The storage appends the count + 1.
QString workstationIdPrefix(const QString &unit, const QString &counter);

class ServerStorage {
public:
    virtual ~ServerStorage() = default;

    // Enrollment. redeem() takes a valid unused code, assigns the workstation id, and calls
    // issue(record) to sign its certificate (issue fills certSerial); the code is used up and the
    // workstation recorded only when issue succeeds. An unknown, used or expired code: an Error
    // with code "enrollment.codeInvalid".
    virtual Status addEnrollmentCode(const EnrollmentCode &code) = 0;
    virtual Result<WorkstationRecord> redeem(const QString &code, const QString &hostname, const QDateTime &now,
                                             const std::function<Status(WorkstationRecord &)> &issue) = 0;
    virtual Result<std::optional<WorkstationRecord>> workstation(const QString &id) = 0;
    virtual Result<QList<WorkstationRecord>> workstations() = 0;
    virtual Status revoke(const QString &id) = 0; // "workstation.unknown" if there is none

    // Blob uploads: the TOTAL an unfinished upload announced (the bytes are in BlobArea).
    virtual Result<std::optional<qint64>> uploadTotal(const QString &sha256) = 0;
    virtual Status setUploadTotal(const QString &sha256, qint64 total) = 0;
    virtual Status endUpload(const QString &sha256) = 0;

    // Dossiers. On Stored, answerFor(cursor of the "received" change) makes the answer that is
    // kept with the idempotency key; the revision, the key and the change commit together.
    virtual Result<PutResult> putDossier(const DossierPut &put, const std::function<StoredAnswer(qint64 cursor)> &answerFor) = 0;
    virtual Result<std::optional<StoredBody>> dossierBody(const QUuid &uuid) = 0;
    // Every stored dossier (its latest revision), ordered by code.
    virtual Result<QList<StoredDossierRef>> storedDossiers() = 0;

    // Status changes from the back office, by code or uuid; checks isAllowedTransition.
    // Errors: "dossier.unknown", "status.notAllowed".
    virtual Result<ChangeRecord> changeStatus(const QString &codeOrUuid, DossierStatus to, const QString &reason,
                                              const QDateTime &at) = 0;
    virtual Result<QList<ChangeRecord>> changesSince(const QString &workstation, qint64 cursor, int limit) = 0;

    // The population registry: JSON objects by key (SealedStorage passes a blind index of the
    // 12-digit id and a sealed record; the backends store whatever they are given).
    virtual Result<int> importCitizens(const QList<std::pair<QString, QByteArray>> &citizens) = 0;
    virtual Result<std::optional<QByteArray>> citizen(const QString &id12) = 0;

    virtual Result<QList<DailyRow>> dailyReport(const QDate &day, const QString &unit) = 0;
};

} // namespace motcua::server
