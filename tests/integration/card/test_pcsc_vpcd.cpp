// Through the real pcscd and vpcd: the fixture (scripts/card-services) runs pcscd and
// vpcd-test-card on "Virtual PCD 00 00"; tests that need their own card run vpcd-test-card on
// "Virtual PCD 00 01" (TCP 35964) with fault switches.
#include "CardTestSupport.h"
#include "TestSupport.h"
#include "pcsc/PcscCard.h"
#include "pcsc/PcscError.h"
#include "pcsc/PcscTransport.h"
#include "pcsc/ReaderMonitor.h"
#include "vpcd/SimCommandLine.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <condition_variable>
#include <mutex>

using namespace motcua;
using namespace motcua::card;

namespace {

const QString kReader0 = QStringLiteral("Virtual PCD 00 00");
const QString kReader1 = QStringLiteral("Virtual PCD 00 01");

std::shared_ptr<PcscContext> context()
{
    auto established = PcscContext::establish();
    REQUIRE(established.ok());
    return *established;
}

// A test card on reader 1, stopped (SIGTERM, as a clean removal) when the test ends.
class TestCard {
public:
    explicit TestCard(QStringList faults = {})
    {
        // Another test or the benchmark may have just stopped its card on this reader: make sure
        // pcscd has seen it go, or waitForCard would return that stale card.
        test::waitUntilCardAbsent(kReader1);
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(QStringLiteral(VPCD_TEST_CARD_EXE), QStringList{QStringLiteral("--port"), QStringLiteral("35964")} + faults);
        REQUIRE(m_process.waitForStarted());
    }
    ~TestCard() { remove(); }
    void remove()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        m_process.waitForFinished();
        test::waitUntilCardAbsent(kReader1);
    }

private:
    QProcess m_process;
};

// Records the monitor's signals (emitted on its worker thread) for the test thread.
struct MonitorLog {
    std::mutex mutex;
    std::condition_variable changed;
    QStringList events;

    void add(const QString &event)
    {
        {
            std::lock_guard lock(mutex);
            events.append(event);
        }
        changed.notify_all();
    }
    bool waitFor(const QString &event, int ms)
    {
        std::unique_lock lock(mutex);
        return changed.wait_for(lock, std::chrono::milliseconds(ms), [&] { return events.contains(event); });
    }
};

} // namespace

TEST_CASE("motcua-card readers lists the virtual reader with its card and ATR")
{
    QProcess tool;
    tool.start(QStringLiteral(MOTCUA_CARD_EXE), {QStringLiteral("readers"), QStringLiteral("--json")});
    REQUIRE(tool.waitForFinished(10000));
    CHECK(tool.exitCode() == 0);
    const QJsonArray readers = QJsonDocument::fromJson(tool.readAllStandardOutput()).object().value(QStringLiteral("readers")).toArray();
    bool found = false;
    for (const auto &value : readers) {
        const QJsonObject reader = value.toObject();
        if (reader.value(QStringLiteral("name")).toString() != kReader0)
            continue;
        found = true;
        CHECK(reader.value(QStringLiteral("cardPresent")).toBool());
        CHECK(reader.value(QStringLiteral("atr")).toString() == QString::fromLatin1(sim::simulatorAtr().toHex().toUpper()));
    }
    CHECK(found);
}

TEST_CASE("APDUs go through pcscd and vpcd, with 61xx and 6Cxx handled")
{
    auto ctx = context();
    REQUIRE(ctx->waitForCard(10000, kReader0).ok());
    auto card = PcscCard::connect(ctx, kReader0);
    REQUIRE(card.ok());
    CHECK(card->atr() == sim::simulatorAtr());
    auto transaction = PcscTransaction::begin(*card);
    REQUIRE(transaction.ok());
    PcscTransport transport(*card);
    CHECK(transport.supportsExtendedLength()); // announced by the simulator's ATR

    auto challenge = transport.transmit(CommandApdu::getChallenge(8));
    REQUIRE(challenge.ok());
    CHECK(challenge->isOk());
    CHECK(challenge->data().size() == 8);

    auto chained = transport.transmit(CommandApdu(0x00, 0xca, 0x00, 0x00, {}, 256)); // 6110, GET RESPONSE
    REQUIRE(chained.ok());
    CHECK(chained->isOk());
    CHECK(chained->data().size() == 16);

    auto resent = transport.transmit(CommandApdu(0x00, 0xcb, 0x00, 0x00, {}, 32)); // 6C08, resend
    REQUIRE(resent.ok());
    CHECK(resent->isOk());
    CHECK(resent->data().size() == 8);

    auto longRead = transport.transmit(CommandApdu::readBinary(0, 4096)); // extended Le through vpcd
    REQUIRE(longRead.ok());
    CHECK(longRead->data().size() == 4096);
    CHECK(transport.apduCount() == 6);
}

TEST_CASE("a card pulled out after N APDUs gives the typed card-removed error")
{
    TestCard testCard({QStringLiteral("--remove-after"), QStringLiteral("3")});
    auto ctx = context();
    REQUIRE(ctx->waitForCard(10000, kReader1).ok());
    auto card = PcscCard::connect(ctx, kReader1);
    REQUIRE(card.ok());
    PcscTransport transport(*card);
    for (int i = 0; i < 3; ++i) {
        auto response = transport.transmit(CommandApdu::getChallenge(8));
        INFO("APDU " << i + 1 << ": " << (response.ok() ? std::string() : response.error().toString().toStdString()));
        REQUIRE(response.ok());
        CHECK(response->isOk());
    }
    auto removed = transport.transmit(CommandApdu::getChallenge(8));
    REQUIRE_FALSE(removed.ok());
    INFO(removed.error().detail.toStdString());
    CHECK(pcscErrorKind(removed.error()) == PcscErrorKind::CardRemoved);
    CHECK(pcscErrorClass(removed.error()) == PcscErrorClass::Retryable);
    CHECK(removed.error().detail.startsWith(QStringLiteral("SCardTransmit: ")));
}

TEST_CASE("ReaderMonitor sees the card inserted and removed, and stops promptly")
{
    MonitorLog log;
    ReaderMonitor monitor;
    QObject::connect(&monitor, &ReaderMonitor::readerAdded, &monitor, [&](const QString &r) { log.add(QStringLiteral("added ") + r); }, Qt::DirectConnection);
    QObject::connect(&monitor, &ReaderMonitor::cardInserted, &monitor, [&](const QString &r, const QByteArray &atr) {
        log.add(QStringLiteral("inserted ") + r + QLatin1Char(' ') + QString::fromLatin1(atr.toHex()));
    }, Qt::DirectConnection);
    QObject::connect(&monitor, &ReaderMonitor::cardRemoved, &monitor, [&](const QString &r) { log.add(QStringLiteral("removed ") + r); }, Qt::DirectConnection);
    monitor.start();

    // The fixture's card is already there: reported at start.
    CHECK(log.waitFor(QStringLiteral("added ") + kReader1, 5000));
    CHECK(log.waitFor(QStringLiteral("inserted ") + kReader0 + QLatin1Char(' ') + QString::fromLatin1(sim::simulatorAtr().toHex()), 5000));

    const QString inserted = QStringLiteral("inserted ") + kReader1 + QLatin1Char(' ') + QString::fromLatin1(sim::simulatorAtr().toHex());
    {
        TestCard testCard;
        CHECK(log.waitFor(inserted, 10000));
        testCard.remove();
        CHECK(log.waitFor(QStringLiteral("removed ") + kReader1, 10000));
    }

    QElapsedTimer stopping;
    stopping.start();
    monitor.stop();
    CHECK(stopping.elapsed() < 1000);
    CHECK_FALSE(monitor.isRunning());
}
