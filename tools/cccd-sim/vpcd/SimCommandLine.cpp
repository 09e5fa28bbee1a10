#include "vpcd/SimCommandLine.h"

#include <QCoreApplication>
#include <QTextStream>

#include <atomic>
#include <csignal>

namespace motcua::sim {
namespace {

Error usageError(const QString &detail)
{
    return Error{QStringLiteral("sim.usage"),
                 QCoreApplication::translate("SimCommandLine", "The simulator's arguments are not valid."), detail};
}

std::optional<quint16> fileIdOfDataGroup(const QString &name)
{
    static const QList<std::pair<QString, quint16>> files{
        {QStringLiteral("COM"), Fid::com}, {QStringLiteral("SOD"), Fid::sod}, {QStringLiteral("DG1"), Fid::dg1},
        {QStringLiteral("DG2"), Fid::dg2}, {QStringLiteral("DG13"), Fid::dg13}, {QStringLiteral("DG14"), Fid::dg14},
        {QStringLiteral("DG15"), Fid::dg15}, {QStringLiteral("CARDACCESS"), Fid::cardAccess}};
    for (const auto &[fileName, fid] : files) {
        if (fileName.compare(name, Qt::CaseInsensitive) == 0)
            return fid;
    }
    return std::nullopt;
}

// The connection being served, for the signal handler (which may only touch atomics).
std::atomic<VpcdConnection *> g_serving{nullptr};

void onStopSignal(int)
{
    if (VpcdConnection *connection = g_serving.load())
        connection->requestStop();
}

} // namespace

Result<SimServeArguments> parseSimServeArguments(QStringList args)
{
    SimServeArguments parsed;
    while (!args.isEmpty()) {
        const QString option = args.takeFirst();
        const auto value = [&](const char *what) -> Result<QString> {
            if (args.isEmpty())
                return usageError(option + QStringLiteral(" needs ") + QLatin1String(what));
            return args.takeFirst();
        };
        const auto number = [&](int min, int max) -> Result<int> {
            auto text = value("a number");
            if (!text)
                return text.error();
            bool ok = false;
            const int n = text->toInt(&ok);
            if (!ok || n < min || n > max)
                return usageError(option + QStringLiteral(": expected a number from %1 to %2").arg(min).arg(max));
            return n;
        };
        if (option == QStringLiteral("--port")) {
            auto n = number(1, 65535);
            if (!n)
                return n.error();
            parsed.vpcd.port = quint16(*n);
        } else if (option == QStringLiteral("--host") || option == QStringLiteral("--citizen") || option == QStringLiteral("--pki")) {
            auto text = value("a value");
            if (!text)
                return text.error();
            (option == QStringLiteral("--host") ? parsed.vpcd.host : option == QStringLiteral("--citizen") ? parsed.citizenFile : parsed.pkiDir) = *text;
        } else if (option == QStringLiteral("--population-index")) {
            auto n = number(0, 1'000'000'000);
            if (!n)
                return n.error();
            parsed.populationIndex = *n;
        } else if (option == QStringLiteral("--remove-after")) {
            auto n = number(0, 1'000'000);
            if (!n)
                return n.error();
            parsed.faults.removeAfterApdus = parsed.vpcd.removeAfterApdus = *n;
        } else if (option == QStringLiteral("--latency")) {
            auto n = number(0, 60'000);
            if (!n)
                return n.error();
            parsed.faults.latencyMs = parsed.vpcd.latencyMs = *n;
        } else if (option == QStringLiteral("--max-response")) {
            auto n = number(1, 65536);
            if (!n)
                return n.error();
            parsed.faults.maxResponseLength = *n;
        } else if (option == QStringLiteral("--tamper")) {
            auto name = value("a file name (DG13, DG2...)");
            if (!name)
                return name.error();
            const auto fid = fileIdOfDataGroup(*name);
            if (!fid)
                return usageError(QStringLiteral("--tamper: unknown file ") + *name);
            parsed.faults.tamperedFiles.insert(*fid);
        } else if (option == QStringLiteral("--wrong-key")) {
            parsed.faults.wrongKeyAnswers = true;
        } else if (option == QStringLiteral("--bad-mac")) {
            parsed.faults.badResponseMac = true;
        } else if (option == QStringLiteral("--no-pace")) {
            parsed.faults.paceNotOffered = true;
        } else if (option == QStringLiteral("--no-extended")) {
            parsed.faults.noExtendedLength = true;
        } else if (option == QStringLiteral("--jpeg2000")) {
            parsed.jpeg2000Face = true;
        } else if (option == QStringLiteral("--print-keys")) {
            parsed.printKeys = true;
        } else {
            return usageError(QStringLiteral("unknown argument ") + option);
        }
    }
    return parsed;
}

QByteArray simulatorAtr()
{
    // TS, T0 (TD1 follows, 5 historical bytes), TD1 (TD2 follows, T=0), TD2 (T=1), then the
    // historical bytes: category 80, card capabilities 73 with byte 3 = 0x40 (extended Lc/Le).
    QByteArray atr = QByteArray::fromHex("3b858001807300c040");
    char tck = 0;
    for (qsizetype i = 1; i < atr.size(); ++i)
        tck = char(tck ^ atr.at(i));
    return atr.append(tck);
}

int serveUntilStopped(VpcdConnection::ApduHandler handler, const QByteArray &atr, const VpcdOptions &options,
                      std::function<void()> onReset)
{
    QTextStream err(stderr);
    VpcdConnection connection(std::move(handler), atr, options);
    connection.setResetHandler(std::move(onReset));
    g_serving = &connection;
    struct sigaction action {};
    action.sa_handler = onStopSignal; // no SA_RESTART: a blocking read returns at once
    sigemptyset(&action.sa_mask);
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);

    Status status = connection.connect();
    if (status)
        status = connection.serve();
    g_serving = nullptr;
    if (!status) {
        err << status.error().toString() << '\n';
        return 1;
    }
    if (connection.removedByFault())
        err << "cccd-sim: card removed after " << connection.apduCount() << " APDUs\n";
    return 0;
}

} // namespace motcua::sim
