// `motcua-card read` against cccd-sim through the real pcscd and vpcd, one scenario per fault
// switch. The fixture (scripts/card-services) runs pcscd with a trivial card on reader 0; each test
// serves its own simulated CCCD on reader 1 ("Virtual PCD 00 01", TCP 35964). The PKIs and the
// citizen come from the card-read-data fixture (cccd-sim make-pki / make-citizen, at test time).
#include "CardTestSupport.h"
#include "TestSupport.h"
#include "pcsc/PcscContext.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QThread>

#include <optional>

using namespace motcua;

namespace {

const QString kReader1 = QStringLiteral("Virtual PCD 00 01");

QString dataPath(const QString &name)
{
    return QDir(QStringLiteral(CARD_READ_DATA_DIR)).filePath(name);
}

QJsonObject citizenJson()
{
    QFile file(dataPath(QStringLiteral("citizen.json")));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QJsonDocument::fromJson(file.readAll()).object();
}

void waitUntilCardAbsent()
{
    test::waitUntilCardAbsent(kReader1);
}

// A simulated CCCD on reader 1 for the duration of a test; its access keys come from
// --print-keys (a synthetic citizen's). Stopped with SIGTERM (a clean removal).
class SimulatedCard {
public:
    explicit SimulatedCard(QStringList extra = {}, const QString &pki = QStringLiteral("pki"))
    {
        waitUntilCardAbsent(); // a card just stopped by another test or the benchmark
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.setReadChannel(QProcess::StandardOutput);
        const QStringList args = QStringList{QStringLiteral("serve"), QStringLiteral("--pki"), dataPath(pki),
                                             QStringLiteral("--citizen"), dataPath(QStringLiteral("citizen.json")),
                                             QStringLiteral("--port"), QStringLiteral("35964"), QStringLiteral("--print-keys")}
                                 + extra;
        m_process.start(QStringLiteral(CCCD_SIM_EXE), args);
        REQUIRE(m_process.waitForStarted());
        while (!m_keys.contains(QStringLiteral("DOCUMENT_NUMBER"))) {
            if (!m_process.canReadLine() && !m_process.waitForReadyRead(15000))
                FAIL("cccd-sim printed no keys: " << QString::fromUtf8(m_process.readAllStandardError()));
            while (m_process.canReadLine()) {
                const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
                const qsizetype eq = line.indexOf(QLatin1Char('='));
                if (eq > 0)
                    m_keys.insert(line.left(eq), line.mid(eq + 1));
            }
        }
        QProcess wait;
        wait.start(QStringLiteral(MOTCUA_CARD_EXE),
                   {QStringLiteral("wait"), QStringLiteral("--reader"), kReader1, QStringLiteral("--timeout"), QStringLiteral("15")});
        REQUIRE(wait.waitForFinished(20000));
        REQUIRE(wait.exitCode() == 0);
    }
    ~SimulatedCard()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(5000))
                m_process.kill();
            m_process.waitForFinished();
        }
        waitUntilCardAbsent();
    }
    QString key(const QString &name) const { return m_keys.value(name); }
    QString id() const { return key(QStringLiteral("ID")); }

private:
    QProcess m_process;
    QMap<QString, QString> m_keys;
};

struct ReadOutcome {
    int exitCode = -1;
    QJsonObject json;
    QString errors;
    qint64 elapsedMs = 0;
};

ReadOutcome readCard(QStringList access, const QString &csca = QStringLiteral("pki/csca.pem"))
{
    QProcess tool;
    QElapsedTimer timer;
    timer.start();
    tool.start(QStringLiteral(MOTCUA_CARD_EXE), QStringList{QStringLiteral("read"), QStringLiteral("--reader"), kReader1}
                                                    + access
                                                    + QStringList{QStringLiteral("--csca"), dataPath(csca), QStringLiteral("--json")});
    REQUIRE(tool.waitForStarted());
    REQUIRE(tool.waitForFinished(30000));
    ReadOutcome outcome;
    outcome.elapsedMs = timer.elapsed();
    outcome.exitCode = tool.exitStatus() == QProcess::NormalExit ? tool.exitCode() : -1;
    outcome.json = QJsonDocument::fromJson(tool.readAllStandardOutput()).object();
    outcome.errors = QString::fromUtf8(tool.readAllStandardError());
    return outcome;
}

QStringList byId(const SimulatedCard &card)
{
    return {QStringLiteral("--id"), card.id()};
}

QString level(const ReadOutcome &outcome)
{
    return outcome.json.value(QStringLiteral("verification")).toObject().value(QStringLiteral("level")).toString();
}

QStringList mismatchedFiles(const ReadOutcome &outcome)
{
    QStringList files;
    const auto pa = outcome.json.value(QStringLiteral("verification")).toObject().value(QStringLiteral("passiveAuthentication")).toObject();
    for (const auto &file : pa.value(QStringLiteral("mismatchedFiles")).toArray())
        files.append(file.toString());
    return files;
}

int reasonCount(const ReadOutcome &outcome)
{
    return int(outcome.json.value(QStringLiteral("verification")).toObject().value(QStringLiteral("reasons")).toArray().size());
}

void requireVerified(const ReadOutcome &outcome)
{
    INFO(outcome.errors.toStdString());
    REQUIRE(outcome.exitCode == 0);
    CHECK(level(outcome) == QStringLiteral("chipVerified"));
    CHECK(mismatchedFiles(outcome).isEmpty());
}

void requireNotVerified(const ReadOutcome &outcome)
{
    INFO(outcome.errors.toStdString());
    REQUIRE(outcome.exitCode == 2);
    CHECK(level(outcome) == QStringLiteral("chipUnverified"));
    CHECK(reasonCount(outcome) > 0);
}

} // namespace

TEST_CASE("a simulated card reads and verifies through pcscd, DG13 equal to the citizen's data")
{
    SimulatedCard card;
    const ReadOutcome outcome = readCard(byId(card));
    requireVerified(outcome);

    // The fields DG13 carries (cccd.md), as the citizen file gave them to the simulator.
    const QJsonObject citizen = citizenJson();
    const QJsonObject identity = outcome.json.value(QStringLiteral("identity")).toObject();
    const QStringList dg13Keys{QStringLiteral("id12"), QStringLiteral("fullName"), QStringLiteral("dateOfBirth"),
                               QStringLiteral("sex"), QStringLiteral("nationality"), QStringLiteral("ethnicity"),
                               QStringLiteral("religion"), QStringLiteral("placeOfOrigin"), QStringLiteral("permanentResidence"),
                               QStringLiteral("identifyingMarks"), QStringLiteral("idIssueDate"), QStringLiteral("fatherName"),
                               QStringLiteral("motherName")};
    int compared = 0;
    for (const QString &key : dg13Keys) {
        if (!citizen.contains(key))
            continue;
        INFO(key.toStdString());
        CHECK(identity.value(key).toObject().value(QStringLiteral("value")).toString() == citizen.value(key).toString());
        ++compared;
    }
    CHECK(compared >= 8);
    CHECK(outcome.json.value(QStringLiteral("apduCount")).toInt() > 0);
}

TEST_CASE("a card without PACE is read through BAC with the MRZ key")
{
    SimulatedCard card({QStringLiteral("--no-pace")});
    const QString mrzKey = card.key(QStringLiteral("MRZ_KEY"));
    REQUIRE(mrzKey.size() == 24);
    requireVerified(readCard({QStringLiteral("--mrz-key"), mrzKey}));
}

TEST_CASE("a refused key exits 3, three times in a row, each promptly")
{
    SimulatedCard card({QStringLiteral("--wrong-key")});
    for (int attempt = 0; attempt < 3; ++attempt) {
        const ReadOutcome outcome = readCard(byId(card));
        INFO("attempt " << attempt << ": " << outcome.errors.toStdString());
        CHECK(outcome.exitCode == 3);
        CHECK(outcome.elapsedMs < 5000);
    }
}

TEST_CASE("a card pulled out mid-read exits 5")
{
    SimulatedCard card({QStringLiteral("--remove-after"), QStringLiteral("12")});
    const ReadOutcome outcome = readCard(byId(card));
    INFO(outcome.errors.toStdString());
    CHECK(outcome.exitCode == 5);
}

TEST_CASE("a tampered DG13 is read but not verified, and named")
{
    SimulatedCard card({QStringLiteral("--tamper"), QStringLiteral("DG13")});
    const ReadOutcome outcome = readCard(byId(card));
    requireNotVerified(outcome);
    CHECK(mismatchedFiles(outcome).contains(QStringLiteral("DG13")));
}

TEST_CASE("a document signer under an untrusted CSCA is read but not verified")
{
    SimulatedCard card;
    requireNotVerified(readCard(byId(card), QStringLiteral("pki-other/csca.pem")));
}

TEST_CASE("an expired document signer is read but not verified")
{
    SimulatedCard card({}, QStringLiteral("pki-expired"));
    const ReadOutcome outcome = readCard(byId(card), QStringLiteral("pki-expired/csca.pem"));
    requireNotVerified(outcome);
    CHECK(mismatchedFiles(outcome).isEmpty());
}

TEST_CASE("a bad response MAC ends the session with an error (exit 1)")
{
    SimulatedCard card({QStringLiteral("--bad-mac")});
    const ReadOutcome outcome = readCard(byId(card));
    INFO(outcome.errors.toStdString());
    CHECK(outcome.exitCode == 1);
    CHECK(level(outcome) != QStringLiteral("chipVerified"));
}

TEST_CASE("a 64-byte maximum response still reads and verifies, in more APDUs")
{
    SimulatedCard card({QStringLiteral("--max-response"), QStringLiteral("64")});
    const ReadOutcome outcome = readCard(byId(card));
    requireVerified(outcome);
    // Every response carries at most 64 bytes of file data.
    const int bytesRead = outcome.json.value(QStringLiteral("bytesRead")).toInt();
    CHECK(bytesRead > 1000);
    CHECK(outcome.json.value(QStringLiteral("apduCount")).toInt() >= bytesRead / 64);
}

TEST_CASE("a slow chip (20 ms per APDU) still reads and verifies")
{
    SimulatedCard card({QStringLiteral("--latency"), QStringLiteral("20")});
    const ReadOutcome outcome = readCard(byId(card));
    requireVerified(outcome);
    // The latency is real: every APDU waited for it.
    CHECK(outcome.elapsedMs >= 20 * outcome.json.value(QStringLiteral("apduCount")).toInt());
}

TEST_CASE("no card in the reader exits 4")
{
    waitUntilCardAbsent();
    const ReadOutcome outcome = readCard({QStringLiteral("--id"), QStringLiteral("001099012345")});
    INFO(outcome.errors.toStdString());
    CHECK(outcome.exitCode == 4);
}
