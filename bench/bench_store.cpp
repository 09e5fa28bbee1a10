// Store benchmark: N synthetic dossiers (default 1,000,000) inserted into DossierStore and, in the
// same run, the same rows into a bare sqlite3 baseline; then look-ups by ID, diacritic-insensitive
// name searches and one day's report, each as p50/p99 beside the baseline. Then --singles more
// rows, one transaction each (as the counter saves), interleaved row by row with the baseline's.
// Prints the table and exits 0 whatever the figures: speed is never asserted.
//   motcua-bench-store [--rows 1000000] [--batch 1000] [--samples 1000] [--singles 1000] [--dir PATH]
#include "BenchReport.h"
#include "RawSqliteBaseline.h"
#include "SyntheticDossiers.h"

#include "text/Folding.h"

#ifdef MOTCUA_BENCH_HAVE_STORE
#include "security/Crypto.h"
#include "security/DataKey.h"
#include "storage/DossierStore.h"
#endif

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <random>
#include <set>

using namespace motcua;
using namespace motcua::bench;

namespace {

struct Measured {
    double insertMs = 0;       // the batches
    double singleInsertMs = 0; // the one-transaction saves
    Samples id12, code, name, report;
};

[[noreturn]] void fail(const QString &what)
{
    std::fprintf(stderr, "%s\n", what.toLocal8Bit().constData());
    std::exit(1);
}

// A clerk types without diacritics: the full name, or family and given name only.
QString nameQuery(const SyntheticDossiers &gen, qint64 index, int variant)
{
    const QStringList words = text::foldedWords(gen.holderName(index));
    if (variant % 2 == 0 || words.size() < 3)
        return words.join(QLatin1Char(' '));
    return words.first() + QLatin1Char(' ') + words.last();
}

qint64 fileBytes(const QString &dbPath)
{
    qint64 total = 0;
    for (const QString &suffix : {QString(), QStringLiteral("-wal")})
        total += QFileInfo(dbPath + suffix).size();
    return total;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qint64 rows = intOption(args, QStringLiteral("--rows"), 1'000'000);
    const qint64 batch = intOption(args, QStringLiteral("--batch"), 1000);
    const qint64 sampleCount = qMin(rows, intOption(args, QStringLiteral("--samples"), 1000));
    const qint64 singles = intOption(args, QStringLiteral("--singles"), 1000);
    QTemporaryDir tmp;
    const QString dir = stringOption(args, QStringLiteral("--dir"), tmp.path());
    QDir().mkpath(dir);
    const QString rawPath = dir + QStringLiteral("/raw.sqlite");
    const QString oursPath = dir + QStringLiteral("/ours.sqlite");
    for (const QString &path : {rawPath, oursPath})
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);

    // About 4,000 dossiers a counter day across 10 units (a busy district), at most 250 days.
    // Rows past `rows` are the single saves: same generator, new citizens.
    const SyntheticDossiers gen(rows + singles, int(qBound(qint64(1), rows / 4000, qint64(250))), 10);
    std::mt19937_64 pick(42);
    std::set<qint64> samples;
    while (qint64(samples.size()) < sampleCount)
        samples.insert(std::uniform_int_distribution<qint64>(0, rows - 1)(pick));

    RawSqliteBaseline raw(rawPath);
    Measured rawFigures, oursFigures;
#ifdef MOTCUA_BENCH_HAVE_STORE
    StoreConfig config;
    config.dbPath = oursPath;
    config.key = std::make_shared<const DataKey>(DataKey::fromBytes(detail::randomBytes(DataKey::kSize)));
    config.agencyCode = QStringLiteral("H01");
    config.unit = QStringLiteral("UNIT-01");
    config.workstation = QStringLiteral("BENCH");
    auto opened = DossierStore::open(config);
    if (!opened)
        fail(QStringLiteral("cannot open the store: ") + opened.error().toString());
    std::unique_ptr<DossierStore> store = std::move(opened.value());
    QHash<qint64, QString> oursCodes;
#endif

    std::fprintf(stderr, "inserting %lld rows in batches of %lld into %s\n", rows, batch, dir.toLocal8Bit().constData());
    for (qint64 first = 0; first < rows; first += batch) {
        QList<Dossier> dossiers;
        for (qint64 i = first; i < qMin(rows, first + batch); ++i)
            dossiers.append(gen.make(i));
        rawFigures.insertMs += timeMs([&] { raw.insertBatch(dossiers, first); });
#ifdef MOTCUA_BENCH_HAVE_STORE
        Result<QList<Dossier>> saved = QList<Dossier>();
        oursFigures.insertMs += timeMs([&] { saved = store->saveBatch(dossiers, QStringLiteral("bench")); });
        if (!saved)
            fail(QStringLiteral("saveBatch failed: ") + saved.error().toString());
        for (auto it = samples.lower_bound(first); it != samples.end() && *it < first + batch; ++it)
            oursCodes.insert(*it, saved->at(*it - first).code);
#endif
        if ((first / batch) % qMax<qint64>(1, rows / batch / 10) == 0)
            std::fprintf(stderr, "  %lld / %lld\n", first, rows);
    }

    std::fprintf(stderr, "querying %lld samples\n", sampleCount);
    int variant = 0;
    qint64 rawFound = 0, oursFound = 0;
    for (const qint64 i : samples) {
        const QString id12 = gen.holderId12(i);
        const QString query = nameQuery(gen, i, variant++);
        rawFigures.id12.add(timeMs([&] { rawFound += raw.findById12(id12); }));
        rawFigures.code.add(timeMs([&] { rawFound += raw.byCode(RawSqliteBaseline::codeFor(i)) ? 1 : 0; }));
        rawFigures.name.add(timeMs([&] { rawFound += raw.findByName(query); }));
#ifdef MOTCUA_BENCH_HAVE_STORE
        oursFigures.id12.add(timeMs([&] { const auto r = store->findById12(id12); oursFound += r ? r->size() : 0; }));
        oursFigures.code.add(timeMs([&] { const auto r = store->byCode(oursCodes.value(i)); oursFound += r && r->has_value() ? 1 : 0; }));
        oursFigures.name.add(timeMs([&] { const auto r = store->findByName(query); oursFound += r ? r->size() : 0; }));
#endif
    }
    const QStringList units = gen.units();
    for (int q = 0; q < 50; ++q) {
        const QDate day = gen.dayOf(q * 7);
        const QString unit = units.at(q % units.size());
        rawFigures.report.add(timeMs([&] { rawFound += raw.dailyReport(day, unit); }));
#ifdef MOTCUA_BENCH_HAVE_STORE
        oursFigures.report.add(timeMs([&] { const auto r = store->dailyReport(day, unit); oursFound += r ? r->size() : 0; }));
#endif
    }

    // One transaction per row, as the counter saves: each commit waits for the WAL's fsync.
    std::fprintf(stderr, "saving %lld rows one transaction each\n", singles);
    for (qint64 i = rows; i < rows + singles; ++i) {
        const Dossier d = gen.make(i);
        rawFigures.singleInsertMs += timeMs([&] { raw.insertBatch({d}, i); });
#ifdef MOTCUA_BENCH_HAVE_STORE
        Result<Dossier> saved = Dossier();
        oursFigures.singleInsertMs += timeMs([&] { saved = store->save(d, QStringLiteral("bench")); });
        if (!saved)
            fail(QStringLiteral("save failed: ") + saved.error().toString());
#endif
    }

    const double rawRate = double(rows) / (rawFigures.insertMs / 1000.0);
    const double rawSingleRate = double(singles) / (rawFigures.singleInsertMs / 1000.0);
    QList<Figure> figures;
#ifdef MOTCUA_BENCH_HAVE_STORE
    const double oursRate = double(rows) / (oursFigures.insertMs / 1000.0);
    const double oursSingleRate = double(singles) / (oursFigures.singleInsertMs / 1000.0);
    const auto latency = [&](const QString &name, const Samples &ours, const Samples &base, double p, double limitMs) {
        Figure f{name, QStringLiteral("ms"), ours.percentile(p), base.percentile(p)};
        if (limitMs > 0) {
            f.target = QStringLiteral("< %1 ms").arg(limitMs);
            f.pass = f.ours < limitMs;
        }
        return f;
    };
    figures << Figure{QStringLiteral("insert rate, %1 per transaction").arg(batch), QStringLiteral("rows/s"), oursRate,
                      rawRate, QStringLiteral(">= 0.5 x raw"), oursRate >= 0.5 * rawRate}
            << Figure{QStringLiteral("insert rate, 1 per transaction"), QStringLiteral("rows/s"), oursSingleRate,
                      rawSingleRate, QStringLiteral(">= 0.5 x raw"), oursSingleRate >= 0.5 * rawSingleRate}
            << latency(QStringLiteral("look-up by ID12, p50"), oursFigures.id12, rawFigures.id12, 50, 0)
            << latency(QStringLiteral("look-up by ID12, p99"), oursFigures.id12, rawFigures.id12, 99, 1)
            << latency(QStringLiteral("look-up by code, p50"), oursFigures.code, rawFigures.code, 50, 0)
            << latency(QStringLiteral("look-up by code, p99"), oursFigures.code, rawFigures.code, 99, 1)
            << latency(QStringLiteral("name search, p50"), oursFigures.name, rawFigures.name, 50, 0)
            << latency(QStringLiteral("name search, p99"), oursFigures.name, rawFigures.name, 99, 20)
            << latency(QStringLiteral("one day's report, p50"), oursFigures.report, rawFigures.report, 50, 0)
            << latency(QStringLiteral("one day's report, p99"), oursFigures.report, rawFigures.report, 99, 0)
            << Figure{QStringLiteral("database size"), QStringLiteral("MB"), fileBytes(oursPath) / 1e6, fileBytes(rawPath) / 1e6};
    std::printf("rows found: ours %lld, raw %lld (a sanity check: both should be well above zero)\n", oursFound, rawFound);
#else
    const auto rawOnly = [](const QString &name, double value, const QString &unit) {
        return Figure{name, unit, value, std::nullopt};
    };
    figures << rawOnly(QStringLiteral("insert rate (raw only)"), rawRate, QStringLiteral("rows/s"))
            << rawOnly(QStringLiteral("insert rate, 1 per transaction (raw only)"), rawSingleRate, QStringLiteral("rows/s"))
            << rawOnly(QStringLiteral("look-up by ID12, p99 (raw only)"), rawFigures.id12.p99(), QStringLiteral("ms"))
            << rawOnly(QStringLiteral("name search, p99 (raw only)"), rawFigures.name.p99(), QStringLiteral("ms"))
            << rawOnly(QStringLiteral("one day's report, p99 (raw only)"), rawFigures.report.p99(), QStringLiteral("ms"));
    std::printf("motcua-storage was not built: only the raw sqlite3 baseline ran (rows found %lld)\n", rawFound);
    (void)oursFigures;
    (void)oursFound;
#endif
    printTable(QStringLiteral("DossierStore, %1 rows (batches of %2), %3 samples, %4 single saves")
                   .arg(rows).arg(batch).arg(sampleCount).arg(singles), figures);
    return 0;
}
