#pragma once
// An in-memory server speaking PROTOCOL.md's blob, dossier and change endpoints, behind the
// SyncTransport interface, with faults injected per request: the connection dropped before the
// server sees the request, or after it acted (the answer lost). Enough to drive the engine's
// state machine; the real server and TLS are the integration tests' job.
#include "sync/SyncTransport.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUuid>

#include <functional>

namespace motcua::test {

enum class Fault { None, DropBefore, DropAfter, ServerError };

class FakeServer : public sync::SyncTransport {
public:
    QHash<QString, QByteArray> blobs;    // stored whole
    QHash<QString, QByteArray> partial;  // unfinished uploads
    QHash<QString, QByteArray> dossiers; // uuid -> body of the stored revision
    QHash<QString, QPair<QByteArray, sync::SyncResponse>> answers; // Idempotency-Key -> (body hash, answer)
    QJsonArray changes;
    int dossierStores = 0;               // first storings (201), replays excluded
    int requests = 0;
    qint64 largestBody = 0;
    QList<QByteArray> log;               // "METHOD path"
    std::function<Fault(const sync::SyncRequest &, int index)> fault;
    std::function<std::optional<sync::SyncResponse>(const sync::SyncRequest &)> override_;

    sync::SyncResponse send(const sync::SyncRequest &request) override
    {
        const int index = requests++;
        log.append(request.method + ' ' + request.path.toLatin1());
        largestBody = qMax<qint64>(largestBody, request.body.size());
        const Fault f = fault ? fault(request, index) : Fault::None;
        if (f == Fault::DropBefore)
            return dropped();
        if (f == Fault::ServerError)
            return error(503, "server.unavailable");
        sync::SyncResponse answer;
        if (auto overridden = override_ ? override_(request) : std::nullopt)
            answer = *overridden;
        else
            answer = handle(request);
        if (request.method == "HEAD")
            answer.body.clear(); // HTTP: a HEAD answer has no body
        return f == Fault::DropAfter ? dropped() : answer;
    }

    static sync::SyncResponse dropped() { return sync::SyncResponse{0, QStringLiteral("connection reset"), {}, {}}; }
    static sync::SyncResponse error(int status, const char *code, QJsonObject extra = {})
    {
        extra.insert(QStringLiteral("error"), QLatin1String(code));
        extra.insert(QStringLiteral("message"), QStringLiteral("test"));
        return sync::SyncResponse{status, {}, {}, QJsonDocument(extra).toJson(QJsonDocument::Compact)};
    }

private:
    static QString sha(const QByteArray &bytes)
    {
        return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    }

    sync::SyncResponse handle(const sync::SyncRequest &r)
    {
        const QString path = r.path;
        if (path.startsWith(QLatin1String("/api/v1/blobs/"))) {
            const QString hash = path.mid(14);
            if (r.method == "HEAD") {
                if (blobs.contains(hash))
                    return sync::SyncResponse{200, {}, {{"Content-Length", QByteArray::number(blobs[hash].size())}}, {}};
                return sync::SyncResponse{404, {}, {{"Upload-Offset", QByteArray::number(partial.value(hash).size())}}, {}};
            }
            if (blobs.contains(hash))
                return sync::SyncResponse{200, {}, {}, {}};
            static const QRegularExpression range(QStringLiteral("^bytes (\\d+)-(\\d+)/(\\d+)$"));
            QByteArray rangeHeader;
            for (const auto &[k, v] : r.headers)
                if (k == "Content-Range")
                    rangeHeader = v;
            if (rangeHeader.isEmpty() && r.body.isEmpty() && hash == sha({})) {
                blobs.insert(hash, {}); // an empty document: whole, without a range
                return sync::SyncResponse{201, {}, {}, {}};
            }
            const auto m = range.match(QString::fromLatin1(rangeHeader));
            if (!m.hasMatch())
                return error(400, "request.invalid");
            const qint64 start = m.captured(1).toLongLong(), end = m.captured(2).toLongLong(), total = m.captured(3).toLongLong();
            if (end - start + 1 != r.body.size() || r.body.size() > 4 * 1024 * 1024)
                return error(400, "request.invalid");
            const qint64 received = partial.value(hash).size();
            if (start != received) {
                sync::SyncResponse a = error(416, "blob.offsetMismatch");
                a.headers.append({"Upload-Offset", QByteArray::number(received)});
                return a;
            }
            partial[hash] += r.body;
            if (end + 1 < total)
                return sync::SyncResponse{202, {}, {{"Upload-Offset", QByteArray::number(end + 1)}}, {}};
            const QByteArray whole = partial.take(hash);
            if (sha(whole) != hash)
                return error(422, "blob.hashMismatch");
            blobs.insert(hash, whole);
            return sync::SyncResponse{201, {}, {}, {}};
        }
        if (path.startsWith(QLatin1String("/api/v1/dossiers/")) && r.method == "PUT") {
            QByteArray key;
            for (const auto &[k, v] : r.headers)
                if (k == "Idempotency-Key")
                    key = v;
            const QString bodyHash = sha(r.body);
            if (answers.contains(QString::fromLatin1(key))) {
                const auto &stored = answers[QString::fromLatin1(key)];
                if (stored.first != bodyHash.toLatin1())
                    return error(422, "idempotency.conflict");
                return stored.second; // a replay: the stored answer
            }
            const QJsonObject body = QJsonDocument::fromJson(r.body).object();
            QJsonArray missing;
            for (const QJsonValue &a : body.value(QStringLiteral("attachments")).toArray()) {
                const QString h = a.toObject().value(QStringLiteral("sha256")).toString();
                if (!h.isEmpty() && !blobs.contains(h) && !missing.contains(h))
                    missing.append(h);
            }
            if (!missing.isEmpty())
                return error(409, "dossier.blobsMissing", QJsonObject{{QStringLiteral("missing"), missing}});
            const QString uuid = path.mid(17);
            dossiers.insert(uuid, r.body);
            ++dossierStores;
            const sync::SyncResponse answer{201, {}, {}, QByteArrayLiteral("{\"uuid\":\"") + uuid.toLatin1() + "\"}"};
            answers.insert(QString::fromLatin1(key), {bodyHash.toLatin1(), answer});
            return answer;
        }
        if (path.startsWith(QLatin1String("/api/v1/changes?"))) {
            static const QRegularExpression query(QStringLiteral("since=(\\d+)&limit=(\\d+)"));
            const auto m = query.match(path);
            const qint64 since = m.captured(1).toLongLong();
            const int limit = m.captured(2).toInt();
            QJsonArray page;
            qint64 next = since;
            for (const QJsonValue &c : changes) {
                const qint64 cursor = qint64(c.toObject().value(QStringLiteral("cursor")).toDouble());
                if (cursor > since && page.size() < limit) {
                    page.append(c);
                    next = cursor;
                }
            }
            return sync::SyncResponse{200, {}, {}, QJsonDocument(QJsonObject{{QStringLiteral("changes"), page},
                                                                             {QStringLiteral("next"), next}}).toJson()};
        }
        return error(404, "request.invalid");
    }
};

} // namespace motcua::test
