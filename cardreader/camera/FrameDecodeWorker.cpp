#include "camera/FrameDecodeWorker.h"

#include "camera/VideoFrameView.h"

namespace motcua::camera {

FrameDecodeWorker::FrameDecodeWorker(DecodeFunction decode, ResultHandler onResult)
    : m_decode(std::move(decode)), m_onResult(std::move(onResult))
{
    m_thread = std::thread([this] { run(); });
}

FrameDecodeWorker::~FrameDecodeWorker()
{
    shutdown();
}

void FrameDecodeWorker::shutdown()
{
    QVideoFrame released;
    {
        std::lock_guard lock(m_mutex);
        m_quit = true;
        m_running = false;
        ++m_generation;
        released = std::exchange(m_pending, QVideoFrame());
    }
    m_wake.notify_all();
    if (m_thread.joinable() && m_thread.get_id() != std::this_thread::get_id())
        m_thread.join();
}

void FrameDecodeWorker::start()
{
    std::lock_guard lock(m_mutex);
    if (m_quit || m_running)
        return;
    m_running = true;
    ++m_generation;
}

void FrameDecodeWorker::stop()
{
    QVideoFrame released; // let go of the frame outside the lock
    {
        std::lock_guard lock(m_mutex);
        if (!m_running)
            return;
        m_running = false;
        ++m_generation;
        released = std::exchange(m_pending, QVideoFrame());
    }
}

bool FrameDecodeWorker::isRunning() const
{
    std::lock_guard lock(m_mutex);
    return m_running;
}

quint64 FrameDecodeWorker::generation() const
{
    std::lock_guard lock(m_mutex);
    return m_generation;
}

bool FrameDecodeWorker::isBusy() const
{
    std::lock_guard lock(m_mutex);
    return m_busy;
}

void FrameDecodeWorker::offer(const QVideoFrame &frame)
{
    if (!frame.isValid())
        return;
    QVideoFrame replaced;
    {
        std::lock_guard lock(m_mutex);
        if (!m_running)
            return;
        ++m_counters.received;
        if (m_pending.isValid())
            ++m_counters.dropped;
        replaced = std::exchange(m_pending, frame);
    }
    m_wake.notify_one();
}

void FrameDecodeWorker::setRegionOfInterest(const QRectF &normalised)
{
    const QRectF clipped = normalised.isEmpty() ? QRectF() : normalised.normalized() & QRectF(0, 0, 1, 1);
    std::lock_guard lock(m_mutex);
    m_roi = clipped;
}

QRectF FrameDecodeWorker::regionOfInterest() const
{
    std::lock_guard lock(m_mutex);
    return m_roi;
}

ScanCounters FrameDecodeWorker::counters() const
{
    std::lock_guard lock(m_mutex);
    return m_counters;
}

void FrameDecodeWorker::run()
{
    for (;;) {
        QVideoFrame frame;
        QRectF roi;
        quint64 generation = 0;
        {
            std::unique_lock lock(m_mutex);
            m_busy = false;
            m_wake.wait(lock, [this] { return m_quit || m_pending.isValid(); });
            if (m_quit)
                return;
            frame = std::exchange(m_pending, QVideoFrame());
            roi = m_roi;
            generation = m_generation;
            m_busy = true;
        }
        FrameResult result = decodeFrame(frame, roi);
        result.generation = generation;
        frame = QVideoFrame(); // unmapped already; hand the buffer back to the camera now
        if (m_onResult)
            m_onResult(result);
    }
}

FrameResult FrameDecodeWorker::decodeFrame(const QVideoFrame &frame, const QRectF &roi)
{
    FrameResult result;
    VideoFrameView mapped(frame);
    if (!mapped.isValid()) {
        std::lock_guard lock(m_mutex);
        ++m_counters.unreadable;
        return result;
    }
    const qr::FrameView &whole = mapped.view();
    result.frameSize = QSize(whole.width, whole.height);
    const QRect region = regionInPixels(roi, result.frameSize);
    const qr::FrameView view = croppedView(whole, region);
    if (view.isValid() && m_decode) {
        result.codes = m_decode(view);
        for (qr::DecodedCode &code : result.codes)
            code.position.translate(region.topLeft());
    }
    std::lock_guard lock(m_mutex);
    ++m_counters.decoded;
    return result;
}

QRect regionInPixels(const QRectF &normalised, const QSize &size)
{
    const QRect whole(QPoint(0, 0), size);
    if (normalised.isEmpty())
        return whole;
    const QRectF scaled(normalised.x() * size.width(), normalised.y() * size.height(),
                        normalised.width() * size.width(), normalised.height() * size.height());
    return scaled.toAlignedRect() & whole;
}

} // namespace motcua::camera
