// NetworkTransport against the real motcua-server on 127.0.0.1: one kept-alive TLS connection
// carries many requests, a connection the server dropped (killed and restarted) is reopened
// without the caller seeing it, a 3 MB body goes whole, and a server that never answers ends as
// "no answer" after the transfer timeout, or at once when the app is closing. Enrollment checks the
// server's CA in the handshake and keeps its one-time code from a server with another CA.
#include "SyncHarness.h"
#include "TestSupport.h"

#include "sync/Enrollment.h"
#include "sync/NetworkTransport.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTemporaryDir>

using namespace motcua;
using namespace motcua::sync;
using namespace motcua::test;

namespace {

struct EnrolledWorkstation {
    QTemporaryDir root;
    QString serverDir = root.filePath(QStringLiteral("server"));
    QString workstationDir = root.filePath(QStringLiteral("workstation"));
    ServerProcess server{serverDir};

    QString caFingerprint()
    {
        const ProgramRun printed = runServerCli(serverDir, {QStringLiteral("fingerprint")});
        REQUIRE(printed.exitCode == 0);
        return printed.out.trimmed();
    }

    void start()
    {
        QString error;
        INFO(error.toStdString());
        REQUIRE(server.init(&error));
        REQUIRE(server.start(&error));
        const ProgramRun init = runAdmin(workstationDir, {QStringLiteral("workstation"), QStringLiteral("init")});
        REQUIRE(init.exitCode == 0);
    }

    ProgramRun enroll(const QString &fingerprint)
    {
        QString error;
        const QString code = server.enrollCode(QStringLiteral("UBND-PHUONG-1"), QStringLiteral("1"), &error);
        REQUIRE_FALSE(code.isEmpty());
        return runAdmin(workstationDir, {QStringLiteral("enroll"), QStringLiteral("--server"),
                                         QStringLiteral("https://127.0.0.1:%1").arg(server.port()), QStringLiteral("--code"), code,
                                         QStringLiteral("--ca-fingerprint"), fingerprint});
    }

    std::unique_ptr<NetworkTransport> transport(int timeoutMs = NetworkTransport::kDefaultTimeoutMs)
    {
        auto settings = SyncSettings::load(workstationDir);
        auto identity = SyncIdentity::load(workstationDir);
        REQUIRE(settings.ok());
        REQUIRE(identity.ok());
        return std::make_unique<NetworkTransport>(settings->serverUrl, pinnedTlsConfiguration(*identity), timeoutMs);
    }
};

const SyncRequest changesPage{"GET", QStringLiteral("/api/v1/changes?since=0&limit=1"), {}, {}};

} // namespace

TEST_CASE("one kept-alive connection carries many requests and a dropped one is reopened unseen")
{
    EnrolledWorkstation office;
    office.start();
    const ProgramRun enrolled = office.enroll(office.caFingerprint());
    INFO(enrolled.out.toStdString() << enrolled.err.toStdString());
    REQUIRE(enrolled.exitCode == 0);
    auto transport = office.transport();

    for (int i = 0; i < 20; ++i) {
        const SyncResponse answer = transport->send(changesPage);
        INFO(answer.networkError.toStdString());
        REQUIRE(answer.status == 200);
        CHECK(answer.body.contains("changes"));
    }
    CHECK(transport->connectionsOpened() == 1);

    // A 3 MB document in one ranged PUT, then HEAD says the server holds it whole.
    QByteArray document(3 * 1000 * 1000, Qt::Uninitialized);
    QRandomGenerator generator(7);
    generator.fillRange(reinterpret_cast<quint32 *>(document.data()), document.size() / 4);
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(document, QCryptographicHash::Sha256).toHex());
    const QString path = QStringLiteral("/api/v1/blobs/") + sha;
    const SyncResponse put = transport->send(SyncRequest{
        "PUT", path,
        {{"Content-Type", "application/octet-stream"},
         {"Content-Range", "bytes 0-" + QByteArray::number(document.size() - 1) + '/' + QByteArray::number(document.size())}},
        document});
    INFO(put.networkError.toStdString() << put.body.toStdString());
    CHECK((put.status == 200 || put.status == 201));
    CHECK(transport->send(SyncRequest{"HEAD", path, {}, {}}).status == 200);
    CHECK(transport->connectionsOpened() == 1);

    // The server dies and comes back on the same port: the kept connection is dead; the caller
    // still gets its answer, over a second connection.
    office.server.kill();
    QString error;
    REQUIRE(office.server.start(&error));
    const SyncResponse afterRestart = transport->send(changesPage);
    INFO(afterRestart.networkError.toStdString());
    CHECK(afterRestart.status == 200);
    CHECK(transport->connectionsOpened() == 2);

    // No server at all: no answer, with the reason for the log, at once.
    office.server.kill();
    QElapsedTimer timer;
    timer.start();
    const SyncResponse refused = transport->send(changesPage);
    CHECK(refused.status == 0);
    CHECK_FALSE(refused.networkError.isEmpty());
    CHECK(timer.elapsed() < 5000);
}

TEST_CASE("a server that never answers ends as no answer after the timeout, or at once when interrupted")
{
    EnrolledWorkstation office;
    office.start();
    REQUIRE(office.enroll(office.caFingerprint()).exitCode == 0);

    // Accepts the TCP connection and says nothing: the TLS handshake never ends.
    QTcpServer silent;
    REQUIRE(silent.listen(QHostAddress::LocalHost));
    auto settings = SyncSettings::load(office.workstationDir);
    auto identity = SyncIdentity::load(office.workstationDir);
    REQUIRE(settings.ok());
    REQUIRE(identity.ok());
    const QUrl silentUrl(QStringLiteral("https://127.0.0.1:%1").arg(silent.serverPort()));

    NetworkTransport timingOut(silentUrl, pinnedTlsConfiguration(*identity), 600);
    QElapsedTimer timer;
    timer.start();
    SyncResponse answer = timingOut.send(changesPage);
    CHECK(answer.status == 0);
    CHECK(answer.networkError.contains(QStringLiteral("no progress")));
    CHECK(timer.elapsed() >= 550);
    CHECK(timer.elapsed() < 10000);

    NetworkTransport closing(silentUrl, pinnedTlsConfiguration(*identity), 60000);
    QElapsedTimer sinceStart;
    sinceStart.start();
    closing.setInterruptionCheck([&] { return sinceStart.elapsed() > 300; });
    answer = closing.send(changesPage);
    CHECK(answer.status == 0);
    CHECK(answer.networkError == QStringLiteral("interrupted"));
    CHECK(sinceStart.elapsed() < 5000);
}

TEST_CASE("enrollment keeps its one-time code from a server whose CA has another fingerprint")
{
    EnrolledWorkstation office;
    office.start();
    const QString right = office.caFingerprint();
    QString wrong = right;
    wrong[0] = wrong[0] == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');

    QString error;
    const QString code = office.server.enrollCode(QStringLiteral("UBND-PHUONG-1"), QStringLiteral("1"), &error);
    REQUIRE_FALSE(code.isEmpty());
    const auto enrollWith = [&](const QString &fingerprint) {
        return runAdmin(office.workstationDir, {QStringLiteral("enroll"), QStringLiteral("--server"),
                                                QStringLiteral("https://127.0.0.1:%1").arg(office.server.port()),
                                                QStringLiteral("--code"), code, QStringLiteral("--ca-fingerprint"), fingerprint});
    };
    const ProgramRun refused = enrollWith(wrong);
    INFO(refused.out.toStdString() << refused.err.toStdString());
    CHECK(refused.exitCode != 0);
    CHECK_FALSE(SyncSettings::load(office.workstationDir).ok()); // nothing saved
    // The same code still works with the right fingerprint: it never left the workstation.
    const ProgramRun accepted = enrollWith(right);
    INFO(accepted.out.toStdString() << accepted.err.toStdString());
    CHECK(accepted.exitCode == 0);
    CHECK(SyncSettings::load(office.workstationDir).ok());
}
