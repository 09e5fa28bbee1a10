#pragma once
// The card read for the GUI: an access key (from a scanned QR, a typed ID or the MRZ), then
// start() reads on a worker thread and reports through signals (emitted from the worker, so
// receivers in the GUI thread get them queued). One read at a time; cancel() stops it at the
// next APDU. A card pulled out mid-read is failed(..., retryable = true).
#include "apdu/ApduTransport.h"
#include "lds/TrustStore.h"
#include "session/EmrtdReader.h"

#include <QFuture>
#include <QObject>

#include <functional>
#include <memory>
#include <mutex>

namespace motcua::card {

class CardSession : public QObject {
    Q_OBJECT
public:
    // Opens the transport for a reader name on the worker thread; PC/SC by default, an
    // in-process chip in tests.
    using TransportFactory = std::function<Result<std::unique_ptr<ApduTransport>>(const QString &reader)>;

    explicit CardSession(TrustStore trust, QObject *parent = nullptr);
    CardSession(TrustStore trust, TransportFactory factory, QObject *parent = nullptr);
    ~CardSession() override; // cancels a running read and waits for it

    void setAccessKey(const AccessKey &key);
    void setReadPhoto(bool readPhoto);
    bool isRunning() const;

    // Starts reading the card in `readerName` (empty: the first reader with a card). Returns
    // false, and emits nothing, when a read is running or no access key was set.
    bool start(const QString &readerName);
    void cancel();

    // Whether the clerk can fix the failure at the counter and try again.
    static bool isRetryable(const Error &error);

Q_SIGNALS:
    void progress(const motcua::card::ReadProgress &progress);
    void formReady(const motcua::Person &person, bool verified);
    void finished(const motcua::card::CardReadResult &result);
    void failed(const motcua::Error &error, bool retryable);

private:
    void run(const QString &readerName, AccessKey key, EmrtdReader::Options options);

    TrustStore m_trust;
    TransportFactory m_factory;
    std::optional<AccessKey> m_key;
    bool m_readPhoto = true;
    QFuture<void> m_future;

    std::mutex m_mutex; // guards the two below, shared with the worker
    EmrtdReader *m_reader = nullptr;
    bool m_cancelRequested = false;
};

} // namespace motcua::card
