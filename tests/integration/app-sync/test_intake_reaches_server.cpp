// "A dossier saved in the app appears on the server": the clerk takes a dossier in the intake
// dialog (card scanned, fields typed, a scan attached, Save), the store worker saves it, the
// background SyncClient (on its own thread, as in the app) is woken and sends it with its scan
// to the real motcua-server; the back office moves it to "processing" and the counter's store
// hears of it at the next pass.
#include "IntakeClerk.h"
#include "IntakeDialog.h"
#include "StoreWorker.h"
#include "SyncHarness.h"
#include "TestSupport.h"

#include "storage/WorkstationConfig.h"
#include "sync/SyncClient.h"

#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <catch2/catch.hpp>

using namespace motcua;
using namespace motcua::app;
using namespace motcua::test;

namespace {

// Runs SyncClient on its own thread the way MainWindow does, and stops it the same way.
class BackgroundSync {
public:
    explicit BackgroundSync(const QString &dataDir) : client(new sync::SyncClient(dataDir))
    {
        client->moveToThread(&thread);
        thread.start();
    }
    ~BackgroundSync()
    {
        QMetaObject::invokeMethod(client, &sync::SyncClient::stop, Qt::BlockingQueuedConnection);
        thread.quit();
        thread.wait();
        delete client;
    }
    void start() { QMetaObject::invokeMethod(client, &sync::SyncClient::start, Qt::QueuedConnection); }
    void wake() { QMetaObject::invokeMethod(client, &sync::SyncClient::wake, Qt::QueuedConnection); }

    QThread thread;
    sync::SyncClient *client;
};

// Waits for a pass that ends with `synced` dossiers synced and none waiting.
bool waitForCounts(QSignalSpy &counts, int synced)
{
    for (int round = 0; round < 100; ++round) {
        for (const QList<QVariant> &c : std::as_const(counts))
            if (c.at(0).toInt() == 0 && c.at(1).toInt() == 0 && c.at(2).toInt() == synced)
                return true;
        counts.clear();
        counts.wait(300);
    }
    return false;
}

} // namespace

TEST_CASE("a dossier taken in the intake dialog reaches the central server and its status comes back")
{
    QTemporaryDir root;
    REQUIRE(root.isValid());
    const QString serverDir = root.filePath(QStringLiteral("server"));
    const QString workstationDir = root.filePath(QStringLiteral("workstation"));
    ServerProcess server(serverDir);
    QString error;
    INFO(error.toStdString());
    REQUIRE(server.init(&error));
    REQUIRE(server.start(&error));
    REQUIRE(runAdmin(workstationDir, {QStringLiteral("workstation"), QStringLiteral("init")}).exitCode == 0);
    const ProgramRun fingerprint = runServerCli(serverDir, {QStringLiteral("fingerprint")});
    REQUIRE(fingerprint.exitCode == 0);
    const QString code = server.enrollCode(QStringLiteral("UBND-PHUONG-1"), QStringLiteral("1"), &error);
    REQUIRE_FALSE(code.isEmpty());
    const ProgramRun enrolled = runAdmin(workstationDir, {QStringLiteral("enroll"), QStringLiteral("--server"),
                                                          QStringLiteral("https://127.0.0.1:%1").arg(server.port()),
                                                          QStringLiteral("--code"), code, QStringLiteral("--ca-fingerprint"),
                                                          fingerprint.out.trimmed()});
    INFO(enrolled.out.toStdString() << enrolled.err.toStdString());
    REQUIRE(enrolled.exitCode == 0);

    // The app's two workers: the store (here on the test's thread) and the background sync.
    StoreWorker worker(workstationDir);
    QSignalSpy saved(&worker, &StoreWorker::dossierSaved);
    QSignalSpy failed(&worker, &StoreWorker::saveFailed);
    worker.open();
    BackgroundSync background(workstationDir);
    QSignalSpy counts(background.client, &sync::SyncClient::countsChanged);
    background.start();
    REQUIRE(waitForCounts(counts, 0)); // enrolled, nothing to send yet

    // The clerk's intake of procedure 24 (electricity supply): card, three fields, one scan.
    IntakeDialog dialog(electricitySupplyProcedure(), QStringLiteral("en"), QStringLiteral("canbo01"), calendar::WorkingCalendar(),
                        std::nullopt);
    QObject::connect(&dialog, &IntakeDialog::saveRequested, &worker, &StoreWorker::saveDossier);
    dialog.show();
    dialog.setCitizen(scannedCard());
    typeElectricitySupplyFields(dialog);
    const QString scanPath = root.filePath(QStringLiteral("so-do.pdf"));
    {
        QFile scan(scanPath);
        REQUIRE(scan.open(QIODevice::WriteOnly));
        scan.write(QByteArrayLiteral("%PDF-1.4\n% a scanned land-use certificate\n") + QByteArray(300 * 1024, 'x') + "\n%%EOF\n");
    }
    dialog.setDocumentFile(QStringLiteral("use-right-proof"), scanPath);
    QPushButton *save = saveButton(dialog);
    REQUIRE(save);
    QTest::mouseClick(save, Qt::LeftButton);
    INFO(dialog.shownProblems().join(QLatin1Char('\n')).toStdString());
    REQUIRE(failed.isEmpty());
    REQUIRE(saved.size() == 1);
    const QString dossierCode = saved.first().first().toString();

    // What the app does after a save: wake the sync; the pass sends the dossier with its scan.
    counts.clear();
    background.wake();
    REQUIRE(waitForCounts(counts, 1));

    // The server knows the dossier: the back office can move it on, and the counter hears of it.
    const ProgramRun moved = runServerCli(serverDir, {QStringLiteral("status"), dossierCode, QStringLiteral("processing")});
    INFO(moved.out.toStdString() << moved.err.toStdString());
    REQUIRE(moved.exitCode == 0);
    QSignalSpy passes(background.client, &sync::SyncClient::passFinished);
    background.wake();
    REQUIRE(passes.wait(30000));
    auto store = openWorkstationStore(workstationDir, StoreOpening::MustExist);
    REQUIRE(store.ok());
    auto stored = (*store)->byCode(dossierCode);
    REQUIRE(stored.ok());
    REQUIRE(stored->has_value());
    CHECK((*stored)->status() == DossierStatus::Processing);
    REQUIRE((*stored)->attachments.size() == 1);
    CHECK((*stored)->attachments.first().size > 300 * 1024);
}
