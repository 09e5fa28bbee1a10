// motcua-bench-card: reading a CCCD through pcscd + vpcd + cccd-sim, beside the transport limit
// measured in the same run. pcscd (with vpcd) must run: `scripts/card-services start --state DIR`
// does it (the ctest entry uses the card-services fixture); the benchmark starts the simulator.
//
//   motcua-bench-card [--rtt-samples 200] [--reads 5] [--port 35964] [--max-response N] [--latency MS]
//
// --latency makes the simulated chip take MS per APDU, as a real chip does (a CCCD answers in
// milliseconds, vpcd alone in microseconds): with it the transport limit is a real card's.
//
// Figures:
//   RTT        median of N x GET CHALLENGE: the bare round trip through pcscd and vpcd.
//   APDU count beside the minimum = access APDUs + authentication APDUs (both fixed by the
//              protocols, as measured) + for every file read: 1 SELECT + ceil(size / payload),
//              payload = the largest response less the secure-messaging wrapping (34 bytes).
//   DG13 verified and full read, in ms, beside (APDUs sent by then x median RTT): the transport
//              limit; the ratio is how much our code and the chip add on top of the wire.
//   CPU time of this process per full read (the chip's work is in the simulator's process).
// Targets: APDU count within 5% of the minimum; DG13 verified within 1.5x its transport limit.
// Exits 0 whatever the figures (1 only when it cannot measure at all).
#include "BenchReport.h"
#include "lds/TrustStore.h"
#include "pcsc/PcscContext.h"
#include "session/EmrtdReader.h"
#include "session/PcscReaderTransport.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <sys/resource.h>

#include <cmath>

using namespace motcua;
using namespace motcua::card;
using motcua::bench::Figure;

namespace {

constexpr int kSmWrapping = 34; // DO'87' header + padding, DO'99', DO'8E'

double cpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto ms = [](const timeval &t) { return double(t.tv_sec) * 1000.0 + double(t.tv_usec) / 1000.0; };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

[[noreturn]] void die(const QString &what)
{
    QTextStream(stderr) << "motcua-bench-card: " << what << '\n';
    std::exit(1);
}

// The simulated card for the run: a fresh test PKI and a synthetic citizen, stopped at the end.
class Simulator {
public:
    Simulator(const QString &folder, const QString &port, qint64 maxResponse, qint64 latencyMs)
        : m_readerName(QStringLiteral("Virtual PCD 00 %1").arg(port.toInt() - 35963, 2, 10, QLatin1Char('0')))
    {
        waitUntilCardGone(); // a card another test just stopped on this reader
        if (QProcess::execute(QStringLiteral(CCCD_SIM_EXE), {QStringLiteral("make-pki"), folder}) != 0)
            die(QStringLiteral("cccd-sim make-pki failed"));
        QStringList args{QStringLiteral("serve"), QStringLiteral("--pki"), folder, QStringLiteral("--population-index"),
                         QStringLiteral("3"), QStringLiteral("--port"), port, QStringLiteral("--print-keys")};
        if (maxResponse > 0)
            args << QStringLiteral("--max-response") << QString::number(maxResponse);
        if (latencyMs > 0)
            args << QStringLiteral("--latency") << QString::number(latencyMs);
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(QStringLiteral(CCCD_SIM_EXE), args);
        if (!m_process.waitForStarted())
            die(QStringLiteral("cannot start cccd-sim"));
        while (m_id.isEmpty()) {
            if (!m_process.canReadLine() && !m_process.waitForReadyRead(15000))
                die(QStringLiteral("cccd-sim printed no keys"));
            const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
            if (line.startsWith(QStringLiteral("ID=")))
                m_id = line.mid(3);
        }
    }
    ~Simulator()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        m_process.waitForFinished();
        waitUntilCardGone();
    }

    // pcscd sees a vpcd card leave only at its next poll (about 400 ms): wait for it, so that
    // whatever uses the reader next does not take this card for its own.
    void waitUntilCardGone() const
    {
        auto context = PcscContext::establish();
        QElapsedTimer timer;
        timer.start();
        while (context && timer.elapsed() < 5000) {
            auto readers = (*context)->readers();
            bool present = false;
            if (readers)
                for (const auto &reader : *readers)
                    present = present || (reader.name == m_readerName && reader.cardPresent);
            if (!present)
                return;
            QThread::msleep(50);
        }
    }
    const QString &id() const { return m_id; }

private:
    QString m_readerName;
    QProcess m_process;
    QString m_id;
};

struct ReadFigures {
    double dg13VerifiedMs = 0;
    double fullReadMs = 0;
    int apdusAtDg13Verified = 0;
    int apduCount = 0;
    int minimumApdus = 0;
    double cpuMs = 0;
};

ReadFigures measureRead(EmrtdReader &reader, ApduTransport &transport, const AccessKey &key)
{
    const int before = transport.apduCount();
    int atDg13Verified = 0;
    const double cpuBefore = cpuMs();
    auto result = reader.read(key, EmrtdReader::Options{}, {}, [&](const Person &, bool verified) {
        if (verified)
            atDg13Verified = transport.apduCount() - before;
    });
    const double cpu = cpuMs() - cpuBefore;
    if (!result)
        die(QStringLiteral("the read failed: ") + result.error().toString());
    if (atDg13Verified == 0)
        die(QStringLiteral("DG13 was not verified (is the simulator's PKI the trust store?)"));

    const ReadTimings &timings = result->timings;
    const int payload = transport.maxResponseLength() - kSmWrapping;
    int minimum = 0;
    for (auto it = timings.apdusPerFile.cbegin(); it != timings.apdusPerFile.cend(); ++it) {
        if (!result->files.contains(it.key()))
            minimum += it.value(); // access, chip/active authentication: fixed by the protocol
    }
    for (const QByteArray &file : result->files)
        minimum += 1 + int(std::ceil(double(file.size()) / payload));
    return ReadFigures{timings.dg13VerifiedMs, timings.fullReadMs, atDg13Verified, transport.apduCount() - before, minimum, cpu};
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const qint64 rttSamples = bench::intOption(args, QStringLiteral("--rtt-samples"), 200);
    const qint64 reads = bench::intOption(args, QStringLiteral("--reads"), 5);
    const qint64 port = bench::intOption(args, QStringLiteral("--port"), 35964);
    const qint64 maxResponse = bench::intOption(args, QStringLiteral("--max-response"), 0);
    const qint64 latencyMs = bench::intOption(args, QStringLiteral("--latency"), 0);
    const QString readerName = QStringLiteral("Virtual PCD 00 %1").arg(port - 35963, 2, 10, QLatin1Char('0'));

    QTemporaryDir folder;
    if (!folder.isValid())
        die(QStringLiteral("no temporary folder"));
    const QString pki = folder.filePath(QStringLiteral("pki"));
    Simulator simulator(pki, QString::number(port), maxResponse, latencyMs);

    auto context = PcscContext::establish();
    if (!context)
        die(context.error().toString() + QStringLiteral(" (start pcscd: scripts/card-services start --state DIR)"));
    if (auto card = (*context)->waitForCard(15000, readerName); !card)
        die(card.error().toString());
    auto transport = PcscReaderTransport::open(readerName);
    if (!transport)
        die(transport.error().toString());
    auto trust = TrustStore::loadFolder(pki);
    if (!trust)
        die(trust.error().toString());
    auto key = AccessKey::fromId12(simulator.id());
    if (!key)
        die(key.error().toString());

    // (a) The bare round trip: a plain GET CHALLENGE, nothing of ours but the transport.
    bench::Samples rtt;
    for (qint64 i = 0; i < rttSamples; ++i) {
        const double ms = bench::timeMs([&] {
            if (!(*transport)->transmit(CommandApdu::getChallenge()))
                die(QStringLiteral("GET CHALLENGE failed"));
        });
        rtt.add(ms);
    }
    const double rttMs = rtt.p50();

    // (b) Full reads. The first one warms caches (and is measured too: a counter's first card).
    EmrtdReader reader(**transport, *trust);
    std::vector<double> dg13, full, cpu;
    ReadFigures last;
    for (qint64 i = 0; i < reads; ++i) {
        last = measureRead(reader, **transport, *key);
        dg13.push_back(last.dg13VerifiedMs);
        full.push_back(last.fullReadMs);
        cpu.push_back(last.cpuMs);
    }
    const double dg13Limit = last.apdusAtDg13Verified * rttMs;
    const double fullLimit = last.apduCount * rttMs;
    const double dg13Ms = median(dg13);
    const double fullMs = median(full);

    QTextStream out(stdout);
    out << "reader " << readerName << ", largest response " << (*transport)->maxResponseLength() << " bytes, "
        << rttSamples << " round trips, " << reads << " full reads (medians), chip latency " << latencyMs << " ms\n";
    out.flush();
    const QList<Figure> figures{
        {QStringLiteral("bare APDU round trip (p50)"), QStringLiteral("ms"), rttMs, {}, {}, {}},
        {QStringLiteral("APDUs per full read vs minimum"), QStringLiteral("APDUs"), double(last.apduCount), double(last.minimumApdus),
         QStringLiteral("<= 1.05 x min"), last.apduCount <= 1.05 * last.minimumApdus},
        {QStringLiteral("APDUs until DG13 verified"), QStringLiteral("APDUs"), double(last.apdusAtDg13Verified), {}, {}, {}},
        {QStringLiteral("card present to DG13 verified"), QStringLiteral("ms"), dg13Ms, dg13Limit,
         QStringLiteral("<= 1.5 x limit"), dg13Ms <= 1.5 * dg13Limit},
        {QStringLiteral("full read"), QStringLiteral("ms"), fullMs, fullLimit, {}, {}},
        {QStringLiteral("our CPU time per full read"), QStringLiteral("ms"), median(cpu), {}, {}, {}},
    };
    bench::printTable(QStringLiteral("CCCD read through pcscd + vpcd + cccd-sim"), figures,
                      QStringLiteral("minimum / transport limit (APDUs x RTT)"));
    return 0;
}
