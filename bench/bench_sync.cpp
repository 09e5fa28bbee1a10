// motcua-bench-sync: `motcua-admin sync now` against a local motcua-server (127.0.0.1, TLS with
// client certificates), beside curl uploading the same bytes to the same server in the same run.
//
//   motcua-bench-sync [--dossiers 300] [--kib 200] [--attachments-per-dossier 3]
//                     [--workstations 20] [--workstation-dossiers 3] [--curl-batch 64] [--no-postgres]
//   (the full size: --dossiers 10000 --attachments-per-dossier 3 --kib 200 --workstations 200)
//
// Figures:
//   1. Blob throughput, MB/s of plaintext blob bytes: a workstation seeded by `motcua-admin
//      workstation seed-demo --count D --scan-kib K --scans-per-dossier A`, enrolled, then
//      `sync now` timed. Baseline: curl PUTting the same plaintext (decrypted here by BlobStore) in
//      4 MiB Content-Range chunks, many transfers per curl process, with the workstation's client
//      certificate, to the same server program on a copy of the same server folder taken before
//      the sync (a fresh folder: otherwise the blobs are already stored). Ours also does what curl
//      does not (a HEAD per blob, the dossier PUTs, reading and decrypting): that is the point.
//   2. The client's peak RSS (wait4's ru_maxrss) beside the peak of a tiny workstation's sync:
//      flat means about the same whatever the bytes sent (judged: under 1.5x, and under 150 MB).
//   3. Dossiers accepted per second by the server when W enrolled workstations run `sync now` at
//      once, with SQLite and with PostgreSQL (a throw-away cluster, as the server tests start it).
// Exits 0 whatever the figures (1 only when it cannot measure).
#include "BenchReport.h"
#include "ChildProcess.h"
#include "SyncHarness.h"

#include "blobs/BlobStore.h"
#include "security/DataKey.h"
#include "storage/WorkstationConfig.h"

#ifdef MOTCUA_HAVE_POSTGRES
#include "PgCluster.h"
#endif

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <cstdio>
#include <cstdlib>

using namespace motcua;
using motcua::bench::ChildProcess;
using motcua::bench::ChildRun;
using motcua::bench::Figure;

namespace {

constexpr qint64 kChunk = 4 * 1024 * 1024; // the protocol's largest PUT body
const QString kUnit = QStringLiteral("UBND-PHUONG-1");

// The servers running now, stopped by die() (std::exit would leave them behind; the temporary
// folder stays, with the logs).
QList<ChildProcess *> &runningServers()
{
    static QList<ChildProcess *> servers;
    return servers;
}

[[noreturn]] void die(const QString &what)
{
    QTextStream(stderr) << "motcua-bench-sync: " << what << '\n';
    for (ChildProcess *server : runningServers()) {
        server->terminate();
        server->wait();
    }
    std::exit(1);
}

void note(const QString &line)
{
    std::printf("%s\n", line.toLocal8Bit().constData());
    std::fflush(stdout);
}

QString admin() { return QStringLiteral(MOTCUA_ADMIN_EXE); }
QString serverExe() { return QStringLiteral(MOTCUA_SERVER_EXE); }

// Runs motcua-admin, dies with its output when it fails.
ChildRun mustAdmin(const QString &logs, const QString &dataDir, const QStringList &args)
{
    static int n = 0;
    ChildRun run = bench::runChild(admin(), QStringList{QStringLiteral("--data-dir"), dataDir} + args,
                                   QDir(logs).filePath(QStringLiteral("admin-%1").arg(++n)));
    if (run.exitCode != 0)
        die(QStringLiteral("motcua-admin %1 failed: %2%3").arg(args.join(QLatin1Char(' ')), run.out, run.err));
    return run;
}

// Runs the given commands (program, args), at most `parallel` at once; dies if one fails.
void runAll(const QString &logs, const QList<QStringList> &commands, int parallel)
{
    for (qsizetype at = 0; at < commands.size(); at += parallel) {
        QList<ChildProcess> batch(qMin<qsizetype>(parallel, commands.size() - at));
        for (qsizetype i = 0; i < batch.size(); ++i) {
            const QStringList &command = commands[at + i];
            if (!batch[i].start(command.first(), command.mid(1), QDir(logs).filePath(QStringLiteral("batch-%1").arg(at + i))))
                die(QStringLiteral("cannot start ") + command.first());
        }
        for (qsizetype i = 0; i < batch.size(); ++i)
            if (const ChildRun run = batch[i].wait(); run.exitCode != 0)
                die(QStringLiteral("%1 failed: %2%3").arg(commands[at + i].mid(1).join(QLatin1Char(' ')), run.out, run.err));
    }
}

QStringList adminCommand(const QString &dataDir, const QStringList &args)
{
    return QStringList{admin(), QStringLiteral("--data-dir"), dataDir} + args;
}

QStringList withPg(QStringList args, const QString &pg)
{
    if (!pg.isEmpty())
        args << QStringLiteral("--pg") << pg;
    return args;
}

// A motcua-server folder with its own process; `pg` non-empty keeps the records in PostgreSQL.
class Server {
public:
    Server(QString dir, QString pg = {}) : m_dir(std::move(dir)), m_pg(std::move(pg)) {}
    void init()
    {
        const auto run = test::runServerCli(m_dir, withPg({QStringLiteral("init"), QStringLiteral("--host"), QStringLiteral("127.0.0.1")}, m_pg));
        if (run.exitCode != 0)
            die(QStringLiteral("motcua-server init failed: ") + run.out + run.err);
    }
    // A restart keeps the port (enrolled workstations know the server by its URL). The server's
    // log goes to a file: a pipe nobody reads while we wait for a client would fill
    // and stall the server.
    void start()
    {
        QStringList serve{QStringLiteral("serve"), QStringLiteral("--data"), m_dir, QStringLiteral("--listen"),
                          QStringLiteral("127.0.0.1:%1").arg(m_port)};
        if (!m_pg.isEmpty())
            serve << QStringLiteral("--storage") << QStringLiteral("postgres") << QStringLiteral("--pg") << m_pg;
        if (!m_process.start(serverExe(), serve, m_dir + QStringLiteral("-serve-%1").arg(++m_starts)))
            die(QStringLiteral("cannot start motcua-server"));
        runningServers().append(&m_process);
        static const QRegularExpression listening(QStringLiteral("listening on 127\\.0\\.0\\.1:(\\d+)"));
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 30000) {
            for (const QString &path : {m_process.outFile(), m_process.errFile()}) {
                QFile log(path);
                if (log.open(QIODevice::ReadOnly))
                    if (const auto match = listening.match(QString::fromUtf8(log.readAll())); match.hasMatch()) {
                        m_port = match.captured(1).toUShort();
                        return;
                    }
            }
            QThread::msleep(20);
        }
        die(QStringLiteral("motcua-server did not start listening (see %1)").arg(m_process.outFile()));
    }
    void stop()
    {
        runningServers().removeAll(&m_process);
        m_process.terminate();
        m_process.wait();
    }
    QString url() const { return QStringLiteral("https://127.0.0.1:%1").arg(m_port); }
    QString enrollCode(int counter)
    {
        const auto run = test::runServerCli(m_dir, withPg({QStringLiteral("enroll-code"), QStringLiteral("--unit"), kUnit,
                                                           QStringLiteral("--counter"), QString::number(counter)}, m_pg));
        static const QRegularExpression code(QStringLiteral("\\b([0-9A-Z]{5}-[0-9A-Z]{5})\\b"));
        const auto match = code.match(run.out);
        if (run.exitCode != 0 || !match.hasMatch())
            die(QStringLiteral("enroll-code failed: ") + run.out + run.err);
        return match.captured(1);
    }
    QStringList enrollArgs(int counter)
    {
        return {QStringLiteral("enroll"), QStringLiteral("--server"), url(), QStringLiteral("--code"), enrollCode(counter),
                QStringLiteral("--trust-on-first-use")};
    }

private:
    QString m_dir;
    QString m_pg;
    ChildProcess m_process;
    quint16 m_port = 0;
    int m_starts = 0;
};

QStringList initArgs(int counter)
{
    return {QStringLiteral("workstation"), QStringLiteral("init"), QStringLiteral("--agency"), QStringLiteral("000.00.31.H29"),
            QStringLiteral("--unit"), kUnit, QStringLiteral("--workstation"), QStringLiteral("quay-%1").arg(counter)};
}

void copyFolder(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString target = QDir(to).filePath(QDir(from).relativeFilePath(source));
        QDir().mkpath(QFileInfo(target).path());
        if (!QFile::copy(source, target))
            die(QStringLiteral("cannot copy ") + source);
    }
}

int sentCount(const ChildRun &run)
{
    static const QRegularExpression sent(QStringLiteral("sent: (\\d+)"));
    const auto match = sent.match(run.out);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

QString quoted(const QString &text)
{
    return QLatin1Char('"') + QString(text).replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\""))
           + QLatin1Char('"');
}

struct Part {
    QString sha256;
    QString file;
    qint64 start = 0;
    qint64 size = 0;
    qint64 total = 0;
};

// The blobs' plaintext, decrypted into `folder` one file per 4 MiB chunk.
QList<Part> exportPlaintext(const QString &workstation, const QString &folder, qint64 *bytes)
{
    auto key = DataKey::loadOrCreate(WorkstationPaths::keyFile(workstation));
    if (!key)
        die(key.error().toString());
    const BlobStore blobs(WorkstationPaths::blobs(workstation), *key);
    QDir().mkpath(folder);
    QList<Part> parts;
    *bytes = 0;
    for (const QString &sha : blobs.list()) {
        const auto size = blobs.sizeOf(sha);
        if (!size)
            die(size.error().toString());
        *bytes += *size;
        for (qint64 start = 0; start < *size; start += kChunk) {
            Part part{sha, QDir(folder).filePath(QStringLiteral("%1.%2").arg(sha).arg(start / kChunk)), start,
                      qMin(kChunk, *size - start), *size};
            QFile out(part.file);
            if (!out.open(QIODevice::WriteOnly))
                die(QStringLiteral("cannot write ") + part.file);
            if (Status copied = blobs.copyRange(sha, part.start, part.size, out); !copied)
                die(copied.error().toString());
            parts << part;
        }
    }
    return parts;
}

// curl PUTting every part (in order) to the server, `batch` transfers per curl process. Returns
// the wall time in ms; dies unless every last chunk answered 201 and every other 202.
double curlUpload(const QList<Part> &parts, const QString &url, const QString &workstation, const QString &logs, int batch)
{
    const QString sync = QDir(workstation).filePath(QStringLiteral("sync"));
    const QString tls = QStringLiteral("cert = %1\nkey = %2\ncacert = %3\n")
                            .arg(quoted(QDir(sync).filePath(QStringLiteral("client.crt"))),
                                 quoted(QDir(sync).filePath(QStringLiteral("client.key"))),
                                 quoted(QDir(sync).filePath(QStringLiteral("ca.crt"))));
    QList<QStringList> commands;
    for (qsizetype at = 0; at < parts.size(); at += batch) {
        QString config;
        for (qsizetype i = at; i < qMin(parts.size(), at + batch); ++i) {
            const Part &p = parts[i];
            if (i > at)
                config += QStringLiteral("next\n");
            config += QStringLiteral("url = %1\nupload-file = %2\n").arg(quoted(url + QStringLiteral("/api/v1/blobs/") + p.sha256), quoted(p.file))
                      + QStringLiteral("header = \"Content-Range: bytes %1-%2/%3\"\n").arg(p.start).arg(p.start + p.size - 1).arg(p.total)
                      + QStringLiteral("header = \"Expect:\"\nsilent\nshow-error\noutput = \"/dev/null\"\nwrite-out = \"%{http_code}\\n\"\n")
                      + tls;
        }
        const QString file = QDir(logs).filePath(QStringLiteral("curl-%1.cfg").arg(at));
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly))
            die(QStringLiteral("cannot write ") + file);
        out.write(config.toUtf8());
        commands << QStringList{QStringLiteral("curl"), QStringLiteral("-K"), file};
    }
    QElapsedTimer timer;
    timer.start();
    QStringList codes;
    for (qsizetype i = 0; i < commands.size(); ++i) {
        const ChildRun run = bench::runChild(commands[i].first(), commands[i].mid(1), QDir(logs).filePath(QStringLiteral("curl-%1").arg(i)));
        if (run.exitCode != 0)
            die(QStringLiteral("curl failed: ") + run.err);
        codes += run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    if (codes.size() != parts.size())
        die(QStringLiteral("curl made %1 transfers of %2").arg(codes.size()).arg(parts.size()));
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const bool last = parts[i].start + parts[i].size == parts[i].total;
        if (codes[i] != (last ? QStringLiteral("201") : QStringLiteral("202")))
            die(QStringLiteral("curl upload answered %1 (the server folder was not fresh?)").arg(codes[i]));
    }
    return ms;
}

struct FleetResult {
    double dossiersPerSecond = 0;
    int accepted = 0;
    double wallMs = 0;
    qint64 maxRssKiB = 0;
};

// W copies of the template workstations enrolled with `server`, then W `sync now` at once.
FleetResult runFleet(const QString &root, const QStringList &templates, Server &server, const QString &logs, int expected)
{
    QList<QStringList> enrolls;
    QStringList workstations;
    for (qsizetype i = 0; i < templates.size(); ++i) {
        const QString ws = QDir(root).filePath(QStringLiteral("ws-%1").arg(i + 1));
        copyFolder(templates[i], ws);
        workstations << ws;
        enrolls << adminCommand(ws, server.enrollArgs(int(i) + 1));
    }
    runAll(logs, enrolls, 4);
    QList<ChildProcess> children(workstations.size());
    QElapsedTimer timer;
    timer.start();
    for (qsizetype i = 0; i < workstations.size(); ++i)
        if (!children[i].start(admin(), {QStringLiteral("--data-dir"), workstations[i], QStringLiteral("sync"), QStringLiteral("now"),
                                         QStringLiteral("--timeout"), QStringLiteral("3600")},
                               QDir(logs).filePath(QStringLiteral("fleet-sync-%1").arg(i))))
            die(QStringLiteral("cannot start motcua-admin"));
    FleetResult result;
    int failed = 0;
    for (ChildProcess &child : children) {
        const ChildRun run = child.wait();
        failed += run.exitCode != 0 ? 1 : 0;
        result.accepted += qMax(0, sentCount(run));
        result.maxRssKiB = qMax(result.maxRssKiB, run.peakRssKiB);
    }
    result.wallMs = double(timer.nsecsElapsed()) / 1e6;
    result.dossiersPerSecond = result.accepted / (result.wallMs / 1000.0);
    if (failed > 0 || result.accepted != expected)
        note(QStringLiteral("  warning: %1 of %2 sync processes failed; %3 of %4 dossiers accepted (logs kept in %5)")
                 .arg(failed).arg(workstations.size()).arg(result.accepted).arg(expected).arg(logs));
    return result;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("MOTCUA_LANG", "en");
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const int dossiers = int(bench::intOption(args, QStringLiteral("--dossiers"), 300));
    const int kib = int(bench::intOption(args, QStringLiteral("--kib"), 200));
    const int perDossier = int(bench::intOption(args, QStringLiteral("--attachments-per-dossier"), 3));
    const int workstations = int(bench::intOption(args, QStringLiteral("--workstations"), 20));
    const int fleetDossiers = int(bench::intOption(args, QStringLiteral("--workstation-dossiers"), 3));
    const int curlBatch = int(bench::intOption(args, QStringLiteral("--curl-batch"), 64));
    const bool postgres = !args.contains(QStringLiteral("--no-postgres"));

    QTemporaryDir root;
    if (!root.isValid())
        die(QStringLiteral("no temporary folder"));
    const QString logs = root.filePath(QStringLiteral("logs"));
    QDir().mkpath(logs);
    QElapsedTimer whole;
    whole.start();

    // 1. One big workstation.
    const QString ws = root.filePath(QStringLiteral("workstation"));
    mustAdmin(logs, ws, initArgs(1));
    const ChildRun seeded = mustAdmin(logs, ws, {QStringLiteral("workstation"), QStringLiteral("seed-demo"), QStringLiteral("--count"),
                                                 QString::number(dossiers), QStringLiteral("--scan-kib"), QString::number(kib),
                                                 QStringLiteral("--scans-per-dossier"), QString::number(perDossier)});
    Server serverA(root.filePath(QStringLiteral("server-a")));
    serverA.init();
    serverA.start();
    mustAdmin(logs, ws, serverA.enrollArgs(1));
    serverA.stop();
    // The same server folder before any sync, for curl (a server folder holds its CA and enrollments).
    copyFolder(root.filePath(QStringLiteral("server-a")), root.filePath(QStringLiteral("server-b")));

    qint64 blobBytes = 0;
    QElapsedTimer exportTimer;
    exportTimer.start();
    const QList<Part> parts = exportPlaintext(ws, root.filePath(QStringLiteral("plain")), &blobBytes);
    QSet<QString> blobHashes;
    for (const Part &p : parts)
        blobHashes.insert(p.sha256);
    note(QStringLiteral("workstation: %1 dossiers, %2 blobs (%3 per dossier), %4 MB of plaintext; seeded in %5 s, "
                        "plaintext exported in %6 s")
             .arg(dossiers).arg(blobHashes.size()).arg(double(blobHashes.size()) / dossiers, 0, 'f', 2)
             .arg(double(blobBytes) / 1e6, 0, 'f', 1).arg(seeded.wallMs / 1000, 0, 'f', 1)
             .arg(double(exportTimer.elapsed()) / 1000, 0, 'f', 1));

    Server serverB(root.filePath(QStringLiteral("server-b")));
    serverB.start();
    const double curlMs = curlUpload(parts, serverB.url(), ws, logs, curlBatch);
    serverB.stop();

    serverA.start();
    const ChildRun synced = bench::runChild(admin(), {QStringLiteral("--data-dir"), ws, QStringLiteral("sync"), QStringLiteral("now"),
                                                      QStringLiteral("--timeout"), QStringLiteral("3600")},
                                            QDir(logs).filePath(QStringLiteral("sync-big")));
    serverA.stop();
    if (synced.exitCode != 0 || sentCount(synced) != dossiers)
        die(QStringLiteral("sync now did not send every dossier (exit %1): %2%3").arg(synced.exitCode).arg(synced.out, synced.err));
    const double oursMBs = double(blobBytes) / 1e6 / (synced.wallMs / 1000);
    const double curlMBs = double(blobBytes) / 1e6 / (curlMs / 1000);
    note(QStringLiteral("sync now: %1 s for %2 dossiers; curl: %3 s for the same %4 blobs in %5 PUTs")
             .arg(synced.wallMs / 1000, 0, 'f', 2).arg(dossiers).arg(curlMs / 1000, 0, 'f', 2).arg(blobHashes.size()).arg(parts.size()));

    // 3. W small workstations at once, SQLite then PostgreSQL (prepared once, copied per server).
    QStringList templates;
    QList<QStringList> prepare;
    for (int i = 1; i <= workstations; ++i) {
        const QString t = root.filePath(QStringLiteral("template-%1").arg(i));
        templates << t;
        prepare << adminCommand(t, initArgs(i));
    }
    runAll(logs, prepare, 4);
    prepare.clear();
    for (const QString &t : templates)
        prepare << adminCommand(t, {QStringLiteral("workstation"), QStringLiteral("seed-demo"), QStringLiteral("--count"),
                                    QString::number(fleetDossiers)});
    runAll(logs, prepare, 4);
    const int fleetTotal = workstations * fleetDossiers;

    Server sqliteServer(root.filePath(QStringLiteral("server-sqlite")));
    sqliteServer.init();
    sqliteServer.start();
    const FleetResult sqliteFleet = runFleet(root.filePath(QStringLiteral("fleet-sqlite")), templates, sqliteServer, logs, fleetTotal);
    sqliteServer.stop();

    std::optional<FleetResult> pgFleet;
    QString pgSkipped = QStringLiteral("--no-postgres");
    if (postgres) {
#ifdef MOTCUA_HAVE_POSTGRES
        auto &cluster = servertest::PgCluster::instance();
        if (cluster.available()) {
            Server pgServer(root.filePath(QStringLiteral("server-pg")), cluster.freshDatabase());
            pgServer.init();
            pgServer.start();
            pgFleet = runFleet(root.filePath(QStringLiteral("fleet-pg")), templates, pgServer, logs, fleetTotal);
            pgServer.stop();
        } else {
            pgSkipped = cluster.whyNot();
        }
#else
        pgSkipped = QStringLiteral("motcua-server was built without libpq");
#endif
    }

    const double bigRssMB = double(synced.peakRssKiB) / 1024;
    const double smallRssMB = double(sqliteFleet.maxRssKiB) / 1024;
    bench::printTable(QStringLiteral("Blob upload over loopback TLS: %1 dossiers, %2 blobs, %3 MB").arg(dossiers).arg(blobHashes.size())
                          .arg(double(blobBytes) / 1e6, 0, 'f', 1),
                      {Figure{QStringLiteral("sync now, blob bytes"), QStringLiteral("MB/s"), oursMBs, curlMBs,
                              QStringLiteral(">= 0.7 x curl"), oursMBs >= 0.7 * curlMBs}},
                      QStringLiteral("curl, same bytes"));
    bench::printTable(QStringLiteral("Client peak RSS (wait4 ru_maxrss)"),
                      {Figure{QStringLiteral("sync now, %1 MB sent").arg(double(blobBytes) / 1e6, 0, 'f', 1), QStringLiteral("MB"), bigRssMB,
                              smallRssMB, QStringLiteral("< 150 MB, < 1.5 x"), bigRssMB < 150 && bigRssMB < 1.5 * smallRssMB}},
                      QStringLiteral("%1-dossier workstation").arg(fleetDossiers));
    QList<Figure> fleet{Figure{QStringLiteral("SQLite, %1 workstations").arg(workstations), QStringLiteral("dossiers/s"),
                               sqliteFleet.dossiersPerSecond, std::nullopt}};
    if (pgFleet)
        fleet << Figure{QStringLiteral("PostgreSQL, %1 workstations").arg(workstations), QStringLiteral("dossiers/s"), pgFleet->dossiersPerSecond,
                        sqliteFleet.dossiersPerSecond};
    bench::printTable(QStringLiteral("Server: dossiers accepted per second, %1 workstations x %2 dossiers at once").arg(workstations).arg(fleetDossiers),
                      fleet, QStringLiteral("SQLite"));
    note(QStringLiteral("SQLite: %1 dossiers in %2 s").arg(sqliteFleet.accepted).arg(sqliteFleet.wallMs / 1000, 0, 'f', 2));
    if (pgFleet)
        note(QStringLiteral("PostgreSQL: %1 dossiers in %2 s").arg(pgFleet->accepted).arg(pgFleet->wallMs / 1000, 0, 'f', 2));
    else
        note(QStringLiteral("PostgreSQL: skipped: ") + pgSkipped);
    note(QStringLiteral("whole run: %1 s").arg(double(whole.elapsed()) / 1000, 0, 'f', 1));
    return 0;
}
