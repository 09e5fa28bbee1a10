// Durability of DossierStore under SIGKILL: the real writer process is killed hundreds of times
// at random moments (during open, migration, and mid-transaction); the store must then hold every
// dossier whose save() returned, each intact, with its outbox row and audit entry.
#include "DurabilityKey.h"
#include "TestSupport.h"
#include "storage/DossierStore.h"

#include <QElapsedTimer>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace motcua;

namespace {

constexpr int kRuns = 300;
constexpr int kMaxLifeMs = 120;

struct Promise {
    QUuid uuid;
    QString code;
};

// Complete lines only: a line cut by the kill was never fully printed, so never promised.
QList<Promise> promisesIn(const QByteArray &output)
{
    QList<Promise> out;
    const qsizetype end = output.lastIndexOf('\n');
    if (end < 0)
        return out;
    for (const QByteArray &line : output.left(end).split('\n')) {
        const QList<QByteArray> parts = line.split(' ');
        REQUIRE(parts.size() == 2);
        out.append(Promise{QUuid::fromString(QString::fromLatin1(parts[0])), QString::fromLatin1(parts[1])});
    }
    return out;
}

std::unique_ptr<DossierStore> openStore(const QString &path)
{
    StoreConfig config;
    config.dbPath = path;
    config.key = std::make_shared<const DataKey>(test::durabilityKey());
    config.agencyCode = QStringLiteral("DUR");
    auto opened = DossierStore::open(config);
    INFO((opened.ok() ? QString() : opened.error().toString()).toStdString());
    REQUIRE(opened.ok());
    return std::move(*opened);
}

void verify(const QString &dbPath, const QHash<QUuid, QString> &promised)
{
    auto store = openStore(dbPath);
    const QStringList problems = store->problems(); // integrity, FKs, payloads, audit chain, outbox
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    REQUIRE(problems.isEmpty());
    for (auto it = promised.cbegin(); it != promised.cend(); ++it) {
        auto loaded = store->byUuid(it.key());
        REQUIRE(loaded.ok());
        INFO(it.value().toStdString());
        REQUIRE(loaded->has_value());
        CHECK((*loaded)->code == it.value());
    }
    auto db = store->database().queryInt(QByteArrayLiteral("SELECT count(*) - count(DISTINCT code) FROM dossiers"));
    REQUIRE(db.ok());
    CHECK(*db == 0);
    auto orphans = store->database().queryInt(QByteArrayLiteral(
        "SELECT count(*) FROM dossiers d WHERE NOT EXISTS (SELECT 1 FROM outbox o WHERE o.dossier_uuid = d.uuid) "
        "OR NOT EXISTS (SELECT 1 FROM audit a WHERE a.dossier_uuid = d.uuid)"));
    REQUIRE(orphans.ok());
    CHECK(*orphans == 0);
}

} // namespace

TEST_CASE("every committed dossier survives SIGKILL of the writer", "[integration][durability]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString dbPath = dir.filePath(QStringLiteral("motcua.db"));
    QRandomGenerator rng(20250701u);
    QHash<QUuid, QString> promised;
    QElapsedTimer clock;
    clock.start();
    int killedWhileRunning = 0;

    for (int run = 0; run < kRuns; ++run) {
        QProcess writer;
        writer.setProcessChannelMode(QProcess::SeparateChannels);
        writer.start(QStringLiteral(DURABILITY_WRITER), {dbPath});
        REQUIRE(writer.waitForStarted(5000));
        // Early kills land in open and migration; later ones mid-transaction in the save loop.
        const int lifeMs = run < 10 ? run * 2 : int(rng.bounded(kMaxLifeMs));
        const bool exitedEarly = writer.waitForFinished(lifeMs);
        INFO(QString::fromLocal8Bit(writer.readAllStandardError()).toStdString());
        REQUIRE_FALSE(exitedEarly); // the writer only ends by the kill; an exit means it hit an error
        writer.kill(); // SIGKILL: no destructor, no COMMIT, no checkpoint
        REQUIRE(writer.waitForFinished(5000));
        ++killedWhileRunning;
        for (const Promise &p : promisesIn(writer.readAllStandardOutput())) {
            REQUIRE_FALSE(promised.contains(p.uuid));
            promised.insert(p.uuid, p.code);
        }
        if (run % 100 == 99)
            verify(dbPath, promised); // also proves that a reopen between kills is harmless
    }
    verify(dbPath, promised);
    CHECK(killedWhileRunning == kRuns);
    CHECK(promised.size() > kRuns); // the runs did commit work
    WARN("durability: " << kRuns << " kills, " << promised.size() << " committed dossiers, "
                        << clock.elapsed() << " ms");
}
