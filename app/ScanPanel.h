#pragma once
// The "Scan" panel: every way a code reaches the counter in one place — the camera (preview with
// the area to hold the card in, camera choice), image and PDF files (open dialog, drag and drop;
// decoded on a worker thread), and the handheld scanners (showScannedText). Each code is
// classified (CCCD, torn CCCD, receipt, text) and shown; a receipt offers to find its dossier.
// No decoding here: cardreader/qr and cardreader/camera do it.
#include "camera/CameraControl.h"
#include "identity/IdentityDocument.h"
#include "qr/CodeClassifier.h"
#include "qr/DecodedCode.h"
#include "qr/DocumentDecoder.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QMimeData;
class QPushButton;

namespace motcua::camera {
class CameraScanner;
}

namespace motcua::app {

class CameraPreview;
class ScanResultView;

// What decoding one dropped or opened file gave.
struct FileScan {
    QString path;
    QList<qr::CodeInFile> codes;
    std::optional<Error> error;
};

class ScanPanel : public QWidget {
    Q_OBJECT
public:
    explicit ScanPanel(QWidget *parent = nullptr);
    ~ScanPanel() override;

    // Which texts are receipt codes (the workstation's dossier code pattern, the tracking URL).
    void setReceiptRules(const qr::ReceiptCodeRules &rules);
    // Decodes files on a worker thread and shows what they hold.
    void openFiles(const QStringList &paths);
    // True when a drag carries files this panel can open (for the main window's drops too).
    static bool acceptsDrop(const QMimeData *mime);
    static QStringList localFiles(const QMimeData *mime);

    int resultCount() const;
    camera::CameraControl::State cameraState() const;

public slots:
    // A code from somewhere else (the handheld scanners), shown like the others, with what the
    // clerk should know about it (a repaired keyboard layout, accents lost on the way).
    void showScannedText(const QString &text, const QString &origin, const QStringList &notes = {});
    // The kiosk forgets: results, the camera's memory of codes in view, pending file results.
    void clear();
    void startCamera();
    void stopCamera();

signals:
    void dossierLookupRequested(const QString &dossierCode);
    // A whole CCCD was read (from any source); for the form and the chip's access key.
    void identityScanned(const motcua::IdentityDocument &identity);
    // File decoding finished (for the command-line check and tests).
    void filesScanned(int files, int codes);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QWidget *buildCameraRow();
    void chooseFiles();
    void showCode(const QString &text, const QString &origin);
    void showFileScans(const QList<FileScan> &scans);
    void updateStatus();
    void onCameraState(camera::CameraControl::State state, const QString &message);
    void fillCameraList();

    qr::ReceiptCodeRules m_rules;
    camera::CameraControl *m_camera = nullptr;
    camera::CameraScanner *m_scanner = nullptr;
    CameraPreview *m_preview = nullptr;
    QComboBox *m_cameraList = nullptr;
    QPushButton *m_cameraButton = nullptr;
    QLabel *m_status = nullptr;
    ScanResultView *m_results = nullptr;
    int m_filesReading = 0;
    quint64 m_fileGeneration = 0; // clear() makes results of files still being read stale
};

} // namespace motcua::app
