#include "sync/SyncClient.h"

#include "storage/WorkstationConfig.h"
#include "sync/NetworkTransport.h"
#include "sync/SyncLogging.h"

namespace motcua::sync {

SyncClient::SyncClient(QString dataDir, QObject *parent) : QObject(parent), m_dataDir(std::move(dataDir)) {}

SyncClient::~SyncClient() = default;

void SyncClient::start()
{
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &SyncClient::runPass);

    auto settings = SyncSettings::load(m_dataDir);
    auto identity = settings ? SyncIdentity::load(m_dataDir) : Result<SyncIdentity>(settings.error());
    auto store = openWorkstationStore(m_dataDir, StoreOpening::MustExist);
    if (!settings || !identity || !store) {
        const Error &error = !settings ? settings.error() : !identity ? identity.error() : store.error();
        qCWarning(lcSync) << "sync not started:" << error.detail;
        emit refused(error.message);
        return;
    }
    m_settings = *settings;
    m_store = std::move(*store);
    if (auto reset = m_store->resetInterruptedUploads(); reset && *reset > 0)
        qCInfo(lcSync) << *reset << "uploads interrupted by the last stop will start again";
    (void)m_store->setCacheSize(DossierStore::kSequentialCacheSizeKiB); // a smaller cache only costs speed
    m_blobs = std::make_unique<BlobStore>(WorkstationPaths::blobs(m_dataDir), *m_store->config().key);
    m_transport = std::make_unique<NetworkTransport>(m_settings.serverUrl, pinnedTlsConfiguration(*identity));
    // stop() arrives inside the transport's wait: a request in flight is abandoned within 0.2 s.
    m_transport->setInterruptionCheck([this] { return m_stopRequested.load(); });
    m_engine = std::make_unique<SyncEngine>(*m_store, *m_blobs, *m_transport);
    m_engine->onStateChanged = [this](const QUuid &dossier, SyncState state, int percent, const QString &reason) {
        emit stateChanged(dossier, syncStateName(state), percent, reason);
    };
    m_engine->isInterrupted = [this] { return m_stopRequested.load(); };
    publishCounts();
    m_timer->start(0);
}

void SyncClient::wake()
{
    if (m_inPass) {
        m_wakeDuringPass = true;
        return;
    }
    if (m_timer && !m_stopped) {
        m_backoff.reset();
        m_timer->start(0);
    }
}

void SyncClient::stop()
{
    m_stopRequested = true;
    m_stopped = true;
    if (m_timer)
        m_timer->stop();
}

void SyncClient::runPass()
{
    if (m_stopped || !m_engine)
        return;
    if (m_inPass) {
        m_wakeDuringPass = true;
        return;
    }
    m_inPass = true;
    m_wakeDuringPass = false;
    PassReport report = m_engine->drain();
    if (report.outcome == PassOutcome::Finished) {
        const PassReport pulled = m_engine->pull();
        if (pulled.outcome != PassOutcome::Finished)
            report = PassReport{pulled.outcome, report.synced, report.rejected, pulled.changesApplied,
                                pulled.errorCode, pulled.reason, pulled.detail};
        else
            report.changesApplied = pulled.changesApplied;
    }
    m_inPass = false;
    publishCounts();
    emit passFinished(int(report.outcome));
    if (m_stopped)
        return;

    switch (report.outcome) {
    case PassOutcome::Finished:
        m_backoff.reset();
        // A dossier saved during the pass may not have been in its queue: look again at once.
        m_timer->start(m_wakeDuringPass ? 0 : kPollIntervalMs);
        break;
    case PassOutcome::RetryLater:
    case PassOutcome::LocalError: {
        const qint64 delay = m_backoff.nextDelayMs();
        qCInfo(lcSync) << "sync pass stopped:" << report.detail << "- next try in" << delay << "ms";
        m_timer->start(int(delay));
        break;
    }
    case PassOutcome::Refused:
        qCWarning(lcSync) << "the server refuses this workstation:" << report.detail;
        m_stopped = true;
        emit refused(report.reason);
        break;
    }
}

void SyncClient::publishCounts()
{
    auto counts = m_store->syncCounts();
    if (!counts) {
        qCWarning(lcSync) << "cannot count sync states:" << counts.error().detail;
        return;
    }
    emit countsChanged(counts->waiting, counts->uploading, counts->synced, counts->rejected);
    const SyncHealth health = syncHealth(*counts, m_settings, QDateTime::currentDateTimeUtc());
    m_intakeBlocked = health.intakeBlocked;
    emit healthChanged(health.warning, health.intakeBlocked, health.unsyncedDays);
}

} // namespace motcua::sync
