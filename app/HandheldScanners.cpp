#include "HandheldScanners.h"

#include "scanners/ScanTextRepair.h"
#include "scanners/ScannerSettings.h"

#include <QCoreApplication>
#include <QSettings>

namespace motcua::app {

HandheldScanners::HandheldScanners(QObject *parent) : QObject(parent)
{
    QSettings settings;
    const scanners::ScannerSettingsLoad loaded = scanners::ScannerSettings::load(settings);
    for (const QString &problem : loaded.problems)
        QMetaObject::invokeMethod(this, [this, problem] { emit statusChanged(problem); }, Qt::QueuedConnection);

    if (loaded.settings.wedgeEnabled) {
        m_wedge = new scanners::KeyboardWedgeScanner(loaded.settings.wedge, {}, this);
        QCoreApplication::instance()->installEventFilter(m_wedge);
        // Queued: the scan is emitted from inside the event filter, and what it starts (a
        // search, a dialog) must not run there.
        connect(m_wedge, &scanners::KeyboardWedgeScanner::scanned, this,
                [this](const QString &text) { handOn(text, tr("Handheld scanner")); }, Qt::QueuedConnection);
    }
    if (loaded.settings.serialEnabled) {
        m_serial = new scanners::SerialScanner(this);
        m_serial->setSettings(loaded.settings.serial);
        connect(m_serial, &scanners::SerialScanner::scanned, this,
                [this](const QString &text) { handOn(text, tr("Serial scanner")); });
        connect(m_serial, &scanners::SerialScanner::stateChanged, this,
                [this](scanners::SerialScanner::State, const QString &message) { emit statusChanged(message); });
        connect(m_serial, &scanners::SerialScanner::dataDropped, this,
                [this](qint64, const QString &message) { emit statusChanged(message); });
        m_serial->start();
    }
}

HandheldScanners::~HandheldScanners()
{
    if (m_wedge)
        QCoreApplication::instance()->removeEventFilter(m_wedge);
}

void HandheldScanners::handOn(const QString &raw, const QString &origin)
{
    const scanners::RepairedScan repaired = scanners::ScanTextRepair::repair(raw);
    emit scanned(repaired.text, origin, repaired.repairs + repaired.warnings);
}

} // namespace motcua::app
