// motcua-admin sync: the workstation's sync with the central server, by hand.
//   sync status            counts per state, the oldest unsynced age, each unsynced dossier
//   sync now [--timeout S] [--retry-base-ms MS]
//                          one drain and pull, retrying network trouble until the timeout
//                          (backoff from MS, default 1000, doubling, with full jitter);
//                          exit 0 all synced, 3 some still waiting (server unreachable),
//                          4 some rejected (see `sync status`), 1 refused or local error
//   sync retry DOSSIER     a rejected dossier (code or UUID) back to waiting
#include "AdminCommand.h"

#include "storage/WorkstationConfig.h"
#include "sync/NetworkTransport.h"
#include "sync/SyncEngine.h"
#include "sync/SyncSettings.h"

#include <QDeadlineTimer>
#include <QThread>

namespace motcua::admin {

namespace {

enum SyncExit { StillWaiting = 3, SomeRejected = 4 };

void printSyncUsage(QTextStream &err)
{
    err << "usage: motcua-admin sync status\n"
           "       motcua-admin sync now [--timeout SECONDS] [--retry-base-ms MS]\n"
           "       motcua-admin sync retry CODE-OR-UUID\n";
}

std::unique_ptr<DossierStore> openStore(AdminIo &io)
{
    auto store = openWorkstationStore(io.dataDir, StoreOpening::MustExist);
    if (!store) {
        io.err << "sync: " << store.error().toString() << '\n';
        return nullptr;
    }
    return std::move(*store);
}

int status(AdminIo &io)
{
    auto store = openStore(io);
    if (!store)
        return Failure;
    auto counts = store->syncCounts();
    auto unsynced = store->unsyncedDossiers(1000);
    if (!counts || !unsynced) {
        io.err << "sync: " << (!counts ? counts.error() : unsynced.error()).toString() << '\n';
        return Failure;
    }
    const bool enrolled = sync::SyncSettings::isEnrolled(io.dataDir);
    io.out << "enrolled:  " << (enrolled ? "yes" : "no") << '\n'
           << "waiting:   " << counts->waiting << '\n'
           << "uploading: " << counts->uploading << '\n'
           << "synced:    " << counts->synced << '\n'
           << "rejected:  " << counts->rejected << '\n';
    if (counts->oldestUnsyncedAt.isValid()) {
        const qint64 seconds = counts->oldestUnsyncedAt.secsTo(QDateTime::currentDateTimeUtc());
        io.out << "oldest unsynced: " << counts->oldestUnsyncedAt.toLocalTime().toString(Qt::ISODate) << " ("
               << seconds / 86400 << " days " << (seconds % 86400) / 3600 << " hours)\n";
        if (enrolled) {
            if (auto settings = sync::SyncSettings::load(io.dataDir)) {
                const sync::SyncHealth health = sync::syncHealth(*counts, *settings, QDateTime::currentDateTimeUtc());
                if (health.intakeBlocked)
                    io.out << "INTAKE BLOCKED: unsynced for " << health.unsyncedDays << " days\n";
                else if (health.warning)
                    io.out << "WARNING: unsynced for " << health.unsyncedDays << " days\n";
            }
        }
    }
    for (const DossierSyncStatus &row : *unsynced) {
        io.out << row.code << '\t' << syncStateName(row.state);
        if (row.state == SyncState::Uploading)
            io.out << ' ' << row.percent << '%';
        if (row.state == SyncState::Rejected)
            io.out << '\t' << row.errorCode << '\t' << row.errorMessage;
        io.out << '\n';
    }
    return Success;
}

int now(QStringList args, AdminIo &io)
{
    const QString timeoutText = takeOption(args, QStringLiteral("--timeout"));
    const QString retryBaseText = takeOption(args, QStringLiteral("--retry-base-ms"));
    bool ok = true, retryOk = true;
    const int timeoutSeconds = timeoutText.isEmpty() ? 60 : timeoutText.toInt(&ok);
    // The first retry's delay: 1 s suits an office line; the fault tests retry faster.
    const int retryBaseMs = retryBaseText.isEmpty() ? 1000 : retryBaseText.toInt(&retryOk);
    if (!ok || !retryOk || timeoutSeconds < 1 || retryBaseMs < 1 || !args.isEmpty()) {
        printSyncUsage(io.err);
        return Usage;
    }
    auto settings = sync::SyncSettings::load(io.dataDir);
    auto identity = settings ? sync::SyncIdentity::load(io.dataDir) : Result<sync::SyncIdentity>(settings.error());
    if (!settings || !identity) {
        io.err << "sync: this workstation is not enrolled: " << (!settings ? settings.error() : identity.error()).toString() << '\n';
        return Failure;
    }
    auto store = openStore(io);
    if (!store)
        return Failure;
    (void)store->resetInterruptedUploads(); // a killed earlier run's "uploading" means nothing now
    (void)store->setCacheSize(DossierStore::kSequentialCacheSizeKiB); // a smaller cache only costs speed
    const BlobStore blobs(WorkstationPaths::blobs(io.dataDir), *store->config().key);
    const QDeadlineTimer deadline(qint64(timeoutSeconds) * 1000);
    // A single request never outlives the whole command's time.
    sync::NetworkTransport transport(settings->serverUrl, sync::pinnedTlsConfiguration(*identity),
                                     qMin(sync::NetworkTransport::kDefaultTimeoutMs, timeoutSeconds * 1000));
    sync::SyncEngine engine(*store, blobs, transport);
    sync::Backoff backoff(retryBaseMs);
    int synced = 0;
    int applied = 0;
    for (;;) {
        sync::PassReport pass = engine.drain();
        synced += pass.synced;
        if (pass.outcome == sync::PassOutcome::Finished) {
            pass = engine.pull();
            applied += pass.changesApplied;
        }
        if (pass.outcome == sync::PassOutcome::Finished)
            break;
        if (pass.outcome == sync::PassOutcome::Refused) {
            io.err << "sync: " << pass.reason << " (" << pass.detail << ")\n";
            return Failure;
        }
        const qint64 delay = backoff.nextDelayMs();
        if (deadline.remainingTime() <= delay) {
            io.err << "sync: stopped: " << pass.detail << '\n';
            break;
        }
        QThread::msleep(quint64(delay));
    }
    auto counts = store->syncCounts();
    if (!counts) {
        io.err << "sync: " << counts.error().toString() << '\n';
        return Failure;
    }
    io.out << "sent: " << synced << ", status changes received: " << applied << ", waiting: "
           << counts->waiting + counts->uploading << ", rejected: " << counts->rejected << '\n';
    if (counts->rejected > 0)
        return SomeRejected;
    if (counts->waiting + counts->uploading > 0)
        return StillWaiting;
    return Success;
}

int retry(const QStringList &args, AdminIo &io)
{
    if (args.size() != 1) {
        printSyncUsage(io.err);
        return Usage;
    }
    auto store = openStore(io);
    if (!store)
        return Failure;
    const QUuid uuid = QUuid::fromString(args.first());
    auto found = uuid.isNull() ? store->byCode(args.first()) : store->byUuid(uuid);
    if (!found || !found->has_value()) {
        io.err << "sync retry: no dossier " << args.first() << '\n';
        return Failure;
    }
    auto state = store->syncStatus((*found)->uuid);
    if (!state || !state->has_value() || (*state)->state != SyncState::Rejected) {
        io.err << "sync retry: " << (*found)->code << " is not rejected\n";
        return Failure;
    }
    if (Status s = store->setSyncState((*found)->uuid, SyncState::Waiting); !s) {
        io.err << "sync retry: " << s.error().toString() << '\n';
        return Failure;
    }
    (void)store->appendAudit(QStringLiteral("admin"), QStringLiteral("sync.retry"), (*found)->uuid, (*found)->revision);
    io.out << (*found)->code << ": waiting\n";
    return Success;
}

} // namespace

int runSyncCommand(const QStringList &args, AdminIo &io)
{
    const QString command = args.value(0);
    if (command == QLatin1String("status") && args.size() == 1)
        return status(io);
    if (command == QLatin1String("now"))
        return now(args.mid(1), io);
    if (command == QLatin1String("retry"))
        return retry(args.mid(1), io);
    printSyncUsage(io.err);
    return Usage;
}

} // namespace motcua::admin
