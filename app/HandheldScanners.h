#pragma once
// The handheld scanners of the workstation, from the settings group "scanners": a keyboard-wedge
// scanner recognised anywhere in the app, and a serial (USB CDC) scanner when one is configured.
// Each scan is repaired (keyboard layout, doubled accents) before it is handed on with what was
// repaired and what the clerk should check.
#include "scanners/KeyboardWedgeScanner.h"
#include "scanners/SerialScanner.h"

#include <QObject>
#include <QStringList>

namespace motcua::app {

class HandheldScanners : public QObject {
    Q_OBJECT
public:
    // Installs the keyboard-wedge filter on the application and opens the serial port, as the
    // settings say. Settings problems are reported through statusChanged().
    explicit HandheldScanners(QObject *parent = nullptr);
    ~HandheldScanners() override;

signals:
    // A repaired scan; `notes` lists repairs and warnings for the clerk (translated).
    void scanned(const QString &text, const QString &origin, const QStringList &notes);
    // A message for the status bar (a serial scanner unplugged, an invalid setting).
    void statusChanged(const QString &message);

private:
    void handOn(const QString &raw, const QString &origin);

    scanners::KeyboardWedgeScanner *m_wedge = nullptr;
    scanners::SerialScanner *m_serial = nullptr;
};

} // namespace motcua::app
