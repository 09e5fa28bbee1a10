#include "ScanPanel.h"

#include "CameraPreview.h"
#include "ScanResultView.h"
#include "camera/CameraScanner.h"

#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QGraphicsVideoItem>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QVBoxLayout>
#include <QVideoFrame>
#include <QVideoSink>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace motcua::app {

namespace {

using State = camera::CameraControl::State;

// Read on a pool thread: a scanned PDF of several pages takes a second or more.
QList<FileScan> scanFiles(const QStringList &paths)
{
    const qr::DocumentDecoder decoder;
    QList<FileScan> scans;
    for (const QString &path : paths) {
        FileScan scan{path, {}, std::nullopt};
        Result<QList<qr::CodeInFile>> codes = decoder.decodeFile(path);
        if (codes)
            scan.codes = std::move(codes).value();
        else
            scan.error = codes.error();
        scans.append(std::move(scan));
    }
    return scans;
}

QString fileFilter()
{
    QStringList patterns{QStringLiteral("*.pdf")};
    for (const QByteArray &suffix : QImageReader::supportedImageFormats())
        patterns.append(QStringLiteral("*.") + QString::fromLatin1(suffix));
    return ScanPanel::tr("Pictures and PDF files (%1)").arg(patterns.join(QLatin1Char(' '))) + QStringLiteral(";;")
           + ScanPanel::tr("All files (*)");
}

} // namespace

ScanPanel::ScanPanel(QWidget *parent) : QWidget(parent)
{
    qRegisterMetaType<IdentityDocument>();
    setAcceptDrops(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildCameraRow());

    m_preview = new CameraPreview(this);
    layout->addWidget(m_preview, 3);

    auto *fileRow = new QHBoxLayout;
    auto *open = new QPushButton(tr("Open image or PDF…"), this);
    open->setToolTip(tr("Read the codes in a photo or a scanned document. You can also drop files here."));
    connect(open, &QPushButton::clicked, this, &ScanPanel::chooseFiles);
    auto *clearButton = new QPushButton(tr("Clear"), this);
    connect(clearButton, &QPushButton::clicked, this, &ScanPanel::clear);
    fileRow->addWidget(open);
    fileRow->addStretch(1);
    fileRow->addWidget(clearButton);
    layout->addLayout(fileRow);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    m_results = new ScanResultView(this);
    layout->addWidget(m_results, 2);
    connect(m_results, &ScanResultView::dossierLookupRequested, this, &ScanPanel::dossierLookupRequested);

    m_camera = new camera::CameraControl(nullptr, this);
    m_scanner = new camera::CameraScanner(qr::CodeReader{}, this);
    m_scanner->setVideoSink(m_preview->videoSink());
    m_camera->setVideoOutput(m_preview->videoItem());
    m_preview->setRegionOfInterest(m_scanner->regionOfInterest());
    connect(m_camera, &camera::CameraControl::stateChanged, this, &ScanPanel::onCameraState);
    connect(m_camera, &camera::CameraControl::camerasChanged, this, &ScanPanel::fillCameraList);
    connect(m_scanner, &camera::CameraScanner::codesFound, this, [this](const QList<qr::DecodedCode> &codes) {
        for (const qr::DecodedCode &code : codes)
            showCode(code.text, tr("Camera"));
    });
    fillCameraList();
    onCameraState(m_camera->state(), m_camera->stateMessage());
}

ScanPanel::~ScanPanel()
{
    m_camera->stop();
    m_scanner->stop();
}

QWidget *ScanPanel::buildCameraRow()
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Camera:"), row));
    m_cameraList = new QComboBox(row);
    m_cameraList->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_cameraList->setMinimumContentsLength(12);
    connect(m_cameraList, &QComboBox::activated, this, [this](int index) {
        m_camera->selectCamera(m_cameraList->itemData(index).toString());
    });
    layout->addWidget(m_cameraList, 1);
    m_cameraButton = new QPushButton(tr("Start camera"), row);
    // Wide enough for both of its texts, so that the row does not jump when it changes.
    const QFontMetrics metrics = m_cameraButton->fontMetrics();
    m_cameraButton->setMinimumWidth(
        std::max(metrics.horizontalAdvance(tr("Start camera")), metrics.horizontalAdvance(tr("Stop camera")))
        + 4 * metrics.averageCharWidth());
    connect(m_cameraButton, &QPushButton::clicked, this, [this] {
        if (m_camera->state() == State::Active || m_camera->state() == State::Starting)
            stopCamera();
        else
            startCamera();
    });
    layout->addWidget(m_cameraButton);
    return row;
}

void ScanPanel::fillCameraList()
{
    m_cameraList->clear();
    const QList<camera::CameraChoice> cameras = m_camera->cameras();
    const QString current = m_camera->currentCameraId();
    for (const camera::CameraChoice &choice : cameras) {
        m_cameraList->addItem(choice.name, choice.id);
        if (choice.id == current)
            m_cameraList->setCurrentIndex(m_cameraList->count() - 1);
    }
    if (cameras.isEmpty())
        m_cameraList->addItem(tr("No camera"));
    m_cameraList->setEnabled(!cameras.isEmpty());
    m_cameraButton->setEnabled(!cameras.isEmpty());
}

void ScanPanel::startCamera()
{
    m_camera->start();
}

void ScanPanel::stopCamera()
{
    m_camera->stop();
}

void ScanPanel::onCameraState(State state, const QString &message)
{
    // Decode only while there is a picture; the preview says why when there is none.
    if (state == State::Active) {
        m_scanner->start();
    } else {
        m_scanner->stop();
        // No frozen last picture under "camera off": the clerk would hold a card to it.
        if (QVideoSink *sink = m_preview->videoSink())
            sink->setVideoFrame(QVideoFrame());
    }
    QString shown = message;
    if (state == State::Stopped)
        shown = tr("The camera is off. Press \"Start camera\" to read a card's QR code.");
    else if (state == State::NoCamera)
        shown = tr("No camera. Plug in a camera, or open a picture or a scanned PDF.");
    m_preview->setMessage(shown);
    const bool running = state == State::Active || state == State::Starting;
    m_cameraButton->setText(running ? tr("Stop camera") : tr("Start camera"));
    m_cameraButton->setEnabled(state != State::NoCamera);
    if (state == State::Active)
        m_status->setText(tr("Hold the card's QR code inside the green frame."));
    else
        updateStatus();
}

camera::CameraControl::State ScanPanel::cameraState() const
{
    return m_camera->state();
}

void ScanPanel::setReceiptRules(const qr::ReceiptCodeRules &rules)
{
    m_rules = rules;
}

void ScanPanel::chooseFiles()
{
    auto *dialog = new QFileDialog(this, tr("Open image or PDF"), QString(), fileFilter());
    dialog->setFileMode(QFileDialog::ExistingFiles);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::filesSelected, this, &ScanPanel::openFiles);
    dialog->open();
}

void ScanPanel::openFiles(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    const quint64 generation = m_fileGeneration;
    m_filesReading += int(paths.size());
    updateStatus();
    auto *watcher = new QFutureWatcher<QList<FileScan>>(this);
    connect(watcher, &QFutureWatcher<QList<FileScan>>::finished, this, [this, watcher, generation, count = int(paths.size())] {
        m_filesReading -= count;
        if (generation == m_fileGeneration)
            showFileScans(watcher->result());
        updateStatus();
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run(scanFiles, paths));
}

void ScanPanel::showFileScans(const QList<FileScan> &scans)
{
    int found = 0;
    for (const FileScan &scan : scans) {
        const QString name = QFileInfo(scan.path).fileName();
        if (scan.error) {
            m_results->addNotice(scan.error->message, true);
            continue;
        }
        if (scan.codes.isEmpty()) {
            m_results->addNotice(tr("No code found in \"%1\": try a sharper scan, or a photo taken closer to the code.").arg(name), true);
            continue;
        }
        for (const qr::CodeInFile &code : scan.codes) {
            const QString origin = code.page > 0 ? tr("%1, page %2").arg(name).arg(code.page) : name;
            showCode(code.code.text, origin);
            ++found;
        }
    }
    emit filesScanned(int(scans.size()), found);
}

void ScanPanel::updateStatus()
{
    if (m_filesReading > 0)
        m_status->setText(tr("Reading %n file(s)…", nullptr, m_filesReading));
    else if (m_camera->state() == State::Active)
        m_status->setText(tr("Hold the card's QR code inside the green frame."));
    else
        m_status->clear();
}

void ScanPanel::showScannedText(const QString &text, const QString &origin, const QStringList &notes)
{
    // Newest first: the notes go in before the code so that they sit under it.
    for (const QString &note : notes)
        m_results->addNotice(note, true);
    showCode(text, origin);
}

void ScanPanel::showCode(const QString &text, const QString &origin)
{
    const qr::CodeClassifier classifier(m_rules, QDate::currentDate());
    const qr::ClassifiedCode code = classifier.classify(text);
    m_results->addCode(code, origin);
    if (code.kind == qr::CodeKind::CccdIdentity && code.identity)
        emit identityScanned(*code.identity);
}

void ScanPanel::clear()
{
    m_results->clear();
    m_scanner->forgetSeenCodes();
    ++m_fileGeneration;
    updateStatus();
}

int ScanPanel::resultCount() const
{
    return m_results->count();
}

bool ScanPanel::acceptsDrop(const QMimeData *mime)
{
    return !localFiles(mime).isEmpty();
}

QStringList ScanPanel::localFiles(const QMimeData *mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl &url : mime->urls())
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    return paths;
}

void ScanPanel::dragEnterEvent(QDragEnterEvent *event)
{
    if (acceptsDrop(event->mimeData()))
        event->acceptProposedAction();
}

void ScanPanel::dropEvent(QDropEvent *event)
{
    const QStringList paths = localFiles(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    openFiles(paths);
}

} // namespace motcua::app
