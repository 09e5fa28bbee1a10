#pragma once
// Codes from a live camera: CameraScanner listens to a QVideoSink (the preview's own sink, so the
// picture is not duplicated), decodes on one worker thread on the newest frame only, inside a
// region of interest, and reports each code once while it stays in view (RepeatFilter). Results
// arrive on the scanner's thread through queued calls. The sink's thread only stores the frame:
// the preview never waits for a decode.
#include "camera/FrameDecodeWorker.h"
#include "camera/RepeatFilter.h"
#include "qr/CodeReader.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QRectF>
#include <QVideoSink>

#include <memory>
#include <mutex>

namespace motcua::camera {

class CameraScanner : public QObject {
    Q_OBJECT
public:
    // Decodes with CodeReader::decodeFrame (QR codes by default).
    explicit CameraScanner(const qr::CodeReader &reader = qr::CodeReader{}, QObject *parent = nullptr);
    // Decodes with `decode` instead (tests slow it down or count its calls).
    explicit CameraScanner(FrameDecodeWorker::DecodeFunction decode, QObject *parent = nullptr);
    ~CameraScanner() override; // ends the worker thread (waits for a decode in progress)

    // Listens to `sink` (one at a time; nullptr detaches). The sink may live in another thread.
    void setVideoSink(QVideoSink *sink);
    QVideoSink *videoSink() const { return m_sink; }

    // Frames are decoded between start() and stop(). stop() returns at once; a decode still
    // running is finished but never reported. start() reports codes already in view again.
    void start();
    void stop();
    bool isRunning() const;

    // The middle of the picture by default, where the clerk is asked to hold the card; a
    // smaller area decodes faster and ignores codes lying around on the desk.
    static QRectF defaultRegionOfInterest() { return QRectF(0.2, 0.2, 0.6, 0.6); }
    void setRegionOfInterest(const QRectF &normalised); // empty: the whole frame
    QRectF regionOfInterest() const;

    // How long a code must be out of view before it is reported again (2 s by default).
    void setRepeatInterval(std::chrono::milliseconds interval);
    // The kiosk forgets: codes still in view are reported again.
    void forgetSeenCodes();

    ScanCounters counters() const;

signals:
    // New codes in one frame (positions in frame pixels).
    void codesFound(const QList<motcua::qr::DecodedCode> &codes, const QSize &frameSize);

private:
    void handleResult(const FrameResult &result); // worker thread

    std::shared_ptr<FrameDecodeWorker> m_worker;
    QPointer<QVideoSink> m_sink;
    QMetaObject::Connection m_sinkConnection;

    std::mutex m_filterMutex; // the filter is used by the worker and reset by the owner
    RepeatFilter m_filter;
};

} // namespace motcua::camera
