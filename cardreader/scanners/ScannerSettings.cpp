#include "scanners/ScannerSettings.h"

#include <algorithm>
#include <array>
#include <utility>

namespace motcua::scanners {

namespace {

const QString kGroup = QStringLiteral("scanners");

constexpr std::array<std::pair<QSerialPort::Parity, const char *>, 5> kParities{{
    {QSerialPort::NoParity, "none"},
    {QSerialPort::EvenParity, "even"},
    {QSerialPort::OddParity, "odd"},
    {QSerialPort::SpaceParity, "space"},
    {QSerialPort::MarkParity, "mark"},
}};

constexpr std::array<std::pair<Terminator, const char *>, 4> kTerminators{{
    {Terminator::Cr, "CR"},
    {Terminator::Lf, "LF"},
    {Terminator::CrLf, "CRLF"},
    {Terminator::None, "none"},
}};

QString parityName(QSerialPort::Parity parity)
{
    for (const auto &[value, name] : kParities)
        if (value == parity)
            return QString::fromLatin1(name);
    return QStringLiteral("none");
}

// Reads settings with one list of problems, so that every invalid key is named once.
class Reader {
public:
    Reader(QSettings &settings, QStringList &problems) : m_settings(settings), m_problems(problems) {}

    bool boolean(const char *key, bool fallback)
    {
        const QVariant value = m_settings.value(QLatin1String(key));
        if (!value.isValid())
            return fallback;
        const QString text = value.toString().trimmed().toLower();
        if (text == QLatin1String("true") || text == QLatin1String("1"))
            return true;
        if (text == QLatin1String("false") || text == QLatin1String("0"))
            return false;
        invalid(key, fallback ? QStringLiteral("true") : QStringLiteral("false"));
        return fallback;
    }

    int integer(const char *key, int fallback, int min, int max)
    {
        const QVariant value = m_settings.value(QLatin1String(key));
        if (!value.isValid())
            return fallback;
        bool ok = false;
        const int number = value.toString().trimmed().toInt(&ok);
        if (ok && number >= min && number <= max)
            return number;
        invalid(key, QString::number(fallback));
        return fallback;
    }

    QString text(const char *key, const QString &fallback)
    {
        return m_settings.value(QLatin1String(key), fallback).toString().trimmed();
    }

    void invalid(const char *key, const QString &fallback)
    {
        m_problems.append(ScannerSettings::tr("The scanner setting \"%1\" has an invalid value; using %2.")
                              .arg(QLatin1String(key), fallback));
    }

private:
    QSettings &m_settings;
    QStringList &m_problems;
};

} // namespace

QString ScannerSettings::terminatorName(Terminator terminator)
{
    for (const auto &[value, name] : kTerminators)
        if (value == terminator)
            return QString::fromLatin1(name);
    return QStringLiteral("CR");
}

std::optional<Terminator> ScannerSettings::terminatorFromName(const QString &name)
{
    for (const auto &[value, text] : kTerminators)
        if (name.compare(QLatin1String(text), Qt::CaseInsensitive) == 0)
            return value;
    return std::nullopt;
}

ScannerSettingsLoad ScannerSettings::load(QSettings &settings)
{
    ScannerSettingsLoad result;
    ScannerSettings &out = result.settings;
    const ScannerSettings defaults;
    settings.beginGroup(kGroup);
    Reader read(settings, result.problems);

    out.wedgeEnabled = read.boolean("wedgeEnabled", defaults.wedgeEnabled);
    out.wedge.maxKeyGapMs = read.integer("wedgeMaxKeyGapMs", defaults.wedge.maxKeyGapMs, 5, 500);
    out.wedge.minimumLength = read.integer("wedgeMinimumLength", defaults.wedge.minimumLength, 1, 4096);
    out.wedge.scanInModalDialogs = read.boolean("wedgeScanInModalDialogs", defaults.wedge.scanInModalDialogs);

    out.serialEnabled = read.boolean("serialEnabled", defaults.serialEnabled);
    out.serial.portName = read.text("serialPort", defaults.serial.portName);
    out.serial.baudRate = read.integer("serialBaudRate", defaults.serial.baudRate, 1200, 4000000);
    out.serial.dataBits = QSerialPort::DataBits(read.integer("serialDataBits", defaults.serial.dataBits, 5, 8));

    const QString parity = read.text("serialParity", parityName(defaults.serial.parity)).toLower();
    const auto knownParity = std::find_if(kParities.begin(), kParities.end(),
                                          [&](const auto &entry) { return parity == QLatin1String(entry.second); });
    if (knownParity != kParities.end())
        out.serial.parity = knownParity->first;
    else
        read.invalid("serialParity", parityName(defaults.serial.parity));

    // 1.5 stop bits exist on Windows only.
    const int stopBits = read.integer("serialStopBits", 1, 1, 2);
    out.serial.stopBits = stopBits == 2 ? QSerialPort::TwoStop : QSerialPort::OneStop;

    const QString terminator = read.text("serialTerminator", terminatorName(defaults.serial.terminator));
    if (const std::optional<Terminator> known = terminatorFromName(terminator))
        out.serial.terminator = *known;
    else
        read.invalid("serialTerminator", terminatorName(defaults.serial.terminator));
    out.serial.idleTimeoutMs = read.integer("serialIdleTimeoutMs", defaults.serial.idleTimeoutMs, 10, 5000);

    if (out.serialEnabled && out.serial.portName.isEmpty())
        result.problems.append(tr("The serial scanner is switched on but no port is chosen."));
    settings.endGroup();
    return result;
}

void ScannerSettings::save(QSettings &settings, const ScannerSettings &values)
{
    settings.beginGroup(kGroup);
    settings.setValue(QStringLiteral("wedgeEnabled"), values.wedgeEnabled);
    settings.setValue(QStringLiteral("wedgeMaxKeyGapMs"), values.wedge.maxKeyGapMs);
    settings.setValue(QStringLiteral("wedgeMinimumLength"), values.wedge.minimumLength);
    settings.setValue(QStringLiteral("wedgeScanInModalDialogs"), values.wedge.scanInModalDialogs);
    settings.setValue(QStringLiteral("serialEnabled"), values.serialEnabled);
    settings.setValue(QStringLiteral("serialPort"), values.serial.portName);
    settings.setValue(QStringLiteral("serialBaudRate"), values.serial.baudRate);
    settings.setValue(QStringLiteral("serialDataBits"), int(values.serial.dataBits));
    settings.setValue(QStringLiteral("serialParity"), parityName(values.serial.parity));
    settings.setValue(QStringLiteral("serialStopBits"), values.serial.stopBits == QSerialPort::TwoStop ? 2 : 1);
    settings.setValue(QStringLiteral("serialTerminator"), terminatorName(values.serial.terminator));
    settings.setValue(QStringLiteral("serialIdleTimeoutMs"), values.serial.idleTimeoutMs);
    settings.endGroup();
}

} // namespace motcua::scanners
