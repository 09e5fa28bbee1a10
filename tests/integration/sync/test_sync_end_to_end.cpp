// Sync as it runs at an office: the real motcua-server on 127.0.0.1, a workstation enrolled with
// a one-time code, dossiers with digitised documents saved by motcua-admin, and `motcua-admin
// sync now` moving them. The fault test puts our fault-injecting proxy in between and kills the
// client and the server at random points; at the end the server holds exactly the client's
// dossiers, every blob whole, nothing twice.
#include "SyncHarness.h"
#include "TestSupport.h"

#include "SealedStorage.h"
#include "SqliteServerStorage.h"
#include "blobs/BlobStore.h"
#include "dossier/DossierJson.h"
#include "storage/WorkstationConfig.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>

#include <random>

using namespace motcua;
using namespace motcua::test;

namespace {

struct Office {
    QTemporaryDir root;
    QString serverDir = root.filePath(QStringLiteral("server"));
    QString workstationDir = root.filePath(QStringLiteral("workstation"));
    ServerProcess server{serverDir};
};

void startServer(Office &office)
{
    QString error;
    INFO(error.toStdString());
    REQUIRE(office.server.init(&error));
    REQUIRE(office.server.start(&error));
}

void seedWorkstation(Office &office, int dossiers, int scanKiB)
{
    ProgramRun run = runAdmin(office.workstationDir, {QStringLiteral("workstation"), QStringLiteral("init"),
                                                      QStringLiteral("--agency"), QStringLiteral("000.00.31.H29"),
                                                      QStringLiteral("--unit"), QStringLiteral("UBND-PHUONG-1"),
                                                      QStringLiteral("--workstation"), QStringLiteral("quay-1")});
    INFO(run.out.toStdString() << run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    run = runAdmin(office.workstationDir, {QStringLiteral("workstation"), QStringLiteral("seed-demo"), QStringLiteral("--count"),
                                           QString::number(dossiers), QStringLiteral("--scan-kib"), QString::number(scanKiB)});
    INFO(run.out.toStdString() << run.err.toStdString());
    REQUIRE(run.exitCode == 0);
}

// Enrolls the workstation; with `checkFingerprint` it checks the server's CA as an administrator
// would (the fingerprint motcua-server prints), else it trusts it on first use.
void enroll(Office &office, quint16 port, bool checkFingerprint = false)
{
    QString error;
    const QString code = office.server.enrollCode(QStringLiteral("UBND-PHUONG-1"), QStringLiteral("1"), &error);
    INFO(error.toStdString());
    REQUIRE_FALSE(code.isEmpty());
    QStringList trust{QStringLiteral("--trust-on-first-use")};
    if (checkFingerprint) {
        const ProgramRun printed = runServerCli(office.serverDir, {QStringLiteral("fingerprint")});
        REQUIRE(printed.exitCode == 0);
        REQUIRE(printed.out.trimmed().size() == 64);
        trust = QStringList{QStringLiteral("--ca-fingerprint"), printed.out.trimmed()};
    }
    const ProgramRun run = runAdmin(office.workstationDir, QStringList{QStringLiteral("enroll"), QStringLiteral("--server"),
                                                                       QStringLiteral("https://127.0.0.1:%1").arg(port),
                                                                       QStringLiteral("--code"), code}
                                                               + trust);
    INFO(run.out.toStdString() << run.err.toStdString());
    REQUIRE(run.exitCode == 0);
}

// Every dossier of the workstation: uuid → (revision, body as the client would send it).
QMap<QUuid, std::pair<int, QByteArray>> clientDossiers(const QString &dataDir)
{
    auto store = openWorkstationStore(dataDir, StoreOpening::MustExist);
    REQUIRE(store.ok());
    auto summaries = (*store)->list(QDate(), QDate(), 1000000);
    REQUIRE(summaries.ok());
    QMap<QUuid, std::pair<int, QByteArray>> out;
    for (const DossierSummary &summary : *summaries) {
        auto dossier = (*store)->byUuid(summary.uuid);
        REQUIRE(dossier.ok());
        REQUIRE(dossier->has_value());
        out.insert(summary.uuid, {(*dossier)->revision, dossierToBytes(**dossier)});
    }
    return out;
}

// The server's dossiers (its storage, read after it stopped, opened with its data key) and its
// blob files decrypted with that key and checked by hash.
void requireServerHoldsExactly(const Office &office, const QMap<QUuid, std::pair<int, QByteArray>> &client)
{
    const auto key = server::loadServerKey(office.serverDir, false);
    REQUIRE(key.ok());
    auto opened = server::SqliteServerStorage::open(QDir(office.serverDir).filePath(QStringLiteral("server.db")));
    REQUIRE(opened.ok());
    auto storage = std::make_unique<server::SealedStorage>(std::move(opened.value()), *key);
    const BlobStore blobs(QDir(office.serverDir).filePath(QStringLiteral("blobs")), *key);
    auto stored = storage->storedDossiers();
    REQUIRE(stored.ok());

    QSet<QUuid> seen;
    QSet<QString> codes;
    QSet<QString> blobsNamed;
    for (const server::StoredDossierRef &dossier : *stored) {
        INFO("server dossier " << dossier.code.toStdString() << " revision " << dossier.revision);
        REQUIRE(client.contains(dossier.uuid)); // nothing the client did not send
        CHECK(dossier.revision == client[dossier.uuid].first); // the latest revision arrived
        CHECK_FALSE(codes.contains(dossier.code));              // no dossier twice
        codes.insert(dossier.code);
        seen.insert(dossier.uuid);
    }
    CHECK(seen.size() == client.size()); // nothing lost
    for (auto it = client.cbegin(); it != client.cend(); ++it) {
        auto body = storage->dossierBody(it.key());
        REQUIRE(body.ok());
        REQUIRE(body->has_value());
        CHECK((*body)->body == it->second); // byte for byte what the client holds
        auto sealed = storage->inner().dossierBody(it.key());
        REQUIRE(sealed.ok());
        CHECK((*sealed)->body != it->second); // and not in clear in the database
        auto dossier = dossierFromBytes((*body)->body);
        REQUIRE(dossier.ok());
        for (const Attachment &attachment : dossier->attachments)
            if (!attachment.sha256.isEmpty())
                blobsNamed.insert(attachment.sha256);
    }
    // Every blob a dossier names is on the server, whole: its file, decrypted, hashes to its name.
    int checked = 0;
    for (const QString &sha : blobsNamed) {
        INFO("blob " << sha.toStdString());
        REQUIRE(QFile::exists(blobs.pathFor(sha)));
        auto plain = blobs.readAll(sha); // verifies every chunk's tag and the whole hash itself
        REQUIRE(plain.ok());
        CHECK(QString::fromLatin1(QCryptographicHash::hash(*plain, QCryptographicHash::Sha256).toHex()) == sha);
        ++checked;
    }
    CHECK(checked == blobsNamed.size());
}

} // namespace

TEST_CASE("saved dossiers reach the server once, with their documents, and statuses come back")
{
    Office office;
    startServer(office);
    seedWorkstation(office, 6, 64);
    enroll(office, office.server.port(), true);

    ProgramRun run = runAdmin(office.workstationDir, {QStringLiteral("sync"), QStringLiteral("now"), QStringLiteral("--timeout"), QStringLiteral("60")});
    INFO(run.out.toStdString() << run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    // A second run has nothing to send and changes nothing.
    run = runAdmin(office.workstationDir, {QStringLiteral("sync"), QStringLiteral("now"), QStringLiteral("--timeout"), QStringLiteral("60")});
    REQUIRE(run.exitCode == 0);

    const auto client = clientDossiers(office.workstationDir);
    REQUIRE(client.size() == 6);
    requireServerHoldsExactly(office, client); // read beside the running server (WAL)

    // The back office moves one dossier on; the workstation hears of it at its next sync.
    auto first = dossierFromBytes(client.first().second);
    REQUIRE(first.ok());
    const QString code = first->code;
    const DossierStatus before = first->status();
    const DossierStatus next = before == DossierStatus::Received ? DossierStatus::Processing : DossierStatus::Rejected;
    run = runServerCli(office.serverDir, {QStringLiteral("status"), code, dossierStatusName(next), QStringLiteral("--reason"),
                                          QStringLiteral("thiếu giấy tờ")});
    INFO(run.out.toStdString() << run.err.toStdString());
    if (isFinal(before)) {
        CHECK(run.exitCode != 0); // nothing follows a final status
    } else {
        REQUIRE(run.exitCode == 0);
        run = runAdmin(office.workstationDir, {QStringLiteral("sync"), QStringLiteral("now"), QStringLiteral("--timeout"), QStringLiteral("60")});
        REQUIRE(run.exitCode == 0);
        CHECK(run.out.contains(QStringLiteral("status changes received: 1")));
        run = runAdmin(office.workstationDir, {QStringLiteral("dossiers"), QStringLiteral("show"), code});
        CHECK(run.out.contains(QStringLiteral("status:      ") + dossierStatusName(next)));
        // The change came from the server: it is not sent back (the server keeps revision 1).
        run = runAdmin(office.workstationDir, {QStringLiteral("sync"), QStringLiteral("now"), QStringLiteral("--timeout"), QStringLiteral("60")});
        INFO(run.out.toStdString());
        CHECK(run.exitCode == 0);
        CHECK(run.out.contains(QStringLiteral("sent: 0,")));
    }
}

TEST_CASE("through 1,000 injected network faults and killed processes, nothing is lost or duplicated")
{
    Office office;
    startServer(office);
    seedWorkstation(office, 40, 200);

    ProxyProcess proxy(office.root.filePath(QStringLiteral("proxy.control")));
    QString error;
    INFO(error.toStdString());
    REQUIRE(proxy.start(office.server.port(), 20261204, 0.0,
                        {QStringLiteral("--stall-ms"), QStringLiteral("150"), QStringLiteral("--delay-ms"), QStringLiteral("5"),
                         QStringLiteral("--max-offset"), QStringLiteral("600000")},
                        &error));
    enroll(office, proxy.port()); // through the proxy, with faults off
    REQUIRE(proxy.setRate(0.9));

    std::mt19937 rng(4242);
    QElapsedTimer elapsed;
    elapsed.start();
    int runs = 0, clientKills = 0, serverKills = 0;
    qint64 injected = 0;
    // A time cap keeps CI bounded; the count, not the time, is what the test asserts.
    while (injected < 1000 && elapsed.elapsed() < 6 * 60 * 1000) {
        ++runs;
        const bool killClient = rng() % 4 == 0;
        const int killAfter = killClient ? int(100 + rng() % 3000) : -1;
        // Quick retries inside a run: many connections, so many faults, per process started.
        runAdmin(office.workstationDir, {QStringLiteral("sync"), QStringLiteral("now"), QStringLiteral("--timeout"), QStringLiteral("8"),
                                         QStringLiteral("--retry-base-ms"), QStringLiteral("10")},
                 30000, killAfter);
        clientKills += killClient ? 1 : 0;
        if (rng() % 6 == 0) { // a power cut at the server
            office.server.kill();
            ++serverKills;
            REQUIRE(office.server.start(&error));
        }
        injected = proxy.injected();
        REQUIRE(injected >= 0);
    }
    // Printed always: the figures of the run go in the README.
    WARN("runs " << runs << ", client kills " << clientKills << ", server kills " << serverKills << ", "
                 << proxy.lastStats().toStdString() << ", " << elapsed.elapsed() / 1000 << " s");
    CHECK(injected >= 1000);

    // The network heals: the client must catch up on its own.
    REQUIRE(proxy.setRate(0.0));
    ProgramRun run;
    for (int attempt = 0; attempt < 5; ++attempt) {
        run = runAdmin(office.workstationDir, {QStringLiteral("sync"), QStringLiteral("now"), QStringLiteral("--timeout"), QStringLiteral("120")});
        if (run.exitCode == 0)
            break;
    }
    INFO(run.out.toStdString() << run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    proxy.stop();
    office.server.kill();
    requireServerHoldsExactly(office, clientDossiers(office.workstationDir));
}
