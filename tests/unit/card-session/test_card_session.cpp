// CardSession on its worker thread, with the simulated chip in place of PC/SC (the transport
// factory seam), observed through QSignalSpy.
#include "SessionTestCard.h"
#include "TestSupport.h"
#include "session/CardSession.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QSignalSpy>
#include <QThread>

using namespace motcua;
using namespace motcua::card;

namespace {

// The chip and its in-process transport, owned together by the session's read. The applet
// leaves the slow-chip latency to vpcd, so it is added here.
class SimulatedCardTransport final : public ApduTransport {
public:
    SimulatedCardTransport(const sim::CardImage &image, sim::SimFaults faults) : m_applet(image, std::move(faults)), m_transport(m_applet) {}
    Result<ResponseApdu> transmit(const CommandApdu &command) override
    {
        if (m_applet.faults().latencyMs > 0)
            QThread::msleep(ulong(m_applet.faults().latencyMs));
        return m_transport.transmit(command);
    }
    bool supportsExtendedLength() const override { return m_transport.supportsExtendedLength(); }
    int maxResponseLength() const override { return m_transport.maxResponseLength(); }
    int apduCount() const override { return m_transport.apduCount(); }

private:
    sim::Applet m_applet;
    sim::AppletTransport m_transport;
};

CardSession::TransportFactory simulated(const sim::CardImage &image, sim::SimFaults faults = {}, QString *askedReader = nullptr)
{
    return [image, faults, askedReader](const QString &reader) -> Result<std::unique_ptr<ApduTransport>> {
        if (askedReader)
            *askedReader = reader;
        return std::unique_ptr<ApduTransport>(std::make_unique<SimulatedCardTransport>(image, faults));
    };
}

// Signals arrive on the worker thread (direct to the spies); the spies are read once it is done.
bool waitUntilIdle(const CardSession &session, int timeoutMs = 20000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (session.isRunning() && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        QThread::msleep(2);
    }
    return !session.isRunning();
}

} // namespace

TEST_CASE("a session reads on its worker thread and signals progress, the form twice, then the result")
{
    const test::SessionCard &card = test::sharedCard();
    QString askedReader;
    CardSession session(card.trust, simulated(card.image, {}, &askedReader));
    QSignalSpy progress(&session, &CardSession::progress);
    QSignalSpy form(&session, &CardSession::formReady);
    QSignalSpy finished(&session, &CardSession::finished);
    QSignalSpy failed(&session, &CardSession::failed);

    CHECK_FALSE(session.start(QStringLiteral("Reader 0"))); // no access key yet
    auto key = AccessKey::fromId12(card.citizen.person.text(PersonKey::id12));
    REQUIRE(key.ok());
    session.setAccessKey(*key);
    REQUIRE(session.start(QStringLiteral("Reader 0")));
    CHECK_FALSE(session.start(QStringLiteral("Reader 0"))); // one read at a time
    REQUIRE(waitUntilIdle(session));

    CHECK(askedReader == QStringLiteral("Reader 0"));
    CHECK(failed.isEmpty());
    REQUIRE(finished.size() == 1);
    const auto result = finished.at(0).at(0).value<CardReadResult>();
    CHECK(result.identity.level == VerificationLevel::ChipVerified);
    CHECK(result.identity.person.text(PersonKey::fullName) == card.citizen.person.text(PersonKey::fullName));
    REQUIRE(form.size() == 2);
    CHECK(form.at(0).at(1).toBool() == false);
    CHECK(form.at(1).at(1).toBool() == true);
    CHECK(form.at(0).at(0).value<Person>().text(PersonKey::id12) == card.citizen.person.text(PersonKey::id12));
    REQUIRE_FALSE(progress.isEmpty());
    CHECK(progress.first().at(0).value<ReadProgress>().file == QStringLiteral("DG13"));
    CHECK(progress.last().at(0).value<ReadProgress>().file == QStringLiteral("DG2"));
}

TEST_CASE("a card pulled out during a session's read fails retryably; a wrong key does not")
{
    const test::SessionCard &card = test::sharedCard();
    sim::SimFaults removed;
    removed.removeAfterApdus = 15;
    CardSession session(card.trust, simulated(card.image, removed));
    QSignalSpy failed(&session, &CardSession::failed);
    QSignalSpy finished(&session, &CardSession::finished);
    session.setAccessKey(test::canKey(card.image));
    REQUIRE(session.start({}));
    REQUIRE(waitUntilIdle(session));
    CHECK(finished.isEmpty());
    REQUIRE(failed.size() == 1);
    CHECK(EmrtdReader::isCardRemoved(failed.at(0).at(0).value<Error>()));
    CHECK(failed.at(0).at(1).toBool() == true);

    sim::SimFaults refusing;
    refusing.wrongKeyAnswers = true;
    CardSession refused(card.trust, simulated(card.image, refusing));
    QSignalSpy refusedFailed(&refused, &CardSession::failed);
    refused.setAccessKey(test::canKey(card.image));
    REQUIRE(refused.start({}));
    REQUIRE(waitUntilIdle(refused));
    REQUIRE(refusedFailed.size() == 1);
    CHECK(refusedFailed.at(0).at(0).value<Error>().code == QStringLiteral("emrtd.access.denied"));
    CHECK(refusedFailed.at(0).at(1).toBool() == false);
}

TEST_CASE("cancel() ends a session's read with card.cancelled, and the session can read again")
{
    const test::SessionCard &card = test::sharedCard();
    sim::SimFaults slow;
    slow.latencyMs = 5; // a slow chip: the read takes long enough to be cancelled in flight
    CardSession session(card.trust, simulated(card.image, slow));
    QSignalSpy failed(&session, &CardSession::failed);
    QSignalSpy finished(&session, &CardSession::finished);
    session.setAccessKey(test::canKey(card.image));
    REQUIRE(session.start({}));
    session.cancel();
    REQUIRE(waitUntilIdle(session));
    CHECK(finished.isEmpty());
    REQUIRE(failed.size() == 1);
    CHECK(failed.at(0).at(0).value<Error>().code == SessionErrorCode::cancelled);

    session.setReadPhoto(false);
    REQUIRE(session.start({}));
    REQUIRE(waitUntilIdle(session));
    REQUIRE(finished.size() == 1);
    CHECK_FALSE(finished.at(0).at(0).value<CardReadResult>().files.contains(QStringLiteral("DG2")));
}

TEST_CASE("a reader that cannot be opened is reported through failed()")
{
    const test::SessionCard &card = test::sharedCard();
    CardSession session(card.trust, [](const QString &) -> Result<std::unique_ptr<ApduTransport>> {
        return Error{QStringLiteral("card.test.noTransport"), QStringLiteral("no transport")};
    });
    QSignalSpy failed(&session, &CardSession::failed);
    session.setAccessKey(test::canKey(card.image));
    REQUIRE(session.start({}));
    REQUIRE(waitUntilIdle(session));
    REQUIRE(failed.size() == 1);
    CHECK(failed.at(0).at(0).value<Error>().code == QStringLiteral("card.test.noTransport"));
    CHECK(failed.at(0).at(1).toBool() == false);
}
