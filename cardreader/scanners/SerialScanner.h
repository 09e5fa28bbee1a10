#pragma once
// Serial scanners: a handheld scanner in USB CDC ("virtual COM") mode shows up as /dev/ttyACM*
// and sends each code followed by a suffix (CR, LF or CRLF; some send none). SerialScanner
// reads it with Qt Serial Port, cuts codes with SerialFramer, decodes them as UTF-8 (so a
// scanner set to send UTF-8 keeps the Vietnamese accents a keyboard wedge loses) and emits
// scanned(text). It keeps trying to open the port every few seconds, so a scanner plugged in
// late, unplugged or replugged comes back by itself, and it tells the clerk what is wrong in
// plain words (port not found, no permission, disconnected).
#include "common/Result.h"
#include "scanners/SerialFramer.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSerialPort>
#include <QString>
#include <QTimer>

#include <memory>
#include <optional>

namespace motcua::scanners {

struct SerialSettings {
    // "ttyACM0", "/dev/ttyACM0", or (better: it survives replugging into another USB socket)
    // the stable "/dev/serial/by-id/usb-..." link SerialPortChoice::preferredName() gives.
    QString portName;
    qint32 baudRate = 9600;
    QSerialPort::DataBits dataBits = QSerialPort::Data8;
    QSerialPort::Parity parity = QSerialPort::NoParity;
    QSerialPort::StopBits stopBits = QSerialPort::OneStop;
    Terminator terminator = Terminator::Cr;
    // Terminator::None: a code ends after this long without a byte.
    int idleTimeoutMs = 100;
    // With a terminator: a code still incomplete after this long without a byte is dropped (a
    // scanner whose suffix is set differently, line noise), so it cannot prefix the next scan.
    int incompleteCodeTimeoutMs = 1000;
    int reopenIntervalMs = 3000;
    qsizetype maxCodeBytes = SerialFramer::kDefaultMaxCodeBytes;
};

// A port for the settings page.
struct SerialPortChoice {
    QString portName;       // ttyACM0
    QString systemLocation; // /dev/ttyACM0
    QString stablePath;     // /dev/serial/by-id/usb-Vendor_Model_Serial-if00, when udev made one
    QString description;    // from USB: product name
    QString manufacturer;
    std::optional<quint16> vendorId;
    std::optional<quint16> productId;

    QString preferredName() const { return stablePath.isEmpty() ? systemLocation : stablePath; }
    // One line for a list: "ttyACM0 — Honeywell Voyager 1450g (0c2e:0b61)".
    QString label() const;
};

class SerialScanner : public QObject {
    Q_OBJECT
public:
    enum class State {
        Stopped,      // not started
        Open,         // reading
        NotFound,     // no such port (yet): retrying
        AccessDenied, // no permission or another program has it: retrying
        Disconnected, // it was open and vanished (unplugged): retrying
        Failed,       // another error (no port chosen, unsupported setting)
    };
    Q_ENUM(State)

    explicit SerialScanner(QObject *parent = nullptr);
    ~SerialScanner() override;

    SerialSettings settings() const { return m_settings; }
    // Takes effect at once: a running scanner reopens its port with the new settings.
    void setSettings(const SerialSettings &settings);

    // Opens the port, and keeps trying every reopenIntervalMs while it cannot.
    void start();
    void stop();

    State state() const { return m_state; }
    QString stateMessage() const { return m_message; }
    // What went wrong last (none while Open or Stopped): a clerk message and a log detail.
    std::optional<Error> lastError() const { return m_error; }

    // Serial ports present now, for the settings page. Pseudo-terminals are not listed.
    static QList<SerialPortChoice> availablePorts();

Q_SIGNALS:
    // One whole code, UTF-8 decoded, without its terminator. Personal data: never log it.
    void scanned(const QString &text);
    void stateChanged(motcua::scanners::SerialScanner::State state, const QString &message);
    // Bytes that were not part of a whole code were dropped; `message` is for the clerk. Sent
    // when such a run ends, and at most once a second while it lasts.
    void dataDropped(qint64 bytes, const QString &message);

private:
    void tryOpen();
    void closePort();
    void onReadyRead();
    void onPortError(QSerialPort::SerialPortError error);
    void onIdle();
    void deliver(const QList<QByteArray> &codes);
    void reportDropped(bool force = true);
    void setState(State state, std::optional<Error> error);
    void scheduleReopen();

    SerialSettings m_settings;
    SerialFramer m_framer;
    std::unique_ptr<QSerialPort> m_port;
    bool m_running = false;
    State m_state = State::Stopped;
    QString m_message;
    std::optional<Error> m_error;
    QTimer m_reopenTimer;
    QTimer m_idleTimer;
    QElapsedTimer m_sinceDropReport; // a stream of garbage is reported once a second, not per read
};

} // namespace motcua::scanners
