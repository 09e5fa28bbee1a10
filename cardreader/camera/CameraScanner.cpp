#include "camera/CameraScanner.h"

#include <QMetaObject>

namespace motcua::camera {

namespace {

void registerMetaTypes()
{
    qRegisterMetaType<qr::DecodedCode>();
    qRegisterMetaType<QList<qr::DecodedCode>>();
}

} // namespace

CameraScanner::CameraScanner(const qr::CodeReader &reader, QObject *parent)
    : CameraScanner([reader](const qr::FrameView &view) { return reader.decodeFrame(view); }, parent)
{
}

CameraScanner::CameraScanner(FrameDecodeWorker::DecodeFunction decode, QObject *parent) : QObject(parent)
{
    registerMetaTypes();
    m_worker = std::make_shared<FrameDecodeWorker>(std::move(decode),
                                                   [this](const FrameResult &result) { handleResult(result); });
    m_worker->setRegionOfInterest(defaultRegionOfInterest());
}

CameraScanner::~CameraScanner()
{
    disconnect(m_sinkConnection);
    // After this no result reaches handleResult(), whose `this` is going away. A sink in another
    // thread still holding the worker only reaches a shut-down worker, which ignores it.
    m_worker->shutdown();
}

void CameraScanner::setVideoSink(QVideoSink *sink)
{
    disconnect(m_sinkConnection);
    m_sink = sink;
    if (!sink)
        return;
    // Direct: whichever thread delivers the frame only stores it (no event per frame piling up
    // in a busy event loop). The lambda holds the worker, not `this`, so a late frame from
    // another thread never touches a destroyed scanner.
    m_sinkConnection = connect(
        sink, &QVideoSink::videoFrameChanged, this,
        [worker = m_worker](const QVideoFrame &frame) { worker->offer(frame); }, Qt::DirectConnection);
}

void CameraScanner::start()
{
    {
        std::lock_guard lock(m_filterMutex);
        m_filter.clear();
    }
    m_worker->start();
}

void CameraScanner::stop()
{
    m_worker->stop();
}

bool CameraScanner::isRunning() const
{
    return m_worker->isRunning();
}

void CameraScanner::setRegionOfInterest(const QRectF &normalised)
{
    m_worker->setRegionOfInterest(normalised);
}

QRectF CameraScanner::regionOfInterest() const
{
    return m_worker->regionOfInterest();
}

void CameraScanner::setRepeatInterval(std::chrono::milliseconds interval)
{
    std::lock_guard lock(m_filterMutex);
    m_filter.setOutOfView(interval);
}

void CameraScanner::forgetSeenCodes()
{
    std::lock_guard lock(m_filterMutex);
    m_filter.clear();
}

ScanCounters CameraScanner::counters() const
{
    return m_worker->counters();
}

void CameraScanner::handleResult(const FrameResult &result)
{
    if (result.generation != m_worker->generation())
        return; // stopped (or restarted) while this frame was decoded
    QList<qr::DecodedCode> fresh;
    {
        std::lock_guard lock(m_filterMutex);
        fresh = m_filter.newCodes(result.codes, RepeatFilter::Clock::now());
    }
    if (fresh.isEmpty())
        return;
    const quint64 generation = result.generation;
    const QSize frameSize = result.frameSize;
    // Queued to the scanner's thread; checked again there, so nothing is reported after stop().
    QMetaObject::invokeMethod(
        this,
        [this, fresh, frameSize, generation] {
            if (generation == m_worker->generation() && m_worker->isRunning())
                emit codesFound(fresh, frameSize);
        },
        Qt::QueuedConnection);
}

} // namespace motcua::camera
