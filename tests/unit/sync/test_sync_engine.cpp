// The drain and pull state machine against FakeServer: documents first in ranged chunks, then the
// dossier exactly once; a dropped connection at ANY request, before or after the server acted,
// ends with the same server content after a retry; refusals, rejections and 409 handled as the
// protocol says; status changes come back without going out again.
#include "../storage/StoreFixture.h"
#include "FakeServer.h"
#include "TestSupport.h"

#include "dossier/DossierJson.h"
#include "sync/SyncEngine.h"

#include <random>

using namespace motcua;
using namespace motcua::sync;
using test::FakeServer;
using test::Fault;

namespace {

constexpr qint64 kMiB = 1024 * 1024;

QByteArray bytesOf(qint64 size, unsigned seed)
{
    std::mt19937 random(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (qint64 i = 0; i < size; ++i)
        bytes[i] = char(random() & 0xff);
    return bytes;
}

struct EngineFixture : test::StoreFixture {
    BlobStore blobs{dir.filePath(QStringLiteral("blobs")), *config.key};
    FakeServer server;
    QList<QPair<SyncState, int>> reported;
    QHash<QString, QByteArray> plain; // sha -> content

    Attachment attach(qint64 size, unsigned seed)
    {
        const QByteArray content = bytesOf(size, seed);
        auto put = blobs.putBytes(content);
        REQUIRE(put.ok());
        plain.insert(put->sha256, content);
        Attachment a;
        a.sha256 = put->sha256;
        a.size = size;
        a.documentId = QStringLiteral("scan");
        a.mimeType = QStringLiteral("application/pdf");
        a.pages = 1;
        return a;
    }

    Dossier savedWith(QList<Attachment> attachments, const QString &name = QStringLiteral("Nguyễn Văn An"))
    {
        Dossier d = test::makeDossier(name);
        d.attachments = std::move(attachments);
        return saved(d);
    }

    SyncEngine engine()
    {
        SyncEngine e(*store, blobs, server);
        e.onStateChanged = [this](const QUuid &, SyncState s, int percent, const QString &) { reported.append({s, percent}); };
        return e;
    }

    SyncState stateOf(const QUuid &uuid)
    {
        auto s = store->syncStatus(uuid);
        REQUIRE(s.ok());
        REQUIRE(s->has_value());
        return (*s)->state;
    }

    void requireServerHolds(const Dossier &d)
    {
        auto current = store->byUuid(d.uuid);
        REQUIRE(current.ok());
        REQUIRE(server.dossiers.value(uuidText(d.uuid)) == dossierToBytes(**current));
        for (const Attachment &a : (*current)->attachments)
            REQUIRE(server.blobs.value(a.sha256) == plain.value(a.sha256));
    }
};

// One entry of the server's change feed.
QJsonObject change(int cursor, const QString &uuid, const QString &status, const QString &at, const QString &reason = {})
{
    QJsonObject entry{{QStringLiteral("cursor"), cursor}, {QStringLiteral("uuid"), uuid}, {QStringLiteral("status"), status},
                      {QStringLiteral("at"), at}};
    if (!reason.isEmpty())
        entry.insert(QStringLiteral("reason"), reason);
    return entry;
}

} // namespace

TEST_CASE("a dossier goes up documents first, in chunks of at most 4 MiB, then the dossier once")
{
    EngineFixture f;
    const Dossier d = f.savedWith({f.attach(9 * kMiB + 5, 1), f.attach(300 * 1024, 2)});
    SyncEngine engine = f.engine();
    const PassReport pass = engine.drain();
    CHECK(pass.outcome == PassOutcome::Finished);
    CHECK(pass.synced == 1);
    f.requireServerHolds(d);
    CHECK(f.server.largestBody <= 4 * kMiB);
    CHECK(f.server.dossierStores == 1);
    CHECK(f.server.log.last().startsWith("PUT /api/v1/dossiers/"));
    CHECK(f.server.log.count(QByteArray("PUT /api/v1/blobs/") + f.server.blobs.keys().first().toLatin1()) >= 1);
    CHECK(f.stateOf(d.uuid) == SyncState::Synced);
    auto queue = f.store->syncQueue(10);
    REQUIRE(queue.ok());
    CHECK(queue->isEmpty());

    // Progress rises from 0 through the chunks to synced at 100.
    REQUIRE(f.reported.size() >= 4);
    CHECK(f.reported.first() == qMakePair(SyncState::Uploading, 0));
    CHECK(f.reported.last() == qMakePair(SyncState::Synced, 100));
    for (int i = 1; i + 1 < f.reported.size(); ++i)
        CHECK(f.reported[i].second >= f.reported[i - 1].second);

    // Nothing to do the second time.
    const int before = f.server.requests;
    CHECK(engine.drain().outcome == PassOutcome::Finished);
    CHECK(f.server.requests == before);
}

TEST_CASE("an empty document goes up whole, without a range, and the dossier after it")
{
    // Zero bytes have no Content-Range (bytes 0-0/0 would name one byte): before this, such a
    // dossier could never sync (the server asked for the document the client skipped).
    EngineFixture f;
    const Dossier d = f.savedWith({f.attach(0, 1), f.attach(1000, 2)});
    SyncEngine engine = f.engine();
    const PassReport pass = engine.drain();
    CHECK(pass.outcome == PassOutcome::Finished);
    CHECK(pass.synced == 1);
    CHECK(pass.rejected == 0);
    f.requireServerHolds(d);
    CHECK(f.server.blobs.contains(d.attachments.first().sha256));
    CHECK(f.server.blobs.value(d.attachments.first().sha256).isEmpty());
    CHECK(f.stateOf(d.uuid) == SyncState::Synced);
}

TEST_CASE("a connection dropped at any request, before or after the server acted, loses and duplicates nothing")
{
    for (const Fault kind : {Fault::DropBefore, Fault::DropAfter, Fault::ServerError}) {
        for (int at = 0; at < 12; ++at) {
            INFO("fault " << int(kind) << " at request " << at);
            EngineFixture f;
            const Dossier a = f.savedWith({f.attach(4 * kMiB + 1000, 3), f.attach(70 * 1024, 4)});
            const Dossier b = f.savedWith({f.attach(10, 5)}, QStringLiteral("Trần Thị Bình"));
            f.server.fault = [&](const SyncRequest &, int index) { return index == at ? kind : Fault::None; };
            SyncEngine engine = f.engine();
            PassReport first = engine.drain();
            if (first.outcome == PassOutcome::RetryLater)
                CHECK(f.stateOf(a.uuid) != SyncState::Uploading); // no stale progress left behind
            else
                REQUIRE(first.outcome == PassOutcome::Finished);
            REQUIRE(engine.drain().outcome == PassOutcome::Finished);
            f.requireServerHolds(a);
            f.requireServerHolds(b);
            CHECK(f.server.dossierStores == 2);
            CHECK(f.server.partial.isEmpty());
            CHECK(f.stateOf(a.uuid) == SyncState::Synced);
            CHECK(f.stateOf(b.uuid) == SyncState::Synced);
        }
    }
}

TEST_CASE("an upload resumes at the server's offset after a 416")
{
    EngineFixture f;
    const Attachment big = f.attach(8 * kMiB + 10, 6);
    const Dossier d = f.savedWith({big});
    // The server holds the first chunk but its HEAD answer was stale (another attempt in flight).
    f.server.partial.insert(big.sha256, f.plain.value(big.sha256).left(4 * kMiB));
    bool lied = false;
    f.server.override_ = [&](const SyncRequest &r) -> std::optional<SyncResponse> {
        if (r.method == "HEAD" && !lied) {
            lied = true;
            return SyncResponse{404, {}, {{"Upload-Offset", "0"}}, {}};
        }
        return std::nullopt;
    };
    SyncEngine engine = f.engine();
    REQUIRE(engine.drain().outcome == PassOutcome::Finished);
    f.requireServerHolds(d);
    CHECK(f.server.log.count("PUT /api/v1/blobs/" + big.sha256.toLatin1()) == 3); // 416, then two chunks
}

TEST_CASE("409 blobsMissing: the missing documents are uploaded and the dossier sent once more")
{
    EngineFixture f;
    const Attachment scan = f.attach(1000, 7);
    const Dossier d = f.savedWith({scan});
    f.server.blobs.insert(scan.sha256, f.plain.value(scan.sha256)); // HEAD says stored...
    bool lost = false;
    f.server.override_ = [&](const SyncRequest &r) -> std::optional<SyncResponse> {
        if (r.method == "PUT" && r.path.startsWith(QLatin1String("/api/v1/dossiers/")) && !lost) {
            lost = true;
            f.server.blobs.remove(scan.sha256); // ...then loses it before the dossier arrives
        }
        return std::nullopt;
    };
    SyncEngine engine = f.engine();
    REQUIRE(engine.drain().outcome == PassOutcome::Finished);
    f.requireServerHolds(d);
    CHECK(f.server.dossierStores == 1);
}

TEST_CASE("a 4xx rejects the dossier with a reason, is never retried by itself, and retry sends it")
{
    EngineFixture f;
    const Dossier bad = f.savedWith({});
    const Dossier good = f.savedWith({}, QStringLiteral("Lê Văn Cường"));
    f.server.override_ = [&](const SyncRequest &r) -> std::optional<SyncResponse> {
        if (r.path.endsWith(uuidText(bad.uuid)))
            return FakeServer::error(400, "request.invalid");
        return std::nullopt;
    };
    SyncEngine engine = f.engine();
    const PassReport pass = engine.drain();
    CHECK(pass.outcome == PassOutcome::Finished); // the others go on
    CHECK(pass.rejected == 1);
    CHECK(pass.synced == 1);
    auto state = f.store->syncStatus(bad.uuid);
    REQUIRE(state.ok());
    CHECK((*state)->state == SyncState::Rejected);
    CHECK((*state)->errorCode == QStringLiteral("request.invalid"));
    CHECK_FALSE((*state)->errorMessage.isEmpty());

    const int before = f.server.requests;
    CHECK(engine.drain().outcome == PassOutcome::Finished);
    CHECK(f.server.requests == before);

    f.server.override_ = nullptr;
    REQUIRE(f.store->setSyncState(bad.uuid, SyncState::Waiting).ok()); // motcua-admin sync retry
    REQUIRE(engine.drain().synced == 1);
    f.requireServerHolds(bad);
}

TEST_CASE("401/403 stop the whole pass and leave every dossier waiting")
{
    EngineFixture f;
    const Dossier d = f.savedWith({f.attach(100, 8)});
    f.savedWith({}, QStringLiteral("Lê Văn Cường"));
    f.server.override_ = [](const SyncRequest &) -> std::optional<SyncResponse> {
        return FakeServer::error(403, "workstation.revoked");
    };
    SyncEngine engine = f.engine();
    const PassReport pass = engine.drain();
    CHECK(pass.outcome == PassOutcome::Refused);
    CHECK(pass.errorCode == QStringLiteral("workstation.revoked"));
    CHECK_FALSE(pass.reason.isEmpty());
    CHECK(f.server.requests == 2); // the HEAD, and the GET that tells why (a HEAD has no body)
    CHECK(f.stateOf(d.uuid) == SyncState::Waiting);
}

TEST_CASE("a newer revision is sent as the stored one and carries the earlier ones")
{
    EngineFixture f;
    Dossier d = f.savedWith({});
    d = f.saved(d);
    d = f.saved(d); // revision 3, three outbox rows
    SyncEngine engine = f.engine();
    REQUIRE(engine.drain().synced == 1);
    CHECK(f.server.dossierStores == 1);
    CHECK(f.count("SELECT count(*) FROM outbox WHERE state <> 'sent'") == 0);
    f.requireServerHolds(d);
}

TEST_CASE("a revision saved while the previous one is on its way stays waiting, then goes next pass")
{
    EngineFixture f;
    const Dossier d = f.savedWith({f.attach(5 * kMiB, 9)});
    bool saved = false;
    f.server.override_ = [&](const SyncRequest &r) -> std::optional<SyncResponse> {
        if (!saved && r.method == "PUT" && r.path.startsWith(QLatin1String("/api/v1/blobs/"))) {
            saved = true;
            auto current = f.store->byUuid(d.uuid); // the clerk saves a correction meanwhile
            REQUIRE(current.ok());
            f.saved(**current);
        }
        return std::nullopt;
    };
    SyncEngine engine = f.engine();
    REQUIRE(engine.drain().synced == 1);
    CHECK(f.stateOf(d.uuid) == SyncState::Waiting);
    CHECK(engine.drain().synced == 1);
    CHECK(f.stateOf(d.uuid) == SyncState::Synced);
    CHECK(f.server.dossierStores == 2);
    f.requireServerHolds(d);
}

TEST_CASE("status changes come back page by page, are saved once, and never go back out")
{
    EngineFixture f;
    const Dossier d = f.savedWith({});
    SyncEngine engine = f.engine();
    REQUIRE(engine.drain().synced == 1);
    const QString uuid = uuidText(d.uuid);
    f.server.changes = QJsonArray{
        change(5, uuid, QStringLiteral("processing"), QStringLiteral("2026-12-04T09:30:00Z")),
        change(9, uuid, QStringLiteral("resultReady"), QStringLiteral("2026-12-05T09:30:00Z")),
        change(11, QUuid::createUuid().toString(QUuid::WithoutBraces), QStringLiteral("processing"), QStringLiteral("2026-12-05T09:30:00Z"))};
    const PassReport pulled = engine.pull(2);
    CHECK(pulled.outcome == PassOutcome::Finished);
    CHECK(pulled.changesApplied == 2);
    CHECK(f.store->changesCursor().value() == 11);
    auto loaded = f.store->byUuid(d.uuid);
    REQUIRE(loaded.ok());
    CHECK((*loaded)->status() == DossierStatus::ResultReady);
    CHECK((*loaded)->revision == 3);
    CHECK(f.stateOf(d.uuid) == SyncState::Synced);

    // Nothing goes back, and pulling again changes nothing.
    const int before = f.server.requests;
    CHECK(engine.drain().synced == 0);
    CHECK(f.server.requests == before);
    CHECK(engine.pull(2).changesApplied == 0);
    CHECK(f.store->problems().isEmpty());
}

TEST_CASE("a pull that loses its connection keeps the cursor of the pages already applied")
{
    EngineFixture f;
    const Dossier d = f.savedWith({});
    SyncEngine engine = f.engine();
    REQUIRE(engine.drain().synced == 1);
    const QString uuid = uuidText(d.uuid);
    f.server.changes = QJsonArray{
        change(1, uuid, QStringLiteral("processing"), QStringLiteral("2026-12-04T09:30:00Z")),
        change(2, uuid, QStringLiteral("rejected"), QStringLiteral("2026-12-04T10:30:00Z"), QStringLiteral("Thiếu giấy tờ"))};
    const int start = f.server.requests;
    f.server.fault = [&](const SyncRequest &, int index) { return index == start + 1 ? Fault::DropBefore : Fault::None; };
    CHECK(engine.pull(1).outcome == PassOutcome::RetryLater);
    CHECK(f.store->changesCursor().value() == 1);
    CHECK(engine.pull(1).outcome == PassOutcome::Finished);
    CHECK(f.store->changesCursor().value() == 2);
    auto loaded = f.store->byUuid(d.uuid);
    REQUIRE(loaded.ok());
    CHECK((*loaded)->status() == DossierStatus::Rejected);
    CHECK((*loaded)->history.last().note == QStringLiteral("Thiếu giấy tờ"));
}
