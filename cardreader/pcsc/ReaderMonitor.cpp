#include "pcsc/ReaderMonitor.h"

#include "pcsc/PcscContext.h"
#include "pcsc/PcscError.h"
#include "pcsc/PcscLogging.h"

#include <QThread>

#include <winscard.h>

#include <chrono>
#include <functional>
#include <map>
#include <vector>

namespace motcua::card {
namespace {

// pcsc-lite's pseudo-reader whose state changes when a reader is plugged in or out.
constexpr char kPnpNotification[] = "\\\\?PnP?\\Notification";
// The wait is bounded so that a cancel that lands between two calls costs at most this long.
constexpr DWORD kWaitMs = 400;
constexpr int kServiceRetryMs = 2000;

struct CardState {
    bool present = false;
    int eventCounter = -1; // pcsc-lite counts card events in the upper 16 bits of the state
};

} // namespace

// Runs one context's watch loop; its state is local to the worker thread.
class ReaderWatch {
public:
    ReaderWatch(ReaderMonitor &monitor, const PcscContext &context, std::map<QString, CardState> &known)
        : m_monitor(monitor), m_context(context), m_known(known)
    {
    }

    // Returns when stop is requested (success) or when the service fails (its error).
    Status run(const std::function<bool()> &stopRequested)
    {
        bool relist = true;
        while (!stopRequested()) {
            if (relist) {
                if (Status listed = relistReaders(); !listed)
                    return listed;
                relist = false;
            }
            const LONG rv = SCardGetStatusChange(m_context.handle(), kWaitMs, m_states.data(), DWORD(m_states.size()));
            if (rv == SCARD_E_TIMEOUT || rv == SCARD_E_CANCELLED)
                continue;
            if (rv == SCARD_E_UNKNOWN_READER || rv == SCARD_E_READER_UNAVAILABLE || rv == SCARD_E_NO_READERS_AVAILABLE) {
                relist = true;
                continue;
            }
            if (rv != SCARD_S_SUCCESS)
                return pcscError("SCardGetStatusChange", rv);
            relist = processEvents();
        }
        return Status::success();
    }

private:
    Status relistReaders()
    {
        auto names = m_context.readerNames();
        if (!names)
            return names.error();
        for (auto it = m_known.begin(); it != m_known.end();) {
            if (names->contains(it->first)) {
                ++it;
                continue;
            }
            if (it->second.present)
                Q_EMIT m_monitor.cardRemoved(it->first);
            Q_EMIT m_monitor.readerRemoved(it->first);
            it = m_known.erase(it);
        }
        for (const QString &name : *names) {
            if (m_known.emplace(name, CardState{}).second)
                Q_EMIT m_monitor.readerAdded(name);
        }
        // Every reader starts UNAWARE, so the next call reports its state at once; the PnP
        // entry keeps its reader count, or it would fire again immediately.
        m_names.clear();
        for (const QString &name : *names)
            m_names.push_back(name.toUtf8());
        const DWORD pnpState = m_states.empty() ? DWORD(names->size()) << 16 : m_states.back().dwEventState & ~DWORD(SCARD_STATE_CHANGED);
        m_states.assign(m_names.size() + 1, SCARD_READERSTATE{});
        for (size_t i = 0; i < m_names.size(); ++i) {
            m_states[i].szReader = m_names[i].constData();
            m_states[i].dwCurrentState = SCARD_STATE_UNAWARE;
        }
        m_states.back().szReader = kPnpNotification;
        m_states.back().dwCurrentState = pnpState;
        return Status::success();
    }

    // Emits what changed; true when the reader list must be read again.
    bool processEvents()
    {
        bool relist = false;
        for (size_t i = 0; i + 1 < m_states.size(); ++i) {
            SCARD_READERSTATE &state = m_states[i];
            const DWORD event = state.dwEventState;
            state.dwCurrentState = event & ~DWORD(SCARD_STATE_CHANGED);
            if (event & (SCARD_STATE_UNKNOWN | SCARD_STATE_IGNORE)) {
                relist = true; // the reader went away
                continue;
            }
            const QString name = QString::fromUtf8(m_names[i]);
            CardState &known = m_known[name];
            const bool present = event & SCARD_STATE_PRESENT;
            const int counter = int(event >> 16);
            // A card swapped between two calls: same "present", another event count.
            const bool swapped = present && known.present && known.eventCounter >= 0 && counter != known.eventCounter;
            if (known.present && (!present || swapped))
                Q_EMIT m_monitor.cardRemoved(name);
            if (present && (!known.present || swapped))
                Q_EMIT m_monitor.cardInserted(name, QByteArray(reinterpret_cast<const char *>(state.rgbAtr), qsizetype(state.cbAtr)));
            known.present = present;
            known.eventCounter = counter;
        }
        SCARD_READERSTATE &pnp = m_states.back();
        if (pnp.dwEventState & SCARD_STATE_CHANGED)
            relist = true;
        pnp.dwCurrentState = pnp.dwEventState & ~DWORD(SCARD_STATE_CHANGED);
        return relist;
    }

    ReaderMonitor &m_monitor;
    const PcscContext &m_context;
    std::map<QString, CardState> &m_known;
    std::vector<QByteArray> m_names;
    std::vector<SCARD_READERSTATE> m_states;
};

ReaderMonitor::ReaderMonitor(QObject *parent) : QObject(parent)
{
}

ReaderMonitor::~ReaderMonitor()
{
    stop();
}

void ReaderMonitor::start()
{
    if (m_thread)
        return;
    {
        std::lock_guard lock(m_mutex);
        m_stopRequested = false;
    }
    m_thread = QThread::create([this] { run(); });
    m_thread->setObjectName(QStringLiteral("ReaderMonitor"));
    m_thread->start();
}

void ReaderMonitor::stop()
{
    if (!m_thread)
        return;
    m_thread->requestInterruption();
    {
        std::lock_guard lock(m_mutex);
        m_stopRequested = true;
        if (m_contextValid) {
            const LONG rv = SCardCancel(m_context);
            if (rv != SCARD_S_SUCCESS)
                qCDebug(lcPcsc) << "SCardCancel:" << pcscErrorName(rv);
        }
    }
    m_wake.notify_all();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

bool ReaderMonitor::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void ReaderMonitor::publishContext(long handle, bool valid)
{
    std::lock_guard lock(m_mutex);
    m_context = handle;
    m_contextValid = valid;
}

bool ReaderMonitor::waitBeforeRetry(int milliseconds)
{
    std::unique_lock lock(m_mutex);
    return !m_wake.wait_for(lock, std::chrono::milliseconds(milliseconds), [this] { return m_stopRequested; });
}

void ReaderMonitor::run()
{
    const auto stopRequested = [this] {
        std::lock_guard lock(m_mutex);
        return m_stopRequested;
    };
    std::map<QString, CardState> known;
    while (!stopRequested()) {
        auto context = PcscContext::establish();
        if (!context) {
            Q_EMIT serviceError(context.error());
            if (!waitBeforeRetry(kServiceRetryMs))
                break;
            continue;
        }
        publishContext((*context)->handle(), true);
        const Status watched = ReaderWatch(*this, **context, known).run(stopRequested);
        publishContext(0, false);
        if (watched.ok())
            break;
        qCWarning(lcPcsc) << "reader monitor:" << watched.error().detail;
        // The service went away with every reader: say so, then wait for it to come back.
        for (const auto &[name, state] : known) {
            if (state.present)
                Q_EMIT cardRemoved(name);
            Q_EMIT readerRemoved(name);
        }
        known.clear();
        Q_EMIT serviceError(watched.error());
        if (!waitBeforeRetry(kServiceRetryMs))
            break;
    }
}

} // namespace motcua::card
