// motcua-admin: the workstation's command-line administration tool.
#include "AdminCommand.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

#include <cstdio>
#include <functional>
#include <map>

using namespace motcua::admin;

namespace motcua::admin {

QString takeOption(QStringList &args, const QString &name)
{
    const qsizetype at = args.indexOf(name);
    if (at < 0 || at + 1 >= args.size())
        return {};
    const QString value = args.at(at + 1);
    args.remove(at, 2);
    return value;
}

bool takeFlag(QStringList &args, const QString &name)
{
    return args.removeAll(name) > 0;
}

} // namespace motcua::admin

namespace {

QString defaultDataDir()
{
    const QByteArray fromEnv = qgetenv("MOTCUA_DATA_DIR");
    if (!fromEnv.isEmpty())
        return QString::fromLocal8Bit(fromEnv);
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
}

void printUsage(QTextStream &out)
{
    out << "usage: motcua-admin [--data-dir DIR] GROUP COMMAND [ARGS]\n"
           "  calendar holidays YEAR\n"
           "  calendar due --from YYYY-MM-DDTHH:MM --days N\n"
           "  procedures list [--json] | show N [--json] | check [DIR]\n"
           "  identity qr TEXT [--json] | mrz TEXT [--json]\n"
           "  dossiers list [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--limit N]\n"
           "  dossiers show CODE-OR-UUID [--json]\n"
           "  dossiers find --id ID12 | --name TEXT\n"
           "  db check\n"
           "  report daily [--date YYYY-MM-DD] [--unit UNIT] [--json]\n"
           "  workstation init [--agency CODE] [--unit NAME] [--workstation NAME] [--code-pattern P]\n"
           "  workstation seed-demo [--count N]\n"
           "  enroll --server URL --code CODE (--ca-fingerprint SHA256 | --trust-on-first-use)\n"
           "         [--warn-after-days N] [--block-after-days N] [--force]\n"
           "  sync status | now [--timeout S] | retry CODE-OR-UUID\n";
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("MotCua"));
    QCoreApplication::setApplicationName(QStringLiteral("MotCuaCounter"));
    // Messages for people in Vietnamese unless MOTCUA_LANG=en; output meant for scripts is not translated.
    motcua::installTranslations(motcua::preferredLanguage());

    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = QCoreApplication::arguments().mid(1);

    QString dataDir = takeOption(args, QStringLiteral("--data-dir"));
    if (dataDir.isEmpty())
        dataDir = defaultDataDir();
    AdminIo io{out, err, QDir::cleanPath(dataDir)};

    const std::map<QString, std::function<int(const QStringList &, AdminIo &)>> groups{
        {QStringLiteral("calendar"), runCalendarCommand},
        {QStringLiteral("procedures"), runProceduresCommand},
        {QStringLiteral("identity"), runIdentityCommand},
        {QStringLiteral("dossiers"), runDossiersCommand},
        {QStringLiteral("db"), runDbCommand},
        {QStringLiteral("workstation"), runWorkstationCommand},
        {QStringLiteral("report"), runReportCommand},
        {QStringLiteral("enroll"), runEnrollCommand},
        {QStringLiteral("sync"), runSyncCommand},
    };

    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("help")) {
        printUsage(args.isEmpty() ? err : out);
        return args.isEmpty() ? Usage : Success;
    }
    const auto group = groups.find(args.first());
    if (group == groups.end()) {
        err << "motcua-admin: unknown command group '" << args.first() << "'\n";
        printUsage(err);
        return Usage;
    }
    const int code = group->second(args.mid(1), io);
    out.flush();
    err.flush();
    return code;
}
