#pragma once
// The handheld scanners' settings, kept in the QSettings group "scanners":
//   wedgeEnabled (true)        recognise keyboard-wedge bursts anywhere in the app
//   wedgeMaxKeyGapMs (35)      5..500: key presses closer than this are a scanner
//   wedgeMinimumLength (8)     1..4096: characters before Enter for a burst to be a scan
//   wedgeScanInModalDialogs (false)
//   serialEnabled (false)      read a USB CDC (virtual COM) scanner
//   serialPort ("")            ttyACM0, /dev/ttyACM0 or /dev/serial/by-id/usb-...
//   serialBaudRate (9600)      1200..4000000
//   serialDataBits (8)         5..8
//   serialParity ("none")      none, even, odd, space, mark
//   serialStopBits (1)         1 or 2
//   serialTerminator ("CR")    CR, LF, CRLF or none
//   serialIdleTimeoutMs (100)  10..5000: with terminator none, a code ends after this silence
// A value that is missing takes the default; one that is invalid too, and load() says so.
#include "scanners/KeyboardWedgeScanner.h"
#include "scanners/SerialScanner.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStringList>

namespace motcua::scanners {

struct ScannerSettingsLoad;

struct ScannerSettings {
    bool wedgeEnabled = true;
    KeyboardWedgeScanner::Options wedge;
    bool serialEnabled = false;
    SerialSettings serial;

    // Reads the group "scanners" of `settings`.
    static ScannerSettingsLoad load(QSettings &settings);
    // Writes every key of the group "scanners".
    static void save(QSettings &settings, const ScannerSettings &values);

    static QString terminatorName(Terminator terminator); // "CR", "LF", "CRLF", "none"
    static std::optional<Terminator> terminatorFromName(const QString &name);

    Q_DECLARE_TR_FUNCTIONS(ScannerSettings)
};

struct ScannerSettingsLoad {
    ScannerSettings settings;
    QStringList problems; // one translated line per invalid value (replaced by its default)
};

} // namespace motcua::scanners
