#pragma once
// SyncClient: the background worker that keeps the workstation in step with the central server.
// Create it, moveToThread(a QThread of its own), then invoke start() through a queued call; it
// opens its own DossierStore (one per thread), drains the outbox, pulls status changes, and
// schedules itself: after trouble with exponential backoff and full jitter (1 s doubling to
// 5 min), otherwise every poll interval, and at once after wake() (the app calls it after a save).
// A refusal (401/403: revoked, certificate) stops it until restarted. Everything the UI needs
// arrives through queued signals carrying values; intakeBlocked() may be read from any thread.
#include "sync/SyncEngine.h"
#include "sync/SyncSettings.h"

#include <QObject>
#include <QTimer>

#include <atomic>
#include <memory>

namespace motcua::sync {

class NetworkTransport;

class SyncClient : public QObject {
    Q_OBJECT
public:
    explicit SyncClient(QString dataDir, QObject *parent = nullptr);
    ~SyncClient() override;

    static constexpr int kPollIntervalMs = 60 * 1000;
    // True when the province blocks new intakes and a dossier stayed unsynced too long.
    bool intakeBlocked() const { return m_intakeBlocked.load(); }

public slots:
    void start();   // on the sync thread
    void wake();    // sync now (after a save)
    void stop();    // on the sync thread, before it quits

signals:
    void stateChanged(const QUuid &dossier, const QString &state, int percent, const QString &reason);
    void countsChanged(int waiting, int uploading, int synced, int rejected);
    // warning: some dossier is unsynced for warnAfterDays or more; blocked: intakes are refused.
    void healthChanged(bool warning, bool intakeBlocked, int unsyncedDays);
    void refused(const QString &reason); // the server does not accept this workstation any more
    void passFinished(int outcome);      // a PassOutcome, for tests and the status bar

private:
    void runPass();
    void publishCounts();

    QString m_dataDir;
    SyncSettings m_settings;
    std::unique_ptr<DossierStore> m_store;
    std::unique_ptr<BlobStore> m_blobs;
    std::unique_ptr<NetworkTransport> m_transport;
    std::unique_ptr<SyncEngine> m_engine;
    Backoff m_backoff;
    QTimer *m_timer = nullptr;
    bool m_stopped = false;
    // NetworkTransport waits in a local event loop, where a queued wake() or a timer may arrive:
    // a pass is never re-entered, the wake is remembered for when it ends.
    bool m_inPass = false;
    bool m_wakeDuringPass = false;
    std::atomic<bool> m_intakeBlocked{false};
    std::atomic<bool> m_stopRequested{false};
};

} // namespace motcua::sync
