// ScannerSettings in a real INI file: defaults, a round trip of every key, and invalid values
// replaced by their defaults with a message each.
#include "TestSupport.h"
#include "scanners/ScannerSettings.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace motcua::scanners;

TEST_CASE("an empty settings file gives the documented defaults and no problem")
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    const ScannerSettingsLoad loaded = ScannerSettings::load(settings);
    CHECK(loaded.problems.isEmpty());
    CHECK(loaded.settings.wedgeEnabled);
    CHECK(loaded.settings.wedge.maxKeyGapMs == 35);
    CHECK(loaded.settings.wedge.minimumLength == 8);
    CHECK_FALSE(loaded.settings.wedge.scanInModalDialogs);
    CHECK_FALSE(loaded.settings.serialEnabled);
    CHECK(loaded.settings.serial.baudRate == 9600);
    CHECK(loaded.settings.serial.dataBits == QSerialPort::Data8);
    CHECK(loaded.settings.serial.parity == QSerialPort::NoParity);
    CHECK(loaded.settings.serial.stopBits == QSerialPort::OneStop);
    CHECK(loaded.settings.serial.terminator == Terminator::Cr);
}

TEST_CASE("every scanner setting survives a save and a load")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.ini"));
    ScannerSettings values;
    values.wedgeEnabled = false;
    values.wedge = {50, 12, true};
    values.serialEnabled = true;
    values.serial.portName = QStringLiteral("/dev/serial/by-id/usb-Honeywell_Voyager-if00");
    values.serial.baudRate = 115200;
    values.serial.dataBits = QSerialPort::Data7;
    values.serial.parity = QSerialPort::EvenParity;
    values.serial.stopBits = QSerialPort::TwoStop;
    values.serial.terminator = Terminator::CrLf;
    values.serial.idleTimeoutMs = 250;
    {
        QSettings settings(path, QSettings::IniFormat);
        ScannerSettings::save(settings, values);
    }
    QSettings settings(path, QSettings::IniFormat);
    CHECK(settings.value(QStringLiteral("scanners/serialTerminator")).toString() == QStringLiteral("CRLF"));
    const ScannerSettingsLoad loaded = ScannerSettings::load(settings);
    CHECK(loaded.problems.isEmpty());
    const ScannerSettings &got = loaded.settings;
    CHECK_FALSE(got.wedgeEnabled);
    CHECK(got.wedge.maxKeyGapMs == 50);
    CHECK(got.wedge.minimumLength == 12);
    CHECK(got.wedge.scanInModalDialogs);
    CHECK(got.serialEnabled);
    CHECK(got.serial.portName == values.serial.portName);
    CHECK(got.serial.baudRate == 115200);
    CHECK(got.serial.dataBits == QSerialPort::Data7);
    CHECK(got.serial.parity == QSerialPort::EvenParity);
    CHECK(got.serial.stopBits == QSerialPort::TwoStop);
    CHECK(got.serial.terminator == Terminator::CrLf);
    CHECK(got.serial.idleTimeoutMs == 250);
}

TEST_CASE("invalid values take their defaults and each is named")
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    settings.setValue(QStringLiteral("scanners/wedgeMaxKeyGapMs"), QStringLiteral("fast"));
    settings.setValue(QStringLiteral("scanners/wedgeMinimumLength"), 0);
    settings.setValue(QStringLiteral("scanners/serialEnabled"), QStringLiteral("yes please"));
    settings.setValue(QStringLiteral("scanners/serialParity"), QStringLiteral("sometimes"));
    settings.setValue(QStringLiteral("scanners/serialTerminator"), QStringLiteral("TAB"));
    settings.setValue(QStringLiteral("scanners/serialBaudRate"), 12);
    settings.setValue(QStringLiteral("scanners/serialTerminator"), QStringLiteral("lf")); // case-insensitive: valid
    const ScannerSettingsLoad loaded = ScannerSettings::load(settings);
    CHECK(loaded.settings.wedge.maxKeyGapMs == 35);
    CHECK(loaded.settings.wedge.minimumLength == 8);
    CHECK_FALSE(loaded.settings.serialEnabled);
    CHECK(loaded.settings.serial.parity == QSerialPort::NoParity);
    CHECK(loaded.settings.serial.baudRate == 9600);
    CHECK(loaded.settings.serial.terminator == Terminator::Lf);
    REQUIRE(loaded.problems.size() == 5);
    CHECK(loaded.problems.join(QLatin1Char('\n')).contains(QStringLiteral("serialParity")));
}

TEST_CASE("a serial scanner switched on without a port is a problem")
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    settings.setValue(QStringLiteral("scanners/serialEnabled"), true);
    const ScannerSettingsLoad loaded = ScannerSettings::load(settings);
    CHECK(loaded.settings.serialEnabled);
    CHECK(loaded.problems.size() == 1);
}
