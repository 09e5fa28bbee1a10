#pragma once
// Watches the readers and their cards on a worker thread of its own, looping on
// SCardGetStatusChange over every reader plus PC/SC's PnP notification pseudo-reader (so a
// reader plugged in later appears). Signals are emitted from the worker thread: receivers in
// other threads get them queued. stop() (also run by the destructor) interrupts the loop with
// SCardCancel and returns within a fraction of a second.
#include "common/Result.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <condition_variable>
#include <memory>
#include <mutex>

class QThread;

namespace motcua::card {

class ReaderMonitor : public QObject {
    Q_OBJECT
public:
    explicit ReaderMonitor(QObject *parent = nullptr);
    ~ReaderMonitor() override;

    // Starts the worker; readers and cards already present are reported as added/inserted.
    void start();
    // Interrupts and joins the worker. Safe to call twice, or without start().
    void stop();
    bool isRunning() const;

Q_SIGNALS:
    void readerAdded(const QString &reader);
    void readerRemoved(const QString &reader);
    void cardInserted(const QString &reader, const QByteArray &atr);
    void cardRemoved(const QString &reader);
    // The PC/SC service failed (pcscd stopped...): the worker retries every few seconds.
    void serviceError(const motcua::Error &error);

private:
    void run();
    bool waitBeforeRetry(int milliseconds);
    void publishContext(long handle, bool valid);

    QThread *m_thread = nullptr;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopRequested = false;
    long m_context = 0;
    bool m_contextValid = false;
};

} // namespace motcua::card
