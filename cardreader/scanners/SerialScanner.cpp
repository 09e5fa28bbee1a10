#include "scanners/SerialScanner.h"

#include "scanners/ScannersLogging.h"

#include <QStringDecoder>

#include <limits>

namespace motcua::scanners {

namespace {

Error portError(const char *code, const QString &message, const QString &detail)
{
    return Error{QString::fromLatin1(code), message, detail};
}

} // namespace

SerialScanner::SerialScanner(QObject *parent) : QObject(parent)
{
    m_reopenTimer.setSingleShot(true);
    connect(&m_reopenTimer, &QTimer::timeout, this, &SerialScanner::tryOpen);
    m_idleTimer.setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, this, &SerialScanner::onIdle);
    m_message = tr("The serial scanner is off.");
}

SerialScanner::~SerialScanner()
{
    m_running = false;
    closePort();
}

void SerialScanner::setSettings(const SerialSettings &settings)
{
    m_settings = settings;
    if (m_running) {
        closePort();
        tryOpen();
    }
}

void SerialScanner::start()
{
    m_running = true;
    if (!m_port)
        tryOpen();
}

void SerialScanner::stop()
{
    m_running = false;
    m_reopenTimer.stop();
    closePort();
    setState(State::Stopped, std::nullopt);
}

void SerialScanner::tryOpen()
{
    m_reopenTimer.stop();
    if (!m_running)
        return;
    closePort();
    const QString name = m_settings.portName;
    if (name.isEmpty()) {
        // Nothing to retry: the settings must change first.
        setState(State::Failed, portError("scanner.serial.noPort",
                                          tr("No port is chosen for the serial scanner. Choose one in the scanner settings."),
                                          QStringLiteral("empty port name")));
        return;
    }
    m_framer = SerialFramer(m_settings.terminator, m_settings.maxCodeBytes);
    auto port = std::make_unique<QSerialPort>();
    port->setPortName(name);
    port->setBaudRate(m_settings.baudRate);
    port->setDataBits(m_settings.dataBits);
    port->setParity(m_settings.parity);
    port->setStopBits(m_settings.stopBits);
    port->setFlowControl(QSerialPort::NoFlowControl);
    if (!port->open(QIODevice::ReadOnly)) {
        const QString detail = QStringLiteral("open %1: %2 (%3)").arg(name, port->errorString()).arg(int(port->error()));
        switch (port->error()) {
        case QSerialPort::DeviceNotFoundError:
            if (m_state == State::Disconnected)
                break; // still unplugged: keep saying so (it reconnects by itself)
            setState(State::NotFound,
                     portError("scanner.serial.notFound",
                               tr("The scanner port %1 was not found. Plug the scanner in and set it to USB serial "
                                  "(virtual COM) mode; it connects by itself.").arg(name),
                               detail));
            break;
        case QSerialPort::PermissionError:
            setState(State::AccessDenied,
                     portError("scanner.serial.accessDenied",
                               tr("The scanner port %1 cannot be opened: this computer user has no permission, or "
                                  "another program is using it. Ask IT to add the user to the \"dialout\" group (then "
                                  "log out and in again), or close the other program.").arg(name),
                               detail));
            break;
        default:
            setState(State::Failed,
                     portError("scanner.serial.openFailed",
                               tr("The scanner port %1 could not be opened. Check the port and its speed in the "
                                  "scanner settings.").arg(name),
                               detail));
            break;
        }
        scheduleReopen();
        return;
    }
    m_port = std::move(port);
    connect(m_port.get(), &QSerialPort::readyRead, this, &SerialScanner::onReadyRead);
    connect(m_port.get(), &QSerialPort::errorOccurred, this, &SerialScanner::onPortError);
    setState(State::Open, std::nullopt);
    // Bytes may have arrived between open() and connect().
    if (m_port->bytesAvailable() > 0)
        onReadyRead();
}

void SerialScanner::closePort()
{
    m_idleTimer.stop();
    if (!m_port)
        return;
    m_framer.reset(); // a code cut by the close is incomplete
    reportDropped();
    QSerialPort *port = m_port.release();
    port->disconnect(this);
    port->close();
    // It may be emitting the signal that brought us here: delete it once that is over.
    port->deleteLater();
}

void SerialScanner::scheduleReopen()
{
    if (m_running)
        m_reopenTimer.start(qMax(100, m_settings.reopenIntervalMs));
}

void SerialScanner::onReadyRead()
{
    if (!m_port)
        return;
    deliver(m_framer.feed(m_port->readAll()));
    reportDropped(!m_framer.isDiscarding());
    if (m_framer.hasPartialCode())
        m_idleTimer.start(qMax(1, m_settings.terminator == Terminator::None ? m_settings.idleTimeoutMs
                                                                            : m_settings.incompleteCodeTimeoutMs));
    else
        m_idleTimer.stop();
}

void SerialScanner::onIdle()
{
    deliver(m_framer.idle());
    reportDropped();
}

void SerialScanner::onPortError(QSerialPort::SerialPortError error)
{
    if (error == QSerialPort::NoError || !m_port)
        return;
    // An unplugged USB device reports ResourceError; a pty whose other side closed reports
    // ReadError on every poll. Either way the port is gone: close it (or the error repeats
    // forever) and try again later.
    const QString detail = QStringLiteral("%1: %2 (%3)").arg(m_settings.portName, m_port->errorString()).arg(int(error));
    closePort();
    setState(State::Disconnected,
             portError("scanner.serial.disconnected",
                       tr("The scanner on %1 was disconnected. Plug it back in; it reconnects by itself.")
                           .arg(m_settings.portName),
                       detail));
    scheduleReopen();
}

void SerialScanner::deliver(const QList<QByteArray> &codes)
{
    for (const QByteArray &code : codes) {
        QStringDecoder decoder(QStringDecoder::Utf8);
        const QString text = decoder.decode(code);
        if (decoder.hasError())
            qCWarning(lcScanners) << "serial scanner sent" << code.size() << "bytes that are not valid UTF-8";
        qCDebug(lcScanners) << "serial scan of" << code.size() << "bytes";
        Q_EMIT scanned(text);
    }
}

void SerialScanner::reportDropped(bool force)
{
    constexpr qint64 kReportEveryMs = 1000;
    if (!force && m_sinceDropReport.isValid() && m_sinceDropReport.elapsed() < kReportEveryMs)
        return;
    const qint64 dropped = m_framer.takeDroppedBytes();
    if (dropped == 0)
        return;
    m_sinceDropReport.start();
    qCWarning(lcScanners) << "serial scanner: dropped" << dropped << "bytes that were not a whole code";
    Q_EMIT dataDropped(dropped, tr("The scanner sent data that was not a whole code (%n byte(s) dropped). Check the "
                                   "scanner's speed (baud rate) and end-of-code (suffix) settings.",
                                   nullptr, int(qMin<qint64>(dropped, std::numeric_limits<int>::max()))));
}

void SerialScanner::setState(State state, std::optional<Error> error)
{
    QString message;
    switch (state) {
    case State::Stopped: message = tr("The serial scanner is off."); break;
    case State::Open: message = tr("The scanner on %1 is ready.").arg(m_settings.portName); break;
    default: message = error ? error->message : QString(); break;
    }
    const bool changed = state != m_state || message != m_message;
    m_state = state;
    m_message = message;
    m_error = std::move(error);
    if (!changed)
        return;
    if (m_error)
        qCInfo(lcScanners) << "serial scanner" << state << m_error->code << m_error->detail;
    else
        qCInfo(lcScanners) << "serial scanner" << state << m_settings.portName;
    Q_EMIT stateChanged(state, message);
}

} // namespace motcua::scanners
