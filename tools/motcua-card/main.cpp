// motcua-card: the command-line card tool (list readers; read and verify a CCCD chip; decode
// the QR codes in pictures and scanned PDFs).
#include "CardCommand.h"
#include "Translations.h"

#include <QCoreApplication>

#include <functional>
#include <map>

using namespace motcua::cardtool;

namespace {

void printUsage(QTextStream &out)
{
    out << "usage: motcua-card COMMAND [ARGS]\n"
           "  readers [--json]      readers, card present, ATR (exit 4: no reader or no card)\n"
           "  wait [--reader NAME] [--timeout SECONDS]   until a card is present (exit 4: none)\n"
           "  read [--reader NAME] (--can DIGITS | --id ID12 | --mrz-key DOC+DOB+EXPIRY | --qr TEXT)\n"
           "       [--csca PATH]... [--json] [--photo FILE] [--no-photo]   read and verify the card\n"
           "  qr [--json] [--formats QRCode,...] [--code-pattern P] [--tracking-url PREFIX] FILE...\n"
           "       the codes in pictures and PDFs, classified (exit 2: a file had no code)\n"
           "exit codes: 0 ok, 1 other error, 2 read but not verified, 3 access refused,\n"
           "            4 no reader or no card, 5 card removed\n";
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("MotCua"));
    QCoreApplication::setApplicationName(QStringLiteral("MotCuaCounter"));
    motcua::installTranslations(motcua::preferredLanguage());

    QTextStream out(stdout);
    QTextStream err(stderr);
    CardIo io{out, err};
    const QStringList args = QCoreApplication::arguments().mid(1);

    const std::map<QString, std::function<int(const QStringList &, CardIo &)>> commands{
        {QStringLiteral("readers"), runReadersCommand},
        {QStringLiteral("wait"), runWaitCommand},
        {QStringLiteral("read"), runReadCommand},
        {QStringLiteral("qr"), runQrCommand},
    };
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("help")) {
        printUsage(args.isEmpty() ? err : out);
        return args.isEmpty() ? Usage : Success;
    }
    const auto command = commands.find(args.first());
    if (command == commands.end()) {
        err << "motcua-card: unknown command '" << args.first() << "'\n";
        printUsage(err);
        return Usage;
    }
    const int code = command->second(args.mid(1), io);
    out.flush();
    err.flush();
    return code;
}
