#include "sync/SyncEngine.h"

#include "dossier/DossierJson.h"
#include "sync/SyncLogging.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace motcua::sync {

namespace {

constexpr int kMaxOffsetMismatches = 3; // a server that keeps moving the offset is retried later

QString blobPath(const QString &sha256)
{
    return QStringLiteral("/api/v1/blobs/") + sha256;
}

} // namespace

SyncEngine::SyncEngine(DossierStore &store, const BlobStore &blobs, SyncTransport &transport)
    : m_store(store), m_blobs(blobs), m_transport(transport)
{
}

void SyncEngine::report(const QUuid &dossier, SyncState state, int percent, const QString &reason)
{
    if (state == SyncState::Uploading) {
        auto last = m_lastPercent.constFind(dossier);
        if (last != m_lastPercent.constEnd() && *last == percent)
            return;
        m_lastPercent.insert(dossier, percent);
        if (percent > 0) // visible to `sync status` and a restarted app; one small write per chunk
            (void)m_store.setSyncState(dossier, SyncState::Uploading, percent);
    } else {
        m_lastPercent.remove(dossier);
    }
    if (onStateChanged)
        onStateChanged(dossier, state, percent, reason);
}

SyncEngine::Step SyncEngine::fromAnswer(const SyncResponse &response, const QString &what)
{
    const ServerError error = parseServerError(response.body);
    Step step;
    step.errorCode = error.code;
    step.detail = response.status == 0 ? QStringLiteral("%1: no answer (%2)").arg(what, response.networkError)
                                       : QStringLiteral("%1: HTTP %2 %3").arg(what).arg(response.status).arg(error.code);
    switch (classify(response.status, error.code)) {
    case Verdict::Done:
        break;
    case Verdict::Retry:
    case Verdict::OffsetMismatch:
    case Verdict::BlobsMissing:
        step.outcome = PassOutcome::RetryLater;
        break;
    case Verdict::Refused:
        step.outcome = PassOutcome::Refused;
        step.reason = SyncText::reasonFor(error.code, response.status);
        break;
    case Verdict::Rejected:
        step.rejected = true;
        step.reason = SyncText::reasonFor(error.code, response.status);
        break;
    }
    return step;
}

PassReport SyncEngine::drain(int batch)
{
    PassReport pass;
    QSet<QUuid> done; // a dossier is sent once per pass, at its newest revision
    for (;;) {
        auto queue = m_store.syncQueue(batch);
        if (!queue)
            return PassReport{PassOutcome::LocalError, pass.synced, pass.rejected, 0, queue.error().code,
                              queue.error().message, queue.error().detail};
        bool progressed = false;
        for (const OutboxEntry &entry : *queue) {
            if (done.contains(entry.dossier))
                continue;
            if (interrupted()) {
                pass.outcome = PassOutcome::RetryLater;
                pass.detail = QStringLiteral("interrupted");
                return pass;
            }
            done.insert(entry.dossier);
            progressed = true;
            auto loaded = m_store.byUuid(entry.dossier);
            if (!loaded || !loaded->has_value()) {
                const Error error = loaded ? Error{QStringLiteral("sync.dossier.missing"), QString(),
                                                   QStringLiteral("outbox names unknown dossier %1").arg(uuidText(entry.dossier))}
                                           : loaded.error();
                return PassReport{PassOutcome::LocalError, pass.synced, pass.rejected, 0, error.code, error.message, error.detail};
            }
            const Step step = syncDossier(**loaded);
            if (step.rejected) {
                ++pass.rejected;
                continue;
            }
            if (step.outcome == PassOutcome::Finished) {
                ++pass.synced;
                continue;
            }
            return PassReport{step.outcome, pass.synced, pass.rejected, 0, step.errorCode, step.reason, step.detail};
        }
        if (!progressed)
            return pass;
    }
}

SyncEngine::Step SyncEngine::syncDossier(const Dossier &dossier)
{
    const QString id = dossier.code + QLatin1Char(' ') + uuidText(dossier.uuid);
    // The documents first, each once (the same scan may be attached twice).
    QStringList hashes;
    qint64 totalBytes = 0;
    for (const Attachment &a : dossier.attachments) {
        if (a.isDigitised() && !hashes.contains(a.sha256)) {
            hashes.append(a.sha256);
            totalBytes += a.size;
        }
    }
    const auto fail = [&](const Step &step) {
        if (step.rejected) {
            if (Status s = m_store.setSyncState(dossier.uuid, SyncState::Rejected, 0, step.errorCode, step.reason); !s)
                qCWarning(lcSync) << "cannot record the rejection of" << id << s.error().detail;
            report(dossier.uuid, SyncState::Rejected, 0, step.reason);
            qCWarning(lcSync) << "dossier" << id << "rejected:" << step.detail;
        } else {
            // Back to waiting: the percentage of an interrupted upload means nothing after a restart.
            (void)m_store.setSyncState(dossier.uuid, SyncState::Waiting);
            report(dossier.uuid, SyncState::Waiting, 0);
            qCInfo(lcSync) << "dossier" << id << "will be retried:" << step.detail;
        }
        return step;
    };

    if (Status s = m_store.setSyncState(dossier.uuid, SyncState::Uploading, 0); !s)
        return Step{PassOutcome::LocalError, false, s.error().code, s.error().message, s.error().detail};
    report(dossier.uuid, SyncState::Uploading, 0);
    qint64 doneBytes = 0;
    for (const QString &sha : hashes) {
        const Step step = uploadBlob(sha, doneBytes, totalBytes, dossier.uuid);
        if (step.outcome != PassOutcome::Finished || step.rejected)
            return fail(step);
    }

    const QByteArray body = dossierToBytes(dossier);
    QStringList missing;
    Step step = putDossier(dossier, body, missing);
    if (!missing.isEmpty()) {
        // The server lost or never finished a document we thought it had: upload those, once.
        qCInfo(lcSync) << "dossier" << id << "needs" << missing.size() << "documents again";
        for (const QString &sha : missing) {
            if (!hashes.contains(sha)) {
                step = Step{PassOutcome::Finished, true, QStringLiteral("request.invalid"),
                            SyncText::reasonFor(QStringLiteral("request.invalid"), 409),
                            QStringLiteral("server asks for a document the dossier does not name")};
                return fail(step);
            }
            qint64 ignored = 0;
            const Step blob = uploadBlob(sha, ignored, 0, dossier.uuid);
            if (blob.outcome != PassOutcome::Finished || blob.rejected)
                return fail(blob);
        }
        missing.clear();
        step = putDossier(dossier, body, missing);
        if (!missing.isEmpty())
            step = Step{PassOutcome::RetryLater, false, QStringLiteral("dossier.blobsMissing"), {},
                        QStringLiteral("documents still missing after upload")};
    }
    if (step.outcome != PassOutcome::Finished || step.rejected)
        return fail(step);

    auto allSent = m_store.markSentUpTo(dossier.uuid, dossier.revision);
    if (!allSent)
        return Step{PassOutcome::LocalError, false, allSent.error().code, allSent.error().message, allSent.error().detail};
    // A revision saved while this one was on its way stays waiting for the next pass.
    const SyncState now = *allSent ? SyncState::Synced : SyncState::Waiting;
    if (Status s = m_store.setSyncState(dossier.uuid, now); !s)
        return Step{PassOutcome::LocalError, false, s.error().code, s.error().message, s.error().detail};
    report(dossier.uuid, now, now == SyncState::Synced ? 100 : 0);
    qCInfo(lcSync) << "dossier" << id << "revision" << dossier.revision << "synced";
    return Step{};
}

SyncEngine::Step SyncEngine::putDossier(const Dossier &dossier, const QByteArray &body, QStringList &missing)
{
    SyncRequest request{"PUT", QStringLiteral("/api/v1/dossiers/") + uuidText(dossier.uuid),
                        {{"Content-Type", "application/json"},
                         {"Idempotency-Key", (uuidText(dossier.uuid) + QLatin1Char(':') + QString::number(dossier.revision)).toLatin1()}},
                        body};
    const SyncResponse response = m_transport.send(request);
    const ServerError error = parseServerError(response.body);
    if (classify(response.status, error.code) == Verdict::BlobsMissing) {
        missing = error.missing;
        if (missing.isEmpty())
            return Step{PassOutcome::RetryLater, false, error.code, {}, QStringLiteral("409 without a list")};
        return Step{};
    }
    return fromAnswer(response, QStringLiteral("PUT dossier ") + uuidText(dossier.uuid));
}

SyncEngine::Step SyncEngine::uploadBlob(const QString &sha256, qint64 &doneBytes, qint64 totalBytes, const QUuid &dossier)
{
    auto size = m_blobs.sizeOf(sha256);
    if (!size) {
        // The document is gone or damaged here: no retry can fix it; an admin must look.
        return Step{PassOutcome::Finished, true, size.error().code, size.error().message,
                    QStringLiteral("local blob %1: %2").arg(sha256.left(12), size.error().detail)};
    }
    const SyncResponse head = m_transport.send(SyncRequest{"HEAD", blobPath(sha256), {}, {}});
    if (head.status == 200) {
        doneBytes += *size;
        return Step{};
    }
    if ((head.status == 401 || head.status == 403) && head.body.isEmpty()) {
        // A HEAD answer has no body to say why: ask a harmless GET, whose refusal carries the code
        // (revoked, expired...) that picks the clerk's text.
        const SyncResponse probe = m_transport.send(SyncRequest{"GET", QStringLiteral("/api/v1/changes?since=0&limit=1"), {}, {}});
        if (probe.status == 401 || probe.status == 403)
            return fromAnswer(probe, QStringLiteral("HEAD blob ") + sha256.left(12));
    }
    if (head.status != 404)
        return fromAnswer(head, QStringLiteral("HEAD blob ") + sha256.left(12));
    if (*size == 0) {
        // No range can name zero bytes: an empty document goes whole, without Content-Range.
        const SyncResponse put = m_transport.send(SyncRequest{"PUT", blobPath(sha256), {{"Content-Type", "application/octet-stream"}}, {}});
        if (put.status == 200 || put.status == 201)
            return Step{};
        return fromAnswer(put, QStringLiteral("PUT empty blob ") + sha256.left(12));
    }
    qint64 offset = parseUploadOffset(head.header("Upload-Offset")).value_or(0);
    const qint64 startBytes = doneBytes;
    int mismatches = 0;
    while (offset < *size) {
        if (interrupted())
            return Step{PassOutcome::RetryLater, false, {}, {}, QStringLiteral("interrupted")};
        const qint64 length = chunkLength(offset, *size);
        QBuffer chunk;
        chunk.buffer().reserve(length);
        chunk.open(QIODevice::WriteOnly);
        if (Status s = m_blobs.copyRange(sha256, offset, length, chunk); !s)
            return Step{PassOutcome::Finished, true, s.error().code, s.error().message, s.error().detail};
        const SyncResponse put = m_transport.send(SyncRequest{
            "PUT", blobPath(sha256), {{"Content-Type", "application/octet-stream"}, {"Content-Range", contentRange(offset, length, *size)}},
            chunk.data()});
        const ServerError error = parseServerError(put.body);
        const Verdict verdict = classify(put.status, error.code);
        if (verdict == Verdict::OffsetMismatch) {
            const auto serverOffset = parseUploadOffset(put.header("Upload-Offset"));
            if (!serverOffset || ++mismatches > kMaxOffsetMismatches || *serverOffset > *size)
                return Step{PassOutcome::RetryLater, false, error.code, {}, QStringLiteral("offset mismatch on %1").arg(sha256.left(12))};
            offset = *serverOffset;
        } else if (put.status == 202) {
            offset = parseUploadOffset(put.header("Upload-Offset")).value_or(offset + length);
        } else if (put.status == 200 || put.status == 201) {
            offset = *size;
        } else if (put.status == 422 && error.code == QLatin1String("blob.hashMismatch")) {
            // The bytes changed on the way (our copy was authenticated chunk by chunk when read):
            // the server discarded the upload; start again later.
            return Step{PassOutcome::RetryLater, false, error.code, {}, QStringLiteral("hash mismatch on %1").arg(sha256.left(12))};
        } else {
            return fromAnswer(put, QStringLiteral("PUT blob ") + sha256.left(12));
        }
        doneBytes = startBytes + offset;
        if (totalBytes > 0)
            report(dossier, SyncState::Uploading, int(qMin<qint64>(99, doneBytes * 100 / totalBytes)));
    }
    doneBytes = startBytes + *size;
    return Step{};
}

PassReport SyncEngine::pull(int pageSize)
{
    PassReport pass;
    auto cursor = m_store.changesCursor();
    if (!cursor)
        return PassReport{PassOutcome::LocalError, 0, 0, 0, cursor.error().code, cursor.error().message, cursor.error().detail};
    for (;;) {
        if (interrupted())
            return pass;
        const SyncResponse response = m_transport.send(SyncRequest{
            "GET", QStringLiteral("/api/v1/changes?since=%1&limit=%2").arg(*cursor).arg(pageSize), {}, {}});
        const Step step = fromAnswer(response, QStringLiteral("GET changes"));
        if (step.outcome != PassOutcome::Finished || step.rejected) {
            pass.outcome = step.rejected ? PassOutcome::RetryLater : step.outcome;
            pass.errorCode = step.errorCode;
            pass.reason = step.reason;
            pass.detail = step.detail;
            return pass;
        }
        const QJsonObject page = QJsonDocument::fromJson(response.body).object();
        const QJsonArray changes = page.value(QStringLiteral("changes")).toArray();
        qint64 next = *cursor;
        for (const QJsonValue &value : changes) {
            const QJsonObject change = value.toObject();
            const QUuid uuid = QUuid::fromString(change.value(QStringLiteral("uuid")).toString());
            const auto status = dossierStatusFromName(change.value(QStringLiteral("status")).toString());
            const QDateTime at = QDateTime::fromString(change.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
            next = qMax(next, qint64(change.value(QStringLiteral("cursor")).toDouble()));
            if (!status || uuid.isNull()) {
                qCWarning(lcSync) << "change" << next << "skipped: unknown status or uuid";
                continue;
            }
            auto applied = m_store.applyServerStatus(uuid, *status, at, change.value(QStringLiteral("reason")).toString());
            if (!applied)
                return PassReport{PassOutcome::LocalError, 0, 0, pass.changesApplied, applied.error().code,
                                  applied.error().message, applied.error().detail};
            if (*applied == ServerChangeOutcome::Applied)
                ++pass.changesApplied;
        }
        next = qMax(next, qint64(page.value(QStringLiteral("next")).toDouble()));
        if (next <= *cursor)
            return pass;
        if (Status s = m_store.setChangesCursor(next); !s)
            return PassReport{PassOutcome::LocalError, 0, 0, pass.changesApplied, s.error().code, s.error().message, s.error().detail};
        *cursor = next;
        if (changes.size() < pageSize)
            return pass;
    }
}

} // namespace motcua::sync
