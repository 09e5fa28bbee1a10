#include "MainWindow.h"

#include "DossierTableModel.h"
#include "HandheldScanners.h"
#include "IntakeDialog.h"
#include "ProcedureDetails.h"
#include "ProcedureListModel.h"
#include "ScanPanel.h"
#include "StoreWorker.h"

#include "dossier/DossierCodePattern.h"
#include "sync/SyncClient.h"
#include "sync/SyncSettings.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace motcua::app {

MainWindow::MainWindow(Catalog catalog, const QString &dataDir, const QString &language, QWidget *parent)
    : QMainWindow(parent), m_language(language),
      m_calendar(calendar::HolidayCalendar(QDir(dataDir).filePath(QStringLiteral("calendar"))))
{
    setWindowTitle(tr("MotCua Counter — one-stop reception"));
    m_procedures = new ProcedureListModel(std::move(catalog), language, this);
    m_dossiers = new DossierTableModel(&m_procedures->catalog(), language, this);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(buildProcedurePane(language));
    splitter->addWidget(buildDossierPane());
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({440, 840});
    setCentralWidget(splitter);

    m_workstationLabel = new QLabel(tr("Opening the workstation's data…"), this);
    statusBar()->addWidget(m_workstationLabel, 1);
    resize(1500, 860);
    buildScanDock();

    m_worker = new StoreWorker(dataDir);
    m_worker->moveToThread(&m_storeThread);
    connect(&m_storeThread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &StoreWorker::opened, this,
            [this, dataDir](const QString &agency, const QString &unit, const QString &workstation, const QString &codePattern) {
        startSync(dataDir); // the store exists now
        m_workstationLabel->setText(tr("Agency %1 · unit %2 · workstation %3").arg(agency, unit.isEmpty() ? tr("(not set)") : unit, workstation));
        m_scanPanel->setReceiptRules({DossierCodePattern::toRegularExpression(codePattern), QString()});
    });
    connect(m_worker, &StoreWorker::dossiersReady, this, [this](const QList<DossierSummary> &rows, const QString &) {
        m_dossiers->setDossiers(rows);
        emit dossiersLoaded(int(rows.size()));
    });
    connect(m_worker, &StoreWorker::syncStatusesReady, m_dossiers, &DossierTableModel::setSyncStatuses);
    connect(m_worker, &StoreWorker::failed, this, [this](const QString &message) {
        m_workstationLabel->setText(message);
        emit storeFailed(message);
    });
    connect(m_worker, &StoreWorker::dossierSaved, this, &MainWindow::onDossierSaved);
    connect(m_worker, &StoreWorker::saveFailed, this, &MainWindow::onSaveFailed);
    m_storeThread.start();
    QMetaObject::invokeMethod(m_worker, &StoreWorker::open, Qt::QueuedConnection);

    showCatalogProblems();
}

MainWindow::~MainWindow()
{
    if (m_syncClient) {
        QMetaObject::invokeMethod(m_syncClient, &sync::SyncClient::stop, Qt::BlockingQueuedConnection);
        m_syncThread.quit();
        m_syncThread.wait();
    }
    m_storeThread.quit();
    m_storeThread.wait();
}

void MainWindow::startSync(const QString &dataDir)
{
    if (m_syncClient)
        return;
    m_syncLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_syncLabel);
    if (!sync::SyncSettings::load(dataDir)) {
        m_syncLabel->setText(tr("Not connected to a central server"));
        return;
    }
    m_syncClient = new sync::SyncClient(dataDir);
    m_syncClient->moveToThread(&m_syncThread);
    connect(&m_syncThread, &QThread::finished, m_syncClient, &QObject::deleteLater);
    connect(m_syncClient, &sync::SyncClient::countsChanged, this, &MainWindow::showSyncCounts);
    connect(m_syncClient, &sync::SyncClient::stateChanged, m_dossiers, &DossierTableModel::updateSync);
    connect(m_syncClient, &sync::SyncClient::passFinished, this,
            [this](int) { emit syncPassFinished(m_syncWaiting, m_syncSynced, m_syncRejected); });
    connect(m_syncClient, &sync::SyncClient::healthChanged, this, [this](bool warning, bool blocked, int days) {
        m_intakeBlocked = blocked;
        m_unsyncedDays = days;
        updateIntakeAction();
        if (blocked)
            statusBar()->showMessage(tr("Dossiers have not reached the central server for %n day(s): the province has "
                                        "stopped new intakes until they do. Check the network.", nullptr, days));
        else if (warning)
            statusBar()->showMessage(tr("Dossiers have not reached the central server for %n day(s). Check the network.",
                                        nullptr, days));
    });
    connect(m_syncClient, &sync::SyncClient::refused, this, [this](const QString &reason) {
        m_syncLabel->setText(tr("Sync stopped"));
        QMessageBox::warning(this, tr("Central server"), reason);
    });
    m_syncThread.setObjectName(QStringLiteral("sync"));
    m_syncThread.start();
    QMetaObject::invokeMethod(m_syncClient, &sync::SyncClient::start, Qt::QueuedConnection);
}

void MainWindow::showSyncCounts(int waiting, int uploading, int synced, int rejected)
{
    m_syncWaiting = waiting + uploading;
    m_syncSynced = synced;
    m_syncRejected = rejected;
    QString text = tr("Sync: %1 sent, %2 waiting").arg(synced).arg(m_syncWaiting);
    if (rejected > 0)
        text += tr(", %1 refused").arg(rejected);
    m_syncLabel->setText(text);
}

int MainWindow::procedureCount() const
{
    return m_procedures->rowCount();
}

int MainWindow::dossierCount() const
{
    return m_dossiers->rowCount();
}

QWidget *MainWindow::buildProcedurePane(const QString &language)
{
    auto *pane = new QWidget(this);
    auto *layout = new QVBoxLayout(pane);
    layout->addWidget(new QLabel(tr("<b>Procedures</b>"), pane));
    m_procedureList = new QListView(pane);
    m_procedureList->setModel(m_procedures);
    m_procedureList->setWordWrap(true);
    layout->addWidget(m_procedureList, 3);
    m_details = new ProcedureDetails(language, pane);
    layout->addWidget(m_details, 2);

    m_newDossier = new QAction(tr("New dossier…"), this);
    m_newDossier->setShortcut(QKeySequence::New);
    m_newDossier->setShortcutContext(Qt::ApplicationShortcut);
    connect(m_newDossier, &QAction::triggered, this, &MainWindow::openIntake);
    addAction(m_newDossier);
    auto *newButton = new QToolButton(pane);
    newButton->setDefaultAction(m_newDossier);
    newButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    layout->addWidget(newButton, 0, Qt::AlignRight);

    connect(m_procedureList->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        m_details->showProcedure(m_procedures->procedureAt(current));
        updateIntakeAction();
    });
    updateIntakeAction();
    return pane;
}

QWidget *MainWindow::buildDossierPane()
{
    auto *pane = new QWidget(this);
    auto *layout = new QVBoxLayout(pane);
    layout->addWidget(new QLabel(tr("<b>Dossiers on this workstation</b>"), pane));
    m_search = new QLineEdit(pane);
    m_search->setPlaceholderText(tr("Search: 12-digit ID, dossier code, or name (diacritics optional)"));
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search);
    m_dossierTable = new QTableView(pane);
    m_dossierTable->setModel(m_dossiers);
    m_dossierTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_dossierTable->setWordWrap(false);
    m_dossierTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_dossierTable->horizontalHeader()->setSectionResizeMode(DossierTableModel::Holder, QHeaderView::Stretch);
    m_dossierTable->verticalHeader()->hide();
    layout->addWidget(m_dossierTable);

    // Search as the clerk types, once typing pauses: one query per pause, not per key.
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, [this] {
        QMetaObject::invokeMethod(m_worker, "search", Qt::QueuedConnection, Q_ARG(QString, m_search->text()));
    });
    return pane;
}

void MainWindow::buildScanDock()
{
    m_scanPanel = new ScanPanel(this);
    auto *dock = new QDockWidget(tr("Scan"), this);
    dock->setObjectName(QStringLiteral("scanDock"));
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    dock->setWidget(m_scanPanel);
    addDockWidget(Qt::RightDockWidgetArea, dock);
    resizeDocks({dock}, {420}, Qt::Horizontal);
    connect(m_scanPanel, &ScanPanel::dossierLookupRequested, this, &MainWindow::findDossier);
    connect(m_scanPanel, &ScanPanel::identityScanned, this,
            [this](const IdentityDocument &identity) { m_lastIdentity = identity; });
    setAcceptDrops(true);

    auto *handheld = new HandheldScanners(this);
    connect(handheld, &HandheldScanners::scanned, m_scanPanel, &ScanPanel::showScannedText);
    connect(handheld, &HandheldScanners::statusChanged, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
}

void MainWindow::updateIntakeAction()
{
    const bool selected = m_procedures->procedureAt(m_procedureList->currentIndex()) != nullptr;
    m_newDossier->setEnabled(selected && !m_intakeBlocked);
    if (m_intakeBlocked)
        m_newDossier->setToolTip(tr("New dossiers are stopped: the dossiers of this workstation have not reached the "
                                    "central server for %n day(s). Check the network; you can take new dossiers "
                                    "again once they are sent.", nullptr, m_unsyncedDays));
    else if (!selected)
        m_newDossier->setToolTip(tr("Choose a procedure in the list first."));
    else
        m_newDossier->setToolTip(tr("Take a new dossier for this procedure (Ctrl+N)."));
}

IntakeDialog *MainWindow::intakeDialog() const
{
    return m_intake.data();
}

void MainWindow::openIntake()
{
    if (IntakeDialog *open = m_intake.data()) {
        open->raise();
        open->activateWindow();
        return;
    }
    updateIntakeAction();
    const Procedure *procedure = m_procedures->procedureAt(m_procedureList->currentIndex());
    if (!procedure || !m_newDossier->isEnabled()) {
        statusBar()->showMessage(m_newDossier->toolTip(), 10000);
        return;
    }
    // There are no clerk accounts yet: the operating-system user receives the dossier. Accounts
    // (and the clerk's own login) come later and replace this.
    // USER may be unset (started by a service manager): then LOGNAME, USERNAME (Windows), the home folder's name.
    QString clerk = qEnvironmentVariable("USER");
    for (const char *fallback : {"LOGNAME", "USERNAME"})
        if (clerk.isEmpty())
            clerk = qEnvironmentVariable(fallback);
    if (clerk.isEmpty())
        clerk = QDir::home().dirName();
    m_intake = new IntakeDialog(*procedure, m_language, clerk, m_calendar, m_lastIdentity, this);
    m_intake->setAttribute(Qt::WA_DeleteOnClose);
    // Not modal: the clerk scans the card in the Scan panel while the dialog is open.
    connect(m_scanPanel, &ScanPanel::identityScanned, m_intake.data(), &IntakeDialog::setCitizen);
    connect(m_intake.data(), &IntakeDialog::saveRequested, this,
            [this](const Dossier &dossier, const QMap<QString, QString> &files) {
        if (m_intakeBlocked) {
            onSaveFailed(m_newDossier->toolTip());
            return;
        }
        QMetaObject::invokeMethod(m_worker, [worker = m_worker, dossier, files] { worker->saveDossier(dossier, files); },
                                  Qt::QueuedConnection);
    });
    m_intake->show();
}

void MainWindow::onDossierSaved(const QString &code)
{
    m_lastIdentity.reset(); // the citizen's card data stays in memory no longer than needed
    if (IntakeDialog *dialog = m_intake.data())
        dialog->accept();
    statusBar()->showMessage(tr("Dossier %1 saved").arg(code), 15000);
    // The list shows the new dossier first.
    m_searchDelay->stop();
    m_search->blockSignals(true);
    m_search->clear();
    m_search->blockSignals(false);
    QMetaObject::invokeMethod(m_worker, &StoreWorker::listRecent, Qt::QueuedConnection);
    if (m_syncClient)
        QMetaObject::invokeMethod(m_syncClient, &sync::SyncClient::wake, Qt::QueuedConnection);
    emit dossierSaved(code);
}

void MainWindow::onSaveFailed(const QString &message)
{
    if (IntakeDialog *dialog = m_intake.data())
        dialog->showSaveError(message);
    else
        statusBar()->showMessage(message, 15000);
}

void MainWindow::findDossier(const QString &dossierCode)
{
    // The search box is the one way into the dossiers: the clerk sees what was searched for.
    m_search->setText(dossierCode);
    m_searchDelay->stop();
    QMetaObject::invokeMethod(m_worker, "search", Qt::QueuedConnection, Q_ARG(QString, dossierCode));
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (ScanPanel::acceptsDrop(event->mimeData()))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList paths = ScanPanel::localFiles(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    m_scanPanel->openFiles(paths);
}

void MainWindow::showCatalogProblems()
{
    const QStringList skipped = m_procedures->catalog().skippedFiles();
    if (skipped.isEmpty())
        return;
    statusBar()->showMessage(tr("%n procedure file(s) could not be loaded and were skipped; see the log.", nullptr, int(skipped.size())));
}

} // namespace motcua::app
