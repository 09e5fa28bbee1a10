#pragma once
// The small, pure pieces of the sync protocol (server/PROTOCOL.md): Content-Range headers, the
// Upload-Offset answer, how an answer is classified (retry, refuse, upload blobs first), the
// retry delay, and the clerk-readable text for the server's error codes. No I/O: unit-tested alone.
#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>
#include <random>

namespace motcua::sync {

constexpr qint64 kMaxUploadChunk = 4 * 1024 * 1024; // the server refuses larger bodies (413)

// "bytes START-END/TOTAL" for the bytes [start, start + length), END inclusive.
QByteArray contentRange(qint64 start, qint64 length, qint64 total);
// The next chunk to send of a blob of `total` bytes when the server holds `offset` of them.
qint64 chunkLength(qint64 offset, qint64 total, qint64 maxChunk = kMaxUploadChunk);
// The Upload-Offset header's value; nullopt when absent or not a non-negative integer.
std::optional<qint64> parseUploadOffset(const QByteArray &header);

// What the client does next with an answer.
enum class Verdict {
    Done,          // 200/201 (and 202 for a blob chunk): go on
    Retry,         // no answer, a timeout, 408, 429, 5xx: try again later with backoff
    Rejected,      // any other 4xx: this request never succeeds as it is; shown to the clerk
    Refused,       // 401/403: the workstation is not (or no longer) allowed; sync stops until an admin acts
    BlobsMissing,  // 409 dossier.blobsMissing: upload them, then send the dossier again
    OffsetMismatch // 416 blob.offsetMismatch: resume from Upload-Offset
};
// httpStatus 0 = no HTTP answer (connection refused or dropped, TLS failure, timeout).
Verdict classify(int httpStatus, const QString &errorCode);

// The server's error body {"error": code, "message": ..., "missing": [...]} (message is for logs).
struct ServerError {
    QString code;
    QString message;
    QStringList missing;
};
ServerError parseServerError(const QByteArray &body);

// Exponential backoff with full jitter: attempt n waits a uniform time in [0, min(cap, base * 2^n)].
// Full jitter spreads 200 workstations that lost the network together over the whole window.
class Backoff {
public:
    explicit Backoff(qint64 baseMs = 1000, qint64 capMs = 5 * 60 * 1000, quint32 seed = std::random_device{}())
        : m_baseMs(baseMs), m_capMs(capMs), m_random(seed) {}
    qint64 ceilingMs(int attempt) const; // min(cap, base * 2^attempt)
    qint64 nextDelayMs();                // draws the next delay and counts the attempt
    void reset() { m_attempt = 0; }
    int attempt() const { return m_attempt; }

private:
    qint64 m_baseMs;
    qint64 m_capMs;
    int m_attempt = 0;
    std::mt19937 m_random;
};

// Clerk-readable reasons for the server's stable error codes (translated); an unknown code gets a
// general sentence. Never the server's `message`.
class SyncText {
    Q_DECLARE_TR_FUNCTIONS(SyncText)
public:
    static QString reasonFor(const QString &errorCode, int httpStatus);
};

} // namespace motcua::sync
