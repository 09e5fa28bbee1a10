// Api without sockets: the protocol's answers for enrollment, blobs, dossiers, the feed and the
// refusals, with a real SQLite file, a real blob folder and real certificates.
#include "Api.h"
#include "SealedStorage.h"
#include "ServerTestSupport.h"
#include "SqliteServerStorage.h"
#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslCertificate>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace motcua;
using namespace motcua::server;

namespace {

struct Fixture {
    QTemporaryDir dir;
    DataKey key = DataKey::fromBytes(QByteArray(32, 'k'));
    std::unique_ptr<SealedStorage> storage;
    std::unique_ptr<BlobArea> blobs;
    std::unique_ptr<Api> api;
    KeyAndCert ca;
    QByteArray clientDer;
    QString workstationId;

    Fixture()
    {
        storage = std::make_unique<SealedStorage>(std::move(SqliteServerStorage::open(dir.filePath(QStringLiteral("s.db"))).value()), key);
        blobs = std::make_unique<BlobArea>(dir.filePath(QStringLiteral("blobs")), key);
        ca = makeCa(QStringLiteral("Test CA"), QDateTime::currentDateTimeUtc()).value();
        api = std::make_unique<Api>(ServerContext{storage.get(), blobs.get(), ca});
        REQUIRE(storage->addEnrollmentCode({QStringLiteral("K7M2Q9XW4T"), QStringLiteral("U1"), QStringLiteral("3"), QStringLiteral("A"),
                                            QDateTime::currentDateTimeUtc().addSecs(600)}).ok());
        const KeyAndCert csr = makeKeyAndCsr(QStringLiteral("pc")).value();
        const QJsonObject body{{QStringLiteral("code"), QStringLiteral("k7m2q-9xw4t")}, {QStringLiteral("csr"), QString::fromLatin1(csr.certPem)},
                               {QStringLiteral("hostname"), QStringLiteral("pc")}};
        const ApiResponse enrolled = api->handle({"POST", QStringLiteral("/api/v1/enroll"), {}, {}, QJsonDocument(body).toJson(), {}});
        REQUIRE(enrolled.status == 200);
        const QJsonObject answer = QJsonDocument::fromJson(enrolled.body).object();
        workstationId = answer.value(QStringLiteral("workstationId")).toString();
        clientDer = QSslCertificate(answer.value(QStringLiteral("certificate")).toString().toLatin1(), QSsl::Pem).toDer();
        REQUIRE(answer.value(QStringLiteral("caCertificate")).toString().toLatin1() == ca.certPem);
    }

    ApiResponse call(const QByteArray &method, const QString &path, const QByteArray &body = {},
                     const QList<QPair<QByteArray, QByteArray>> &headers = {}, const QString &query = {})
    {
        return api->handle({method, path, QUrlQuery(query), headers, body, clientDer});
    }
};

QString errorOf(const ApiResponse &response)
{
    return QJsonDocument::fromJson(response.body).object().value(QStringLiteral("error")).toString();
}

QByteArray headerOf(const ApiResponse &response, const QByteArray &name)
{
    for (const auto &[key, value] : response.headers)
        if (key == name)
            return value;
    return {};
}

} // namespace

TEST_CASE("enrollment codes are one-time and the workstation's certificate opens the API")
{
    Fixture f;
    CHECK(f.workstationId == QStringLiteral("ws-u1-3-1"));
    CHECK(f.call("GET", QStringLiteral("/api/v1/catalog")).status == 200);
    const ApiResponse reused = f.api->handle({"POST", QStringLiteral("/api/v1/enroll"), {}, {},
                                              R"({"code":"K7M2Q-9XW4T","csr":"x"})", {}});
    CHECK(reused.status == 403);
    CHECK(errorOf(reused) == QStringLiteral("enrollment.codeInvalid"));
    CHECK(errorOf(f.api->handle({"GET", QStringLiteral("/api/v1/catalog"), {}, {}, {}, {}})) == QStringLiteral("certificate.missing"));

    REQUIRE(f.storage->revoke(f.workstationId).ok());
    const ApiResponse revoked = f.call("GET", QStringLiteral("/api/v1/catalog"));
    CHECK(revoked.status == 403);
    CHECK(errorOf(revoked) == QStringLiteral("workstation.revoked"));
}

TEST_CASE("a blob upload resumes at the server's offset and a dossier waits for its blobs")
{
    Fixture f;
    const QByteArray bytes = QByteArray(1000, 'a') + QByteArray(1000, 'b') + QByteArray(500, 'c');
    const QString hash = servertest::sha256Hex(bytes);
    const QString blobPath = QStringLiteral("/api/v1/blobs/") + hash;
    auto range = [](qint64 start, qint64 end, qint64 total) {
        return QList<QPair<QByteArray, QByteArray>>{{"Content-Range", "bytes " + QByteArray::number(start) + '-' + QByteArray::number(end) + '/' + QByteArray::number(total)}};
    };

    const Dossier dossier = servertest::makeDossier(1, {hash});
    const QByteArray body = dossierToBytes(dossier);
    const QString dossierPath = QStringLiteral("/api/v1/dossiers/") + dossier.uuid.toString(QUuid::WithoutBraces);
    const QList<QPair<QByteArray, QByteArray>> key{{"Idempotency-Key", dossier.uuid.toString(QUuid::WithoutBraces).toLatin1() + ":1"}};
    const ApiResponse early = f.call("PUT", dossierPath, body, key);
    CHECK(early.status == 409);
    CHECK(errorOf(early) == QStringLiteral("dossier.blobsMissing"));
    CHECK(QJsonDocument::fromJson(early.body).object().value(QStringLiteral("missing")).toArray() == QJsonArray{hash});

    CHECK(f.call("PUT", blobPath, bytes.left(1000), range(0, 999, 2500)).status == 202);
    const ApiResponse wrong = f.call("PUT", blobPath, bytes.mid(1500, 1000), range(1500, 2499, 2500));
    CHECK(wrong.status == 416);
    CHECK(headerOf(wrong, "Upload-Offset") == "1000");
    CHECK(headerOf(f.call("HEAD", blobPath), "Upload-Offset") == "1000");
    CHECK(f.call("PUT", blobPath, bytes.mid(1000, 1000), range(1000, 1999, 2500)).status == 202);
    CHECK(f.call("PUT", blobPath, "xyz", range(0, 2, 3)).status == 416); // another TOTAL
    CHECK(f.call("PUT", blobPath, bytes.mid(2000), range(2000, 2499, 2500)).status == 201);
    CHECK(f.call("PUT", blobPath, bytes.left(10), range(0, 9, 2500)).status == 200);
    const ApiResponse head = f.call("HEAD", blobPath);
    CHECK(head.status == 200);
    CHECK(headerOf(head, "Content-Length") == "2500");
    // A stored blob answers 200 whatever the range; a new one with a bad range is refused.
    const QString other = QStringLiteral("/api/v1/blobs/") + servertest::sha256Hex("abc");
    CHECK(f.call("PUT", other, "abc", {{"Content-Range", "bytes 0-5/3"}}).status == 400);
    CHECK(f.call("PUT", other, "abc", {{"Content-Range", "0-2/3"}}).status == 400);
    CHECK(f.call("PUT", other, "abc").status == 400);
    CHECK(f.call("PUT", QStringLiteral("/api/v1/blobs/ABC"), "abc", range(0, 2, 3)).status == 400);
    // An empty document: no range, no body, the empty hash's name; any other name is refused.
    const QString emptyPath = QStringLiteral("/api/v1/blobs/") + servertest::sha256Hex(QByteArray());
    CHECK(f.call("HEAD", emptyPath).status == 404);
    CHECK(f.call("PUT", other, QByteArray()).status == 400);
    CHECK(f.call("PUT", emptyPath, QByteArray()).status == 201);
    const ApiResponse emptyHead = f.call("HEAD", emptyPath);
    CHECK(emptyHead.status == 200);
    CHECK(headerOf(emptyHead, "Content-Length") == "0");

    const ApiResponse stored = f.call("PUT", dossierPath, body, key);
    REQUIRE(stored.status == 201);
    const QJsonObject answer = QJsonDocument::fromJson(stored.body).object();
    CHECK(answer.value(QStringLiteral("revision")).toInt() == 1);
    CHECK(answer.value(QStringLiteral("code")).toString() == dossier.code);
    const ApiResponse replay = f.call("PUT", dossierPath, body, key);
    CHECK(replay.status == 201);
    CHECK(replay.body == stored.body);
    // At rest: the body and the blob under the server's key, readable through it.
    CHECK(f.storage->dossierBody(dossier.uuid).value()->body == body);
    CHECK(f.storage->inner().dossierBody(dossier.uuid).value()->body != body);
    CHECK(f.blobs->store().readAll(hash).value() == bytes);
    QFile blobFile(f.blobs->finalPath(hash));
    REQUIRE(blobFile.open(QIODevice::ReadOnly));
    CHECK_FALSE(blobFile.readAll().contains(QByteArray(1000, 'b')));
    CHECK(errorOf(f.call("PUT", dossierPath, body + ' ', key)) == QStringLiteral("idempotency.conflict"));
    CHECK(errorOf(f.call("PUT", dossierPath, body, {{"Idempotency-Key", "nope"}})) == QStringLiteral("request.invalid"));

    REQUIRE(f.storage->changeStatus(dossier.code, DossierStatus::Processing, {}, QDateTime::currentDateTimeUtc()).ok());
    const QJsonObject feed = QJsonDocument::fromJson(
        f.call("GET", QStringLiteral("/api/v1/changes"), {}, {}, QStringLiteral("since=%1").arg(answer.value(QStringLiteral("cursor")).toInteger())).body).object();
    const QJsonArray changes = feed.value(QStringLiteral("changes")).toArray();
    REQUIRE(changes.size() == 1);
    CHECK(changes[0].toObject().value(QStringLiteral("status")).toString() == QStringLiteral("processing"));
    CHECK(feed.value(QStringLiteral("next")).toInteger() == changes[0].toObject().value(QStringLiteral("cursor")).toInteger());
    CHECK(f.call("GET", QStringLiteral("/api/v1/changes"), {}, {}, QStringLiteral("limit=501")).status == 400);
}

TEST_CASE("a body over 4 MiB is refused before anything is stored")
{
    Fixture f;
    const QString hash = servertest::sha256Hex("x");
    const ApiResponse tooLarge = f.call("PUT", QStringLiteral("/api/v1/blobs/") + hash, {}, {{"Content-Length", "4194305"}});
    CHECK(tooLarge.status == 413);
    CHECK(errorOf(tooLarge) == QStringLiteral("body.tooLarge"));
    CHECK(f.blobs->receivedBytes(hash) == 0);
}
