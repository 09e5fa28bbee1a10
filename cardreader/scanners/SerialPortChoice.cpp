// The serial ports the settings page offers, with the stable /dev/serial/by-id names udev makes:
// ttyACM0 can become ttyACM1 after replugging, the by-id link names the scanner itself.
#include "scanners/SerialScanner.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSerialPortInfo>

#include <algorithm>

namespace motcua::scanners {

QString SerialPortChoice::label() const
{
    QString text = portName;
    const QString what = description.isEmpty() ? manufacturer : description;
    if (!what.isEmpty())
        text += QStringLiteral(" \u2014 ") + what;
    if (vendorId && productId)
        text += QStringLiteral(" (%1:%2)").arg(*vendorId, 4, 16, QLatin1Char('0')).arg(*productId, 4, 16, QLatin1Char('0'));
    return text;
}

QList<SerialPortChoice> SerialScanner::availablePorts()
{
    // Target device → its by-id link.
    QHash<QString, QString> stableNames;
    const QDir byId(QStringLiteral("/dev/serial/by-id"));
    const QFileInfoList links = byId.entryInfoList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo &link : links) {
        const QString target = link.canonicalFilePath();
        if (!target.isEmpty() && !stableNames.contains(target))
            stableNames.insert(target, link.absoluteFilePath());
    }

    QList<SerialPortChoice> choices;
    const QList<QSerialPortInfo> ports = QSerialPortInfo::availablePorts();
    for (const QSerialPortInfo &info : ports) {
        SerialPortChoice choice;
        choice.portName = info.portName();
        choice.systemLocation = info.systemLocation();
        choice.stablePath = stableNames.value(info.systemLocation());
        choice.description = info.description();
        choice.manufacturer = info.manufacturer();
        if (info.hasVendorIdentifier())
            choice.vendorId = info.vendorIdentifier();
        if (info.hasProductIdentifier())
            choice.productId = info.productIdentifier();
        choices.append(choice);
    }
    // USB scanners first (they are what a counter plugs in), then by name.
    std::stable_sort(choices.begin(), choices.end(), [](const SerialPortChoice &a, const SerialPortChoice &b) {
        if (a.vendorId.has_value() != b.vendorId.has_value())
            return a.vendorId.has_value();
        return a.portName < b.portName;
    });
    return choices;
}

} // namespace motcua::scanners
