// SerialScanner on a real pseudo-terminal: QSerialPort opens the /dev/pts/N slave as it opens a
// scanner's /dev/ttyACM0, and the test writes the scanner's bytes on the master side in pieces.
// Closing the master is the scanner vanishing (USB unplug); a symlink stands for the stable
// /dev/serial/by-id name, re-pointed to a new pty when the "scanner" comes back.
#include "TestSupport.h"
#include "scanners/SerialScanner.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>

using namespace motcua::scanners;

namespace {

class PseudoTerminal {
public:
    PseudoTerminal()
    {
        m_master = posix_openpt(O_RDWR | O_NOCTTY);
        if (m_master >= 0 && grantpt(m_master) == 0 && unlockpt(m_master) == 0)
            m_slave = QString::fromLocal8Bit(ptsname(m_master));
    }
    ~PseudoTerminal() { closeMaster(); }
    PseudoTerminal(const PseudoTerminal &) = delete;
    PseudoTerminal &operator=(const PseudoTerminal &) = delete;

    bool ok() const { return m_master >= 0 && !m_slave.isEmpty(); }
    QString slavePath() const { return m_slave; }
    bool write(const QByteArray &bytes) const
    {
        return ::write(m_master, bytes.constData(), size_t(bytes.size())) == bytes.size();
    }
    void closeMaster()
    {
        if (m_master >= 0)
            ::close(m_master);
        m_master = -1;
    }

private:
    int m_master = -1;
    QString m_slave;
};

SerialSettings settingsFor(const QString &port, Terminator terminator = Terminator::Cr)
{
    SerialSettings settings;
    settings.portName = port;
    settings.terminator = terminator;
    settings.reopenIntervalMs = 100;
    settings.idleTimeoutMs = 60;
    settings.incompleteCodeTimeoutMs = 200;
    return settings;
}

QStringList texts(const QSignalSpy &spy)
{
    QStringList out;
    for (const QList<QVariant> &args : spy)
        out.append(args.at(0).toString());
    return out;
}

bool waitForState(const SerialScanner &scanner, SerialScanner::State state, int timeoutMs = 3000)
{
    return QTest::qWaitFor([&] { return scanner.state() == state; }, timeoutMs);
}

const QString kCccd = QStringLiteral("034095001234|151234567|Nguyễn Văn A|01011995|Nam|Thôn Đông, Thái Bình|10042021");

} // namespace

TEST_CASE("codes written in pieces, cut inside a UTF-8 letter, come out whole with their accents")
{
    PseudoTerminal pty;
    REQUIRE(pty.ok());
    SerialScanner scanner;
    QSignalSpy scans(&scanner, &SerialScanner::scanned);
    scanner.setSettings(settingsFor(pty.slavePath()));
    scanner.start();
    REQUIRE(scanner.state() == SerialScanner::State::Open);
    CHECK(scanner.stateMessage().contains(pty.slavePath()));

    const QByteArray utf8 = kCccd.toUtf8();
    const qsizetype cut = utf8.indexOf("\xe1\xbb\x85") + 1; // inside "ễ"
    REQUIRE(pty.write(utf8.left(cut)));
    QTest::qWait(30);
    REQUIRE(pty.write(utf8.mid(cut, 20)));
    QTest::qWait(30);
    REQUIRE(pty.write(utf8.mid(cut + 20) + "\r000.00.31.H29-261204-0007\r"));
    REQUIRE(QTest::qWaitFor([&] { return scans.size() == 2; }, 2000));
    CHECK(texts(scans) == QStringList{kCccd, QStringLiteral("000.00.31.H29-261204-0007")});
}

TEST_CASE("each terminator setting on a real port")
{
    PseudoTerminal pty;
    REQUIRE(pty.ok());
    SerialScanner scanner;
    QSignalSpy scans(&scanner, &SerialScanner::scanned);

    SECTION("LF")
    {
        scanner.setSettings(settingsFor(pty.slavePath(), Terminator::Lf));
        scanner.start();
        REQUIRE(pty.write("A1\nB2\n"));
    }
    SECTION("CRLF")
    {
        scanner.setSettings(settingsFor(pty.slavePath(), Terminator::CrLf));
        scanner.start();
        REQUIRE(pty.write("A1\r"));
        QTest::qWait(20);
        REQUIRE(pty.write("\nB2\r\n"));
    }
    SECTION("none: the line going idle ends a code")
    {
        scanner.setSettings(settingsFor(pty.slavePath(), Terminator::None));
        scanner.start();
        REQUIRE(pty.write("A1"));
        QTest::qWait(200); // > idleTimeoutMs
        REQUIRE(pty.write("B2"));
    }
    REQUIRE(QTest::qWaitFor([&] { return scans.size() == 2; }, 2000));
    CHECK(texts(scans) == QStringList{QStringLiteral("A1"), QStringLiteral("B2")});
}

TEST_CASE("garbage without a terminator is dropped and reported, later codes still arrive")
{
    PseudoTerminal pty;
    REQUIRE(pty.ok());
    SerialScanner scanner;
    QSignalSpy scans(&scanner, &SerialScanner::scanned);
    QSignalSpy dropped(&scanner, &SerialScanner::dataDropped);
    SerialSettings settings = settingsFor(pty.slavePath());
    settings.maxCodeBytes = 256;
    scanner.setSettings(settings);
    scanner.start();

    for (int i = 0; i < 20; ++i) {
        REQUIRE(pty.write(QByteArray(100, '\x55')));
        QTest::qWait(2);
    }
    REQUIRE(pty.write("\rGOOD\r"));
    REQUIRE(QTest::qWaitFor([&] { return scans.size() == 1; }, 2000));
    CHECK(texts(scans) == QStringList{QStringLiteral("GOOD")});
    qint64 total = 0;
    for (const QList<QVariant> &args : dropped)
        total += args.at(0).toLongLong();
    CHECK(total == 2000);
    // One garbage run is not one report per read.
    REQUIRE_FALSE(dropped.isEmpty());
    CHECK(dropped.size() <= 3);
    CHECK(dropped.last().at(1).toString().contains(QStringLiteral("baud rate")));

    // An incomplete code is dropped after the timeout and does not prefix the next one.
    REQUIRE(pty.write("HALF"));
    REQUIRE(QTest::qWaitFor([&] { return dropped.last().at(0).toLongLong() == 4; }, 2000));
    REQUIRE(pty.write("NEXT\r"));
    REQUIRE(QTest::qWaitFor([&] { return scans.size() == 2; }, 2000));
    CHECK(scans.last().at(0).toString() == QStringLiteral("NEXT"));
}

TEST_CASE("a scanner that vanishes is reported and comes back by itself through its stable name")
{
    QTemporaryDir dir;
    const QString stableName = dir.filePath(QStringLiteral("usb-Scanner_Model_1234-if00"));
    auto first = std::make_unique<PseudoTerminal>();
    REQUIRE(first->ok());
    REQUIRE(QFile::link(first->slavePath(), stableName));

    SerialScanner scanner;
    QSignalSpy scans(&scanner, &SerialScanner::scanned);
    QSignalSpy states(&scanner, &SerialScanner::stateChanged);
    scanner.setSettings(settingsFor(stableName));
    scanner.start();
    REQUIRE(scanner.state() == SerialScanner::State::Open);
    REQUIRE(first->write("BEFORE\r"));
    REQUIRE(QTest::qWaitFor([&] { return scans.size() == 1; }, 2000));

    // Unplugged: the device goes and udev removes its by-id link (which also keeps this test
    // from reaching another test's pty when the kernel hands the /dev/pts number out again).
    first->closeMaster();
    REQUIRE(QFile::remove(stableName));
    REQUIRE(waitForState(scanner, SerialScanner::State::Disconnected));
    REQUIRE(scanner.lastError().has_value());
    CHECK(scanner.lastError()->code == QStringLiteral("scanner.serial.disconnected"));
    CHECK(scanner.stateMessage().contains(QStringLiteral("reconnects")));
    // Retrying while it is away keeps saying "disconnected", not "not found".
    QTest::qWait(350);
    CHECK(scanner.state() == SerialScanner::State::Disconnected);

    PseudoTerminal second; // plugged back in, under another /dev/pts number
    REQUIRE(second.ok());
    REQUIRE(QFile::link(second.slavePath(), stableName));
    REQUIRE(waitForState(scanner, SerialScanner::State::Open));
    CHECK_FALSE(scanner.lastError().has_value());
    REQUIRE(second.write("AFTER\r"));
    REQUIRE(QTest::qWaitFor([&] { return scans.size() == 2; }, 2000));
    CHECK(texts(scans) == QStringList{QStringLiteral("BEFORE"), QStringLiteral("AFTER")});

    QList<SerialScanner::State> seen;
    for (const QList<QVariant> &args : states)
        seen.append(args.at(0).value<SerialScanner::State>());
    CHECK(seen == QList<SerialScanner::State>{SerialScanner::State::Open, SerialScanner::State::Disconnected,
                                              SerialScanner::State::Open});
}

TEST_CASE("a port that is not there yet is found when the scanner is plugged in")
{
    QTemporaryDir dir;
    const QString stableName = dir.filePath(QStringLiteral("usb-Scanner-if00"));
    SerialScanner scanner;
    scanner.setSettings(settingsFor(stableName));
    scanner.start();
    CHECK(scanner.state() == SerialScanner::State::NotFound);
    REQUIRE(scanner.lastError().has_value());
    CHECK(scanner.lastError()->code == QStringLiteral("scanner.serial.notFound"));
    CHECK(scanner.stateMessage().contains(stableName));

    PseudoTerminal pty;
    REQUIRE(pty.ok());
    REQUIRE(QFile::link(pty.slavePath(), stableName));
    REQUIRE(waitForState(scanner, SerialScanner::State::Open));
}

TEST_CASE("a port another program holds is access denied, with the dialout hint")
{
    PseudoTerminal pty;
    REQUIRE(pty.ok());
    QSerialPort otherProgram(pty.slavePath());
    REQUIRE(otherProgram.open(QIODevice::ReadOnly));

    SerialScanner scanner;
    scanner.setSettings(settingsFor(pty.slavePath()));
    scanner.start();
    CHECK(scanner.state() == SerialScanner::State::AccessDenied);
    CHECK(scanner.stateMessage().contains(QStringLiteral("dialout")));

    otherProgram.close(); // the other program quits: the retry takes the port
    REQUIRE(waitForState(scanner, SerialScanner::State::Open));
}

TEST_CASE("no port chosen, and stop()")
{
    SerialScanner scanner;
    QSignalSpy states(&scanner, &SerialScanner::stateChanged);
    scanner.start();
    CHECK(scanner.state() == SerialScanner::State::Failed);
    CHECK(scanner.lastError()->code == QStringLiteral("scanner.serial.noPort"));
    scanner.stop();
    CHECK(scanner.state() == SerialScanner::State::Stopped);
    CHECK(states.size() == 2);
}

TEST_CASE("the settings page's port list and labels")
{
    // Pseudo-terminals are not serial ports to QSerialPortInfo; whatever the machine has is listed.
    const QList<SerialPortChoice> ports = SerialScanner::availablePorts();
    for (const SerialPortChoice &port : ports) {
        CHECK_FALSE(port.systemLocation.isEmpty());
        CHECK(port.label().startsWith(port.portName));
    }
    SerialPortChoice choice;
    choice.portName = QStringLiteral("ttyACM0");
    choice.systemLocation = QStringLiteral("/dev/ttyACM0");
    choice.description = QStringLiteral("Voyager 1450g");
    choice.vendorId = 0x0c2e;
    choice.productId = 0x0b61;
    CHECK(choice.label() == QStringLiteral("ttyACM0 \u2014 Voyager 1450g (0c2e:0b61)"));
    CHECK(choice.preferredName() == QStringLiteral("/dev/ttyACM0"));
    choice.stablePath = QStringLiteral("/dev/serial/by-id/usb-Honeywell_Voyager_1450g-if00");
    CHECK(choice.preferredName() == choice.stablePath);
}
