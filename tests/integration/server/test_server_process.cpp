// The real motcua-server: `init`, `enroll-code`, `serve` on a free port, then HTTPS with mutual TLS
// from QNetworkAccessManager with the certificate enrollment gave, the server's CA pinned.
#include "PgCluster.h"
#include "SealedStorage.h"
#include "blobs/BlobStore.h"
#include "Pki.h"
#include "TestSupport.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSet>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTimer>
#include <QUuid>

#include <optional>

#include <catch2/catch.hpp>

using namespace motcua;
using namespace motcua::server;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

// The storage the server process uses: its SQLite file, or PostgreSQL when set (--pg).
QString g_pg;

Run runServerCommand(QStringList args)
{
    if (!g_pg.isEmpty())
        args << QStringLiteral("--pg") << g_pg;
    QProcess process;
    process.start(QStringLiteral(MOTCUA_SERVER_EXE), args);
    process.waitForFinished(30000);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

struct Answer {
    int status = 0;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    QHash<QByteArray, QByteArray> headers;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString errorCode() const { return json().value(QStringLiteral("error")).toString(); }
};

// A client identity: key and certificate (both empty: none), the CA pinned.
struct Client {
    QByteArray keyPem;
    QByteArray certPem;
};

class Server {
public:
    Server(const QString &data, const QString &pg)
    {
        QStringList args{QStringLiteral("serve"), QStringLiteral("--data"), data, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")};
        if (!pg.isEmpty())
            args << QStringLiteral("--storage") << QStringLiteral("postgres") << QStringLiteral("--pg") << pg;
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start(QStringLiteral(MOTCUA_SERVER_EXE), args);
        REQUIRE(m_process.waitForStarted(10000));
        QByteArray line;
        while (!line.contains('\n') && m_process.waitForReadyRead(10000))
            line += m_process.readAllStandardOutput();
        REQUIRE(line.startsWith("listening on 127.0.0.1:"));
        m_port = line.trimmed().mid(line.lastIndexOf(':') + 1).toInt();
        m_ca = QSslCertificate::fromPath(data + QStringLiteral("/ca.pem"));
        REQUIRE(m_ca.size() == 1);
    }
    ~Server()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        m_process.waitForFinished(5000);
    }
    QString log() { return QString::fromUtf8(m_process.readAllStandardError()); }
    void killHard() // SIGKILL: no cleanup, as a power cut would
    {
        m_process.kill();
        m_process.waitForFinished(5000);
    }

    Answer call(const QByteArray &method, const QString &pathAndQuery, const Client &client = {}, const QByteArray &body = {},
                const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        QNetworkRequest request(QUrl(QStringLiteral("https://127.0.0.1:%1%2").arg(m_port).arg(pathAndQuery)));
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setCaCertificates(m_ca); // pinned: only our server's CA
        if (!client.certPem.isEmpty()) {
            ssl.setLocalCertificate(QSslCertificate(client.certPem, QSsl::Pem));
            ssl.setPrivateKey(QSslKey(client.keyPem, QSsl::Ec, QSsl::Pem));
        }
        request.setSslConfiguration(ssl);
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        if (!body.isEmpty() || method == "PUT" || method == "POST")
            request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        // head(), not a custom "HEAD" verb: QNAM would wait for Content-Length bytes of body.
        QNetworkReply *reply = method == "HEAD" ? m_manager.head(request) : m_manager.sendCustomRequest(request, method, body);
        QElapsedTimer timer;
        timer.start();
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(20000, &loop, &QEventLoop::quit);
        loop.exec();
        Answer answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.body = reply->readAll();
        answer.error = reply->error();
        if (timer.elapsed() > 2000)
            WARN("slow call " << method.constData() << ' ' << pathAndQuery.toStdString() << ' ' << timer.elapsed() << " ms");
        for (const auto &[name, value] : reply->rawHeaderPairs())
            answer.headers.insert(name.toLower(), value);
        reply->deleteLater();
        m_manager.clearConnectionCache(); // every call a new connection: a new certificate is presented
        return answer;
    }

private:
    QProcess m_process;
    QNetworkAccessManager m_manager;
    QList<QSslCertificate> m_ca;
    int m_port = 0;
};

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

// A stored blob as the server keeps it: encrypted under its data key (never in clear on disk),
// and the plaintext through BlobStore with that key.
QByteArray storedBlob(const QString &data, const QString &hash)
{
    const QByteArray onDisk = readAll(data + QStringLiteral("/blobs/") + hash.left(2) + QLatin1Char('/') + hash);
    REQUIRE(onDisk.size() > 1000);
    const auto key = server::loadServerKey(data, false);
    REQUIRE(key.ok());
    auto plain = BlobStore(data + QStringLiteral("/blobs"), *key).readAll(hash);
    REQUIRE(plain.ok());
    CHECK_FALSE(onDisk.contains(plain->left(1000))); // the plaintext's first kilobyte is not on disk
    return *plain;
}

QByteArray range(qint64 start, qint64 end, qint64 total)
{
    return "bytes " + QByteArray::number(start) + '-' + QByteArray::number(end) + '/' + QByteArray::number(total);
}

// The smallest dossier JSON the server accepts: dossierToBytes's form, written by hand here so
// that the test does not depend on the client's serialiser for what the server must parse.
QByteArray dossierBody(const QUuid &uuid, int revision, const QString &code, const QStringList &blobs)
{
    QJsonArray attachments;
    for (const QString &hash : blobs)
        attachments.append(QJsonObject{{QStringLiteral("sha256"), hash}, {QStringLiteral("size"), 1}, {QStringLiteral("documentId"), QStringLiteral("birth-proof")}});
    return QJsonDocument(QJsonObject{{QStringLiteral("v"), 1}, {QStringLiteral("uuid"), uuid.toString(QUuid::WithoutBraces)},
                                     {QStringLiteral("code"), code}, {QStringLiteral("procedureId"), QStringLiteral("birth-registration")},
                                     {QStringLiteral("revision"), revision}, {QStringLiteral("unit"), QStringLiteral("UBND-P1")},
                                     {QStringLiteral("receivedAt"), QStringLiteral("2026-12-04T02:30:00Z")},
                                     {QStringLiteral("attachments"), attachments}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

TEST_CASE("the server process enrolls a workstation and serves it over mutual TLS")
{
    const std::string storage = GENERATE(as<std::string>{}, "sqlite", "postgres");
    INFO("storage: " << storage);
    g_pg.clear();
    if (storage == "postgres") {
        auto &cluster = servertest::PgCluster::instance();
        if (!cluster.available()) {
            WARN("POSTGRESQL TESTS SKIPPED: " << cluster.whyNot().toStdString());
            return;
        }
        g_pg = cluster.freshDatabase();
    }
    QTemporaryDir tmp;
    const QString data = tmp.filePath(QStringLiteral("server"));
    const Run init = runServerCommand({QStringLiteral("init"), QStringLiteral("--data"), data});
    REQUIRE(init.exitCode == 0);
    const Run code = runServerCommand({QStringLiteral("enroll-code"), QStringLiteral("--data"), data, QStringLiteral("--unit"),
                                       QStringLiteral("UBND-P1"), QStringLiteral("--counter"), QStringLiteral("2")});
    REQUIRE(code.exitCode == 0);
    REQUIRE(QRegularExpression(QStringLiteral("^[0-9A-Z]{5}-[0-9A-Z]{5}\n$")).match(code.out).hasMatch());

    // The population registry from popgen.
    const QString population = tmp.filePath(QStringLiteral("population.jsonl"));
    QProcess popgen;
    popgen.start(QStringLiteral(POPGEN_EXE), {QStringLiteral("--count"), QStringLiteral("50"), QStringLiteral("--out"), population});
    REQUIRE(popgen.waitForFinished(30000));
    REQUIRE(popgen.exitCode() == 0);
    REQUIRE(runServerCommand({QStringLiteral("population"), QStringLiteral("import"), QStringLiteral("--data"), data, population}).out
            == QStringLiteral("imported 50 citizens\n"));
    const QJsonObject firstCitizen = QJsonDocument::fromJson(readAll(population).split('\n').first()).object();

    std::optional<Server> running(std::in_place, data, g_pg);
    Server &server = *running;

    // Enrollment: the only endpoint without a client certificate.
    const KeyAndCert csr = makeKeyAndCsr(QStringLiteral("counter-pc")).value();
    const QByteArray enrollBody = QJsonDocument(QJsonObject{{QStringLiteral("code"), code.out.trimmed()},
                                                            {QStringLiteral("csr"), QString::fromLatin1(csr.certPem)},
                                                            {QStringLiteral("hostname"), QStringLiteral("counter-pc")}}).toJson();
    const Answer enrolled = server.call("POST", QStringLiteral("/api/v1/enroll"), {}, enrollBody);
    REQUIRE(enrolled.status == 200);
    const QString workstationId = enrolled.json().value(QStringLiteral("workstationId")).toString();
    CHECK(workstationId == QStringLiteral("ws-ubndp1-2-1"));
    CHECK(enrolled.json().value(QStringLiteral("caCertificate")).toString().toLatin1() == readAll(data + QStringLiteral("/ca.pem")));
    const Client me{csr.keyPem, enrolled.json().value(QStringLiteral("certificate")).toString().toLatin1()};
    CHECK(server.call("POST", QStringLiteral("/api/v1/enroll"), {}, enrollBody).errorCode() == QStringLiteral("enrollment.codeInvalid"));

    SECTION("blobs, dossiers, the feed and the look-ups")
    {
        const QByteArray bytes = QByteArray(100000, 'p') + QByteArray(100000, 'q') + QByteArray(50000, 'r');
        const QString hash = sha256Hex(bytes);
        const QString blobPath = QStringLiteral("/api/v1/blobs/") + hash;
        const QUuid uuid = QUuid::createUuid();
        const QString dossierPath = QStringLiteral("/api/v1/dossiers/") + uuid.toString(QUuid::WithoutBraces);
        const QByteArray body = dossierBody(uuid, 1, QStringLiteral("H01-261204-0001"), {hash});
        const QList<QPair<QByteArray, QByteArray>> key{{"Idempotency-Key", uuid.toString(QUuid::WithoutBraces).toLatin1() + ":1"}};

        const Answer missing = server.call("PUT", dossierPath, me, body, key);
        CHECK(missing.status == 409);
        CHECK(missing.errorCode() == QStringLiteral("dossier.blobsMissing"));
        CHECK(missing.json().value(QStringLiteral("missing")).toArray() == QJsonArray{hash});

        CHECK(server.call("HEAD", blobPath, me).header("Upload-Offset") == "0");
        const Answer first = server.call("PUT", blobPath, me, bytes.left(100000), {{"Content-Range", range(0, 99999, 250000)}});
        CHECK(first.status == 202);
        CHECK(first.header("Upload-Offset") == "100000");
        const Answer skipped = server.call("PUT", blobPath, me, bytes.mid(200000), {{"Content-Range", range(200000, 249999, 250000)}});
        CHECK(skipped.status == 416);
        CHECK(skipped.errorCode() == QStringLiteral("blob.offsetMismatch"));
        CHECK(skipped.header("Upload-Offset") == "100000");
        const Answer head = server.call("HEAD", blobPath, me);
        CHECK(head.status == 404);
        CHECK(head.header("Upload-Offset") == "100000");
        CHECK(server.call("PUT", blobPath, me, bytes.mid(100000, 100000), {{"Content-Range", range(100000, 199999, 250000)}}).status == 202);
        CHECK(server.call("PUT", blobPath, me, bytes.mid(200000), {{"Content-Range", range(200000, 249999, 250000)}}).status == 201);
        const Answer stored = server.call("HEAD", blobPath, me);
        CHECK(stored.status == 200);
        CHECK(stored.header("Content-Length") == "250000");
        CHECK(storedBlob(data, hash) == bytes);

        const Answer created = server.call("PUT", dossierPath, me, body, key);
        REQUIRE(created.status == 201);
        CHECK(created.json().value(QStringLiteral("uuid")).toString() == uuid.toString(QUuid::WithoutBraces));
        const Answer replay = server.call("PUT", dossierPath, me, body, key);
        CHECK(replay.status == 201);
        CHECK(replay.body == created.body);
        const Answer conflict = server.call("PUT", dossierPath, me, dossierBody(uuid, 1, QStringLiteral("H01-261204-0002"), {hash}), key);
        CHECK(conflict.status == 422);
        CHECK(conflict.errorCode() == QStringLiteral("idempotency.conflict"));

        const Run moved = runServerCommand({QStringLiteral("status"), QStringLiteral("--data"), data, QStringLiteral("H01-261204-0001"),
                                            QStringLiteral("rejected"), QStringLiteral("--reason"), QStringLiteral("missing a page")});
        REQUIRE(moved.exitCode == 0);
        const qint64 cursor = created.json().value(QStringLiteral("cursor")).toInteger();
        const Answer feed = server.call("GET", QStringLiteral("/api/v1/changes?since=%1").arg(cursor), me);
        REQUIRE(feed.status == 200);
        const QJsonArray changes = feed.json().value(QStringLiteral("changes")).toArray();
        REQUIRE(changes.size() == 1);
        CHECK(changes[0].toObject().value(QStringLiteral("status")).toString() == QStringLiteral("rejected"));
        CHECK(changes[0].toObject().value(QStringLiteral("reason")).toString() == QStringLiteral("missing a page"));
        CHECK(changes[0].toObject().value(QStringLiteral("cursor")).toInteger() > cursor);

        const Answer citizen = server.call("GET", QStringLiteral("/api/v1/citizens/") + firstCitizen.value(QStringLiteral("id12")).toString(), me);
        CHECK(citizen.status == 200);
        CHECK(citizen.json() == firstCitizen);
        CHECK(server.call("GET", QStringLiteral("/api/v1/citizens/999999999999"), me).errorCode() == QStringLiteral("citizen.notFound"));
        const Answer catalog = server.call("GET", QStringLiteral("/api/v1/catalog"), me);
        CHECK(catalog.json().value(QStringLiteral("procedures")).toArray().size() == 25);
        const Answer report = server.call("GET", QStringLiteral("/api/v1/reports/daily?date=2026-12-04"), me);
        REQUIRE(report.json().value(QStringLiteral("rows")).toArray().size() == 1);
        CHECK(report.json().value(QStringLiteral("rows")).toArray()[0].toObject().value(QStringLiteral("digitised")).toInt() == 1);

        // Nothing personal in the SQLite file: the registry and the bodies are sealed.
        if (g_pg.isEmpty()) {
            const QString db = data + QStringLiteral("/server.db");
            const QByteArray onDisk = readAll(db) + (QFile::exists(db + QStringLiteral("-wal")) ? readAll(db + QStringLiteral("-wal")) : QByteArray());
            CHECK(onDisk.contains("H01-261204-0001")); // the clear columns: the search is real
            CHECK_FALSE(onDisk.contains(firstCitizen.value(QStringLiteral("id12")).toString().toUtf8()));
            CHECK_FALSE(onDisk.contains(firstCitizen.value(QStringLiteral("fullName")).toString().toUtf8()));
            CHECK_FALSE(onDisk.contains("birth-proof")); // a word of the dossier body
        }

        // Nothing personal in the server's log: no citizen ID, no reason text.
        const QString log = server.log();
        CHECK(log.contains(QStringLiteral("citizen look-up")));
        CHECK_FALSE(log.contains(firstCitizen.value(QStringLiteral("id12")).toString()));
        CHECK_FALSE(log.contains(QStringLiteral("missing a page")));
    }

    SECTION("a server killed mid-upload resumes where the acknowledged bytes end")
    {
        const QByteArray bytes = QByteArray(300000, 'k') + QByteArray("tail");
        const QString hash = sha256Hex(bytes);
        const QString blobPath = QStringLiteral("/api/v1/blobs/") + hash;
        CHECK(server.call("PUT", blobPath, me, bytes.left(150000), {{"Content-Range", range(0, 149999, bytes.size())}}).status == 202);
        running->killHard();
        running.reset();
        running.emplace(data, g_pg);
        Server &restarted = *running;
        const Answer head = restarted.call("HEAD", blobPath, me);
        CHECK(head.status == 404);
        CHECK(head.header("Upload-Offset") == "150000");
        CHECK(restarted.call("PUT", blobPath, me, bytes.mid(150000), {{"Content-Range", range(150000, bytes.size() - 1, bytes.size())}}).status == 201);
        CHECK(storedBlob(data, hash) == bytes);
        CHECK(restarted.call("GET", QStringLiteral("/api/v1/catalog"), me).status == 200); // the enrollment survived too
    }

    SECTION("refusals: no certificate, another CA's, an expired one, a revoked workstation")
    {
        const Answer none = server.call("GET", QStringLiteral("/api/v1/catalog"));
        CHECK(none.status == 401);
        CHECK(none.errorCode() == QStringLiteral("certificate.missing"));

        const KeyAndCert otherCa = makeCa(QStringLiteral("MotCua Server CA"), QDateTime::currentDateTimeUtc()).value();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const Client foreign{csr.keyPem, signClientCsr(otherCa, csr.certPem, workstationId, now.addDays(-1), now.addYears(1))->certPem};
        const Answer untrusted = server.call("GET", QStringLiteral("/api/v1/catalog"), foreign);
        CHECK(untrusted.status == 401);
        CHECK(untrusted.errorCode() == QStringLiteral("certificate.untrusted"));

        const KeyAndCert ourCa{readAll(data + QStringLiteral("/ca.key")), readAll(data + QStringLiteral("/ca.pem"))};
        const Client expired{csr.keyPem, signClientCsr(ourCa, csr.certPem, workstationId, now.addYears(-3), now.addDays(-1))->certPem};
        const Answer old = server.call("GET", QStringLiteral("/api/v1/catalog"), expired);
        CHECK(old.status == 401);
        CHECK(old.errorCode() == QStringLiteral("certificate.expired"));

        CHECK(server.call("GET", QStringLiteral("/api/v1/catalog"), me).status == 200);
        REQUIRE(runServerCommand({QStringLiteral("revoke"), QStringLiteral("--data"), data, workstationId}).exitCode == 0);
        const Answer revoked = server.call("GET", QStringLiteral("/api/v1/catalog"), me);
        CHECK(revoked.status == 403);
        CHECK(revoked.errorCode() == QStringLiteral("workstation.revoked"));
        CHECK(runServerCommand({QStringLiteral("workstations"), QStringLiteral("--data"), data}).out.contains(QStringLiteral("REVOKED")));
    }
}

TEST_CASE("popgen writes the same population for the same seed, and valid distinct IDs")
{
    auto generate = [](const QStringList &args) {
        QProcess popgen;
        popgen.start(QStringLiteral(POPGEN_EXE), args);
        REQUIRE(popgen.waitForFinished(30000));
        REQUIRE(popgen.exitCode() == 0);
        return popgen.readAllStandardOutput();
    };
    const QByteArray first = generate({QStringLiteral("--count"), QStringLiteral("400")});
    CHECK(generate({QStringLiteral("--count"), QStringLiteral("400")}) == first);
    CHECK(generate({QStringLiteral("--count"), QStringLiteral("400"), QStringLiteral("--seed"), QStringLiteral("7")}) != first);
    const QList<QByteArray> lines = first.trimmed().split('\n');
    REQUIRE(lines.size() == 400);
    QSet<QString> ids;
    for (const QByteArray &line : lines) {
        const QJsonObject citizen = QJsonDocument::fromJson(line).object();
        const QString id12 = citizen.value(QStringLiteral("id12")).toString();
        CHECK(QRegularExpression(QStringLiteral("^\\d{12}$")).match(id12).hasMatch());
        CHECK_FALSE(citizen.value(QStringLiteral("fullName")).toString().isEmpty());
        ids.insert(id12);
    }
    CHECK(ids.size() == 400);
    QProcess bad;
    bad.start(QStringLiteral(POPGEN_EXE), {QStringLiteral("--count")});
    REQUIRE(bad.waitForFinished(30000));
    CHECK(bad.exitCode() == 2);
}
