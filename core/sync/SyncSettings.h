#pragma once
// A workstation's enrollment with the central server, in <data>/sync/:
//   client.key (0600, EC P-256, PEM)  client.crt  ca.crt (the pinned CA)
//   sync.json {serverUrl, workstationId, unit, counter, warnAfterDays, blockAfterDays (0 = never)}
// Every file is written atomically (QSaveFile): a power cut leaves the old enrollment or the new.
#include "common/Result.h"
#include "storage/DossierStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QUrl>

namespace motcua::sync {

struct SyncSettings {
    Q_DECLARE_TR_FUNCTIONS(SyncSettings)
public:
    QUrl serverUrl;
    QString workstationId;
    QString unit;
    QString counter;
    int warnAfterDays = 3;
    int blockAfterDays = 0; // 0: never block intakes

    static QString folder(const QString &dataDir);
    static bool isEnrolled(const QString &dataDir);
    static Result<SyncSettings> load(const QString &dataDir);
    Status saveTo(const QString &dataDir) const;
};

// The enrollment's TLS identity: the client key and certificate, and the CA pinned for the server.
struct SyncIdentity {
    QSslKey key;
    QSslCertificate certificate;
    QSslCertificate ca;
    static Result<SyncIdentity> load(const QString &dataDir);
    Status saveTo(const QString &dataDir, const QByteArray &keyPem) const;
};

// Unsynced-dossier health for the counter screen: a warning past warnAfterDays, and a block on
// new intakes past blockAfterDays when the province configured one.
struct SyncHealth {
    bool warning = false;
    bool intakeBlocked = false;
    int unsyncedDays = 0; // age of the oldest unsynced dossier, in whole days
};
SyncHealth syncHealth(const SyncCounts &counts, const SyncSettings &settings, const QDateTime &now);

// Writes bytes atomically; `privateFile` makes the file 0600 before any byte is written.
Status writeFileAtomically(const QString &path, const QByteArray &bytes, bool privateFile = false);

} // namespace motcua::sync
