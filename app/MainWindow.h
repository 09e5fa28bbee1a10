#pragma once
// The counter's main window, first stage: the procedures the workstation offers and the
// dossiers it holds, with a search box (ID, dossier code, or a name without diacritics), and the
// Scan panel (camera, image and PDF files, handheld scanners) docked beside them.
#include "calendar/WorkingDays.h"
#include "identity/IdentityDocument.h"
#include "procedures/Catalog.h"

#include <QMainWindow>
#include <QPointer>
#include <QThread>

#include <optional>

class QAction;
class QLabel;
class QLineEdit;
class QListView;
class QTableView;
class QTimer;

namespace motcua::app {

class DossierTableModel;
class IntakeDialog;
class ProcedureDetails;
class ProcedureListModel;
class ScanPanel;
class StoreWorker;
}

namespace motcua::sync {
class SyncClient;
}

namespace motcua::app {

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(Catalog catalog, const QString &dataDir, const QString &language, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Counts for the command-line check: procedures shown, dossiers shown.
    int procedureCount() const;
    int dossierCount() const;
    ScanPanel *scanPanel() const { return m_scanPanel; }
    // The workstation is enrolled and its background sync started (once the store opened).
    bool isSyncing() const { return m_syncClient != nullptr; }
    // "New dossier…" (Ctrl+N) for the selected procedure; the intake dialog while it is open.
    QAction *newDossierAction() const { return m_newDossier; }
    IntakeDialog *intakeDialog() const;

public slots:
    void openIntake();

signals:
    void dossiersLoaded(int count);
    void dossierSaved(const QString &code);
    void storeFailed(const QString &message);
    // A sync pass ended (the workstation is enrolled): the counts after it.
    void syncPassFinished(int waiting, int synced, int rejected);

protected:
    // Files dropped anywhere on the window go to the Scan panel.
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QWidget *buildProcedurePane(const QString &language);
    QWidget *buildDossierPane();
    void showCatalogProblems();
    void buildScanDock();
    void findDossier(const QString &dossierCode);
    // Starts the background sync when this workstation is enrolled with a central server.
    void startSync(const QString &dataDir);
    void showSyncCounts(int waiting, int uploading, int synced, int rejected);
    // Enables "New dossier…" when a procedure is selected and intakes are not blocked; the
    // tooltip says why not.
    void updateIntakeAction();
    void onDossierSaved(const QString &code);
    void onSaveFailed(const QString &message);

    ProcedureListModel *m_procedures = nullptr;
    DossierTableModel *m_dossiers = nullptr;
    ProcedureDetails *m_details = nullptr;
    QListView *m_procedureList = nullptr;
    QTableView *m_dossierTable = nullptr;
    QLineEdit *m_search = nullptr;
    QTimer *m_searchDelay = nullptr;
    QLabel *m_workstationLabel = nullptr;
    ScanPanel *m_scanPanel = nullptr;
    QThread m_storeThread;
    StoreWorker *m_worker = nullptr; // lives on m_storeThread
    QThread m_syncThread;
    sync::SyncClient *m_syncClient = nullptr; // lives on m_syncThread
    QLabel *m_syncLabel = nullptr;
    QString m_language;
    calendar::WorkingCalendar m_calendar; // the appointment dates of new dossiers (GUI thread)
    QAction *m_newDossier = nullptr;
    QPointer<IntakeDialog> m_intake;
    // The last whole card read by the Scan panel: in memory only, forgotten once a dossier is saved.
    std::optional<IdentityDocument> m_lastIdentity;
    bool m_intakeBlocked = false;
    int m_unsyncedDays = 0;
    int m_syncWaiting = 0, m_syncSynced = 0, m_syncRejected = 0;
};

} // namespace motcua::app
