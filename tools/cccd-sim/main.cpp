// cccd-sim: a simulated CCCD chip plugged into pcsc-lite's virtual reader (vpcd), for the tests,
// the benchmark and the demo card of ./scripts/run. Synthetic citizens only.
//   cccd-sim make-pki DIR [--expired]
//   cccd-sim make-citizen --population-index N FILE.json
//   cccd-sim [serve] --pki DIR (--citizen FILE.json | --population-index N) [serving options...]
#include "applet/Applet.h"
#include "image/CardImageBuilder.h"
#include "image/CitizenJson.h"
#include "image/TestPki.h"
#include "population/SyntheticPopulation.h"
#include "vpcd/SimCommandLine.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QTextStream>

using namespace motcua;
using namespace motcua::sim;

namespace {

constexpr int kUsage = 64;

void printUsage(QTextStream &out)
{
    out << "usage: cccd-sim make-pki DIR [--expired]\n"
           "       cccd-sim make-citizen --population-index N FILE.json\n"
           "       cccd-sim [serve] --pki DIR (--citizen FILE.json | --population-index N)\n"
           "                [--port 35963] [--host 127.0.0.1] [--wrong-key] [--remove-after N]\n"
           "                [--tamper DG13]... [--bad-mac] [--latency MS] [--max-response N]\n"
           "                [--no-pace] [--no-extended] [--jpeg2000] [--print-keys]\n"
           "The simulator connects to vpcd (demo and tests only: vpcd listens on the network).\n";
}

int fail(QTextStream &err, const Error &error)
{
    err << "cccd-sim: " << error.toString() << '\n';
    return 1;
}

// An expired document signer: valid for a year that ended yesterday, so that passive
// authentication must say "read but not verified" while the signature itself is sound.
TestPkiOptions expiredSignerOptions()
{
    TestPkiOptions options;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    options.notBefore = now.addYears(-2);
    options.dsNotAfter = now.addDays(-1);
    return options;
}

int makePki(QStringList args, QTextStream &out, QTextStream &err)
{
    const bool expired = args.removeAll(QStringLiteral("--expired")) > 0;
    if (args.size() != 1 || args.first().startsWith(QLatin1Char('-'))) {
        printUsage(err);
        return kUsage;
    }
    auto pki = TestPki::generate(expired ? expiredSignerOptions() : TestPkiOptions{});
    if (!pki)
        return fail(err, pki.error());
    if (auto written = pki->writeTo(args.first()); !written)
        return fail(err, written.error());
    out << "cccd-sim: test PKI written to " << args.first() << (expired ? " (expired document signer)" : "") << '\n';
    return 0;
}

int makeCitizen(const QStringList &args, QTextStream &out, QTextStream &err)
{
    bool ok = false;
    const qint64 index = args.size() == 3 ? args.at(1).toLongLong(&ok) : -1;
    if (args.size() != 3 || args.first() != QStringLiteral("--population-index") || !ok || index < 0) {
        printUsage(err);
        return kUsage;
    }
    const Citizen citizen = Citizen::fromPopulation(population::SyntheticPopulation(), index);
    QSaveFile file(args.at(2));
    if (!file.open(QIODevice::WriteOnly) || file.write(citizen.toJson()) < 0 || !file.commit()) {
        err << "cccd-sim: cannot write " << args.at(2) << ": " << file.errorString() << '\n';
        return 1;
    }
    out << "cccd-sim: citizen " << index << " of the synthetic population written to " << args.at(2) << '\n';
    return 0;
}

Result<Citizen> loadCitizen(const SimServeArguments &arguments)
{
    if (arguments.populationIndex)
        return Citizen::fromPopulation(population::SyntheticPopulation(), *arguments.populationIndex);
    QFile file(arguments.citizenFile);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("sim.citizen"),
                     QCoreApplication::translate("cccd-sim", "The citizen file cannot be read."),
                     arguments.citizenFile + QStringLiteral(": ") + file.errorString()};
    return Citizen::fromJson(file.readAll());
}

// The access keys of the simulated citizen, one KEY=VALUE a line, so that scripts and tests can
// read them (the data is synthetic; a real card's keys are never printed anywhere).
void printKeys(QTextStream &out, const Citizen &citizen, const CardImage &image)
{
    out << "ID=" << citizen.person.text(PersonKey::id12) << '\n'
        << "CAN=" << image.can << '\n'
        << "MRZ_KEY=" << image.mrzInformation << '\n'
        << "DOCUMENT_NUMBER=" << citizen.documentNumber << '\n';
    out.flush();
}

int serve(QStringList args, QTextStream &out, QTextStream &err)
{
    auto arguments = parseSimServeArguments(std::move(args));
    if (!arguments) {
        err << "cccd-sim: " << arguments.error().toString() << '\n';
        printUsage(err);
        return kUsage;
    }
    if (arguments->pkiDir.isEmpty() || (arguments->citizenFile.isEmpty() == !arguments->populationIndex)) {
        err << "cccd-sim: --pki and exactly one of --citizen or --population-index are required\n";
        printUsage(err);
        return kUsage;
    }
    auto pki = TestPki::readFrom(arguments->pkiDir);
    if (!pki)
        return fail(err, pki.error());
    auto citizen = loadCitizen(*arguments);
    if (!citizen)
        return fail(err, citizen.error());
    CardImageOptions imageOptions;
    imageOptions.jpeg2000Face = arguments->jpeg2000Face;
    auto image = CardImageBuilder::build(*citizen, *pki, imageOptions);
    if (!image)
        return fail(err, image.error());
    if (arguments->printKeys)
        printKeys(out, *citizen, *image);

    Applet applet(std::move(*image), arguments->faults);
    const auto answer = [&applet](const QByteArray &bytes) -> QByteArray {
        const auto command = card::CommandApdu::decode(bytes);
        if (!command)
            return card::ResponseApdu({}, card::Sw::wrongLength).encode();
        return applet.process(*command).encode();
    };
    return serveUntilStopped(answer, simulatorAtr(), arguments->vpcd, [&applet] { applet.reset(); });
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty() || args.first() == QStringLiteral("--help") || args.first() == QStringLiteral("help")) {
        printUsage(args.isEmpty() ? err : out);
        return args.isEmpty() ? kUsage : 0;
    }
    const QString command = args.first();
    if (command == QStringLiteral("make-pki"))
        return makePki(args.mid(1), out, err);
    if (command == QStringLiteral("make-citizen"))
        return makeCitizen(args.mid(1), out, err);
    if (command == QStringLiteral("serve"))
        args.removeFirst();
    return serve(args, out, err);
}
