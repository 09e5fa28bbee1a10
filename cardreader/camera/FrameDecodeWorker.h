#pragma once
// One decoding thread for camera frames that only ever works on the newest frame. offer() is
// called for every frame, from whichever thread delivers it, and only stores the frame (a
// QVideoFrame is implicitly shared: storing it copies no pixels): while the thread decodes, a
// newer frame replaces the waiting one, which is dropped and counted. So at most two frames are
// held (the one being decoded and the one waiting), whatever the camera's rate, and a slow decode
// never delays the preview nor builds a queue.
#include "qr/DecodedCode.h"
#include "qr/FrameView.h"

#include <QList>
#include <QRectF>
#include <QSize>
#include <QVideoFrame>

#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

namespace motcua::camera {

struct ScanCounters {
    quint64 received = 0;   // frames offered while running
    quint64 decoded = 0;    // frames the decoder ran on
    quint64 dropped = 0;    // frames replaced by a newer one before the decoder got to them
    quint64 unreadable = 0; // frames that could not be mapped or converted
};

// What one decoded frame gave, handed to the result handler on the worker thread.
struct FrameResult {
    QList<qr::DecodedCode> codes; // positions in whole-frame coordinates
    QSize frameSize;
    quint64 generation = 0; // the start() this frame belongs to (see FrameDecodeWorker::generation)
};

class FrameDecodeWorker {
public:
    // Decodes a view (the region of interest of one frame). Called on the worker thread only.
    using DecodeFunction = std::function<QList<qr::DecodedCode>(const qr::FrameView &)>;
    // Receives each decoded frame's result, on the worker thread.
    using ResultHandler = std::function<void(const FrameResult &)>;

    FrameDecodeWorker(DecodeFunction decode, ResultHandler onResult);
    ~FrameDecodeWorker(); // shutdown()

    // Frames are taken from start() until stop(). stop() returns at once even while a frame is
    // being decoded: that frame's result is handed over marked with the old generation, and the
    // caller ignores it.
    void start();
    void stop();
    bool isRunning() const;
    quint64 generation() const;
    // Ends the thread (waits for a decode in progress). Offers are ignored afterwards.
    void shutdown();

    // Any thread; cheap. Invalid frames (a sink clearing its picture) are ignored.
    void offer(const QVideoFrame &frame);

    // Normalised to the frame (0..1); an empty rectangle means the whole frame.
    void setRegionOfInterest(const QRectF &normalised);
    QRectF regionOfInterest() const;

    ScanCounters counters() const;
    bool isBusy() const; // a frame is being decoded

private:
    void run();
    FrameResult decodeFrame(const QVideoFrame &frame, const QRectF &roi);

    DecodeFunction m_decode;
    ResultHandler m_onResult;

    mutable std::mutex m_mutex; // guards everything below
    std::condition_variable m_wake;
    QVideoFrame m_pending;
    QRectF m_roi;
    ScanCounters m_counters;
    quint64 m_generation = 0;
    bool m_running = false;
    bool m_busy = false;
    bool m_quit = false;
    std::thread m_thread;
};

// The pixel rectangle of a normalised region of interest in a frame of `size` (the whole frame
// for an empty region).
QRect regionInPixels(const QRectF &normalised, const QSize &size);

} // namespace motcua::camera
