#include "scanners/KeyboardWedgeScanner.h"

#include "scanners/ScannersLogging.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QScopedValueRollback>

#include <chrono>
#include <limits>

namespace motcua::scanners {

namespace {

constexpr Qt::KeyboardModifiers kCommandModifiers = Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier;

// Releases of keys a scan consumed are expected right after it; later ones belong to a person.
constexpr qint64 kSwallowReleasesForMs = 1000;

qint64 monotonicMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

// Keys that only change what the next key types: a scanner presses Shift around capitals and
// '|'. They neither belong to the text nor end a burst.
bool isModifierOnlyKey(int key)
{
    switch (key) {
    case Qt::Key_Shift:
    case Qt::Key_Control:
    case Qt::Key_Alt:
    case Qt::Key_AltGr:
    case Qt::Key_Meta:
    case Qt::Key_Super_L:
    case Qt::Key_Super_R:
    case Qt::Key_Hyper_L:
    case Qt::Key_Hyper_R:
    case Qt::Key_CapsLock:
    case Qt::Key_NumLock:
    case Qt::Key_Mode_switch:
        return true;
    default:
        return false;
    }
}

bool isEnterKey(int key)
{
    return key == Qt::Key_Return || key == Qt::Key_Enter;
}

// Text a field would insert: control characters (Tab, Backspace, Escape) are editing keys.
bool isCharacterText(const QString &text)
{
    if (text.isEmpty())
        return false;
    for (QChar c : text)
        if (!c.isPrint())
            return false;
    return true;
}

QGuiApplication *guiApp()
{
    return qobject_cast<QGuiApplication *>(QCoreApplication::instance());
}

} // namespace

KeyboardWedgeScanner::KeyboardWedgeScanner(QObject *parent) : KeyboardWedgeScanner(Options{}, {}, parent) {}

KeyboardWedgeScanner::KeyboardWedgeScanner(Options options, Clock clock, QObject *parent)
    : QObject(parent), m_options(options), m_clock(clock ? std::move(clock) : Clock(monotonicMs))
{
    m_idleTimer.setSingleShot(true);
    m_idleTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_idleTimer, &QTimer::timeout, this, &KeyboardWedgeScanner::replayIfIdle);
}

KeyboardWedgeScanner::~KeyboardWedgeScanner()
{
    replayPending();
}

void KeyboardWedgeScanner::setOptions(const Options &options)
{
    replayPending();
    m_options = options;
}

void KeyboardWedgeScanner::setEnabled(bool enabled)
{
    if (!enabled)
        replayPending();
    m_enabled = enabled;
}

bool KeyboardWedgeScanner::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_enabled || m_replaying)
        return false;
    switch (event->type()) {
    case QEvent::KeyPress:
        return handleKeyPress(watched, static_cast<QKeyEvent *>(event));
    case QEvent::KeyRelease:
        return handleKeyRelease(watched, static_cast<QKeyEvent *>(event));
    // A person who typed and then clicks, taps or changes focus wants the text where it was
    // typed, before the click moves the focus.
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick:
    case QEvent::TouchBegin:
    case QEvent::TabletPress:
    case QEvent::InputMethod:
    case QEvent::FocusAboutToChange:
    case QEvent::WindowDeactivate:
        replayPending();
        return false;
    default:
        return false;
    }
}

bool KeyboardWedgeScanner::handleKeyPress(QObject *receiver, QKeyEvent *event)
{
    if (leaveToModalDialog()) {
        replayPending();
        return false;
    }
    const int key = event->key();
    if (isModifierOnlyKey(key))
        return false;
    if (event->isAutoRepeat() || (event->modifiers() & kCommandModifiers)) {
        // Shortcuts and a held-down key are a person; what they typed before goes first.
        replayPending();
        return false;
    }
    const qint64 now = m_clock();
    const qint64 gap = gapSinceLastPress(event, now);
    if (isEnterKey(key)) {
        if (isBurstScan(gap)) {
            finishScan(key);
            event->accept();
            return true;
        }
        replayPending();
        return false;
    }
    const QString text = event->text();
    if (!isCharacterText(text)) {
        replayPending();
        return false;
    }
    if (!m_held.empty() && gap > m_options.maxKeyGapMs)
        replayPending(); // the earlier keys were typed by a person; this one may start a scan
    hold(receiver, event);
    m_text += text;
    m_lastPressAt = now;
    m_lastPressStamp = event->timestamp();
    ++m_heldDown[key];
    m_idleTimer.start(m_options.maxKeyGapMs + 1);
    // Accepted, so that QApplication does not offer the key to the parent widgets as well.
    event->accept();
    return true;
}

bool KeyboardWedgeScanner::handleKeyRelease(QObject *receiver, QKeyEvent *event)
{
    const int key = event->key();
    if (!m_swallowReleases.empty()) {
        if (m_clock() - m_scanAt > kSwallowReleasesForMs)
            m_swallowReleases.clear();
        const auto swallowed = m_swallowReleases.find(key);
        if (swallowed != m_swallowReleases.end() && !event->isAutoRepeat()) {
            if (--swallowed->second == 0)
                m_swallowReleases.erase(swallowed);
            event->accept();
            return true;
        }
    }
    if (m_held.empty() || isModifierOnlyKey(key))
        return false;
    const auto down = m_heldDown.find(key);
    if (down == m_heldDown.end())
        return false;
    // The release of a held press is held too, so that a replay keeps press/release order.
    if (--down->second == 0)
        m_heldDown.erase(down);
    hold(receiver, event);
    event->accept();
    return true;
}

qint64 KeyboardWedgeScanner::gapSinceLastPress(const QKeyEvent *event, qint64 now) const
{
    const quint64 stamp = event->timestamp();
    if (stamp != 0 && m_lastPressStamp != 0) {
        // X11 stamps are 32-bit milliseconds that wrap: the difference is taken modulo 2^32.
        const quint64 elapsed = stamp >= m_lastPressStamp ? stamp - m_lastPressStamp
                                                          : quint32(quint32(stamp) - quint32(m_lastPressStamp));
        return qint64(qMin<quint64>(elapsed, std::numeric_limits<qint32>::max()));
    }
    return now - m_lastPressAt;
}

bool KeyboardWedgeScanner::isBurstScan(qint64 gap) const
{
    // Every gap inside the burst was short (a long one replays and restarts it), so only the
    // gap before Enter and the length are left to check. A fast typist does not keep up
    // 35 ms per key for 8 keys (that is over 28 keys a second).
    return !m_held.empty() && gap <= m_options.maxKeyGapMs && m_text.size() >= m_options.minimumLength;
}

bool KeyboardWedgeScanner::leaveToModalDialog() const
{
    if (m_options.scanInModalDialogs || !guiApp())
        return false;
    return QGuiApplication::modalWindow() != nullptr;
}

void KeyboardWedgeScanner::hold(QObject *receiver, QKeyEvent *event)
{
    m_held.push_back(HeldEvent{receiver, std::unique_ptr<QEvent>(event->clone())});
}

void KeyboardWedgeScanner::finishScan(int enterKey)
{
    const QString text = m_text;
    m_scanAt = m_clock();
    m_idleTimer.stop();
    for (const auto &[key, count] : m_heldDown)
        m_swallowReleases[key] += count;
    ++m_swallowReleases[enterKey];
    m_held.clear();
    m_heldDown.clear();
    m_text.clear();
    qCDebug(lcScanners) << "keyboard-wedge scan of" << text.size() << "characters";
    Q_EMIT scanned(text);
}

void KeyboardWedgeScanner::replayIfIdle()
{
    if (m_held.empty())
        return;
    const qint64 idleFor = m_clock() - m_lastPressAt;
    if (idleFor > m_options.maxKeyGapMs) {
        replayPending();
        return;
    }
    // The timer fired early or the clock is a test's: look again once the gap can be over.
    m_idleTimer.start(int(m_options.maxKeyGapMs - idleFor) + 1);
}

void KeyboardWedgeScanner::replayPending()
{
    m_idleTimer.stop();
    if (m_held.empty())
        return;
    std::vector<HeldEvent> held = std::move(m_held);
    m_held.clear();
    m_heldDown.clear();
    m_text.clear();
    // Our own replays must pass the filter; a nested event loop started by a replayed key (a
    // dialog) also passes unfiltered until the replay is over, which loses nothing.
    const QScopedValueRollback<bool> replaying(m_replaying, true);
    for (HeldEvent &entry : held) {
        QObject *target = entry.receiver ? entry.receiver.data() : (guiApp() ? QGuiApplication::focusObject() : nullptr);
        if (target)
            QCoreApplication::sendEvent(target, entry.event.get());
    }
}

} // namespace motcua::scanners
