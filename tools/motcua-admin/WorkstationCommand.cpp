// motcua-admin workstation: set up a workstation's data folder, and seed a demo one.
//   workstation init [--agency CODE] [--unit NAME] [--workstation NAME] [--code-pattern P]
//   workstation seed-demo [--count N] [--scan-kib K] [--scans-per-dossier S]
#include "AdminCommand.h"

#include "DemoSeed.h"

#include "storage/WorkstationConfig.h"

#include <QDir>

namespace motcua::admin {

namespace {

int init(QStringList args, AdminIo &io)
{
    auto config = WorkstationConfig::load(io.dataDir);
    if (!config) {
        io.err << config.error().toString() << '\n';
        return Failure;
    }
    const QString agency = takeOption(args, QStringLiteral("--agency"));
    const QString unit = takeOption(args, QStringLiteral("--unit"));
    const QString workstation = takeOption(args, QStringLiteral("--workstation"));
    const QString pattern = takeOption(args, QStringLiteral("--code-pattern"));
    if (!args.isEmpty()) {
        io.err << "workstation init: unexpected argument '" << args.first() << "'\n";
        return Usage;
    }
    if (!agency.isEmpty())
        config->agencyCode = agency;
    if (!unit.isEmpty())
        config->unit = unit;
    if (!workstation.isEmpty())
        config->workstation = workstation;
    if (!pattern.isEmpty())
        config->codePattern = pattern;
    if (!QDir().mkpath(io.dataDir)) {
        io.err << "cannot create the data folder " << io.dataDir << '\n';
        return Failure;
    }
    if (Status saved = config->saveTo(io.dataDir); !saved) {
        io.err << saved.error().toString() << '\n';
        return Failure;
    }
    // Opening creates the data key and the database, and applies the migrations.
    auto store = openWorkstationStore(io.dataDir);
    if (!store) {
        io.err << store.error().toString() << '\n';
        return Failure;
    }
    io.out << "data folder:  " << io.dataDir << '\n'
           << "agency code:  " << config->agencyCode << '\n'
           << "unit:         " << config->unit << '\n'
           << "workstation:  " << config->workstation << '\n'
           << "code pattern: " << (*store)->config().codePattern << '\n';
    return Success;
}

int seedDemo(QStringList args, AdminIo &io)
{
    const QString countText = takeOption(args, QStringLiteral("--count"));
    const QString scanText = takeOption(args, QStringLiteral("--scan-kib"));
    const QString scansText = takeOption(args, QStringLiteral("--scans-per-dossier"));
    bool ok = true, scanOk = true, scansOk = true;
    const int count = countText.isEmpty() ? 60 : countText.toInt(&ok);
    const int scanKiB = scanText.isEmpty() ? 0 : scanText.toInt(&scanOk);
    const int scans = scansText.isEmpty() ? 0 : scansText.toInt(&scansOk);
    if (!ok || !scanOk || !scansOk || count < 1 || count > 100000 || scanKiB < 0 || scanKiB > 65536 || scans < 0 || scans > 50
        || !args.isEmpty()) {
        io.err << "usage: workstation seed-demo [--count N] [--scan-kib K] [--scans-per-dossier S]\n"
                  "       (1 <= N <= 100000, K <= 65536, S <= 50; without S: the procedure's required documents)\n";
        return Usage;
    }
    auto seeded = seedDemoDossiers(io.dataDir, count, scanKiB, scans);
    if (!seeded) {
        io.err << seeded.error().toString() << '\n';
        return Failure;
    }
    io.out << "demo dossiers saved: " << *seeded << '\n';
    return Success;
}

} // namespace

int runWorkstationCommand(const QStringList &args, AdminIo &io)
{
    const QString command = args.value(0);
    if (command == QLatin1String("init"))
        return init(args.mid(1), io);
    if (command == QLatin1String("seed-demo"))
        return seedDemo(args.mid(1), io);
    io.err << "usage: motcua-admin workstation init [--agency CODE] [--unit NAME] [--workstation NAME] [--code-pattern P]\n"
              "       motcua-admin workstation seed-demo [--count N] [--scan-kib K] [--scans-per-dossier S]\n";
    return Usage;
}

} // namespace motcua::admin
