#pragma once
// Keyboard-wedge scanners (USB HID "keyboard" mode) type a code much faster than a person, then
// Enter. Installed as an event filter on the application, KeyboardWedgeScanner recognises such a
// burst anywhere in the app and emits scanned(text) instead of letting the characters land in
// the focused field.
//
// How: every plain character key press is held back (eaten) while the presses come closer
// together than maxKeyGapMs. An Enter that follows a burst of at least minimumLength characters
// makes it a scan: scanned() is emitted and the held keys and the Enter are dropped. Anything
// else (a gap longer than maxKeyGapMs, a non-character key such as Backspace or Tab, a click,
// a key with Ctrl/Alt/Meta) replays the held key events, in order, to the object each was sent
// to, so a person's typing is only delayed by one gap (35 ms: not noticeable) and never lost.
// Keys with Ctrl/Alt/Meta, auto-repeated keys and shortcut events always pass untouched.
//
// While a modal dialog is open, keys are left alone (the scan is typed into the dialog, as
// without this filter) unless Options::scanInModalDialogs is set: the window that would handle
// scanned() is blocked by the dialog.
//
// Gaps are measured with the key events' window-system timestamps when they have them (X11
// and Wayland stamp a key when it is produced, so a busy GUI thread does not stretch a
// scanner's gaps), else with the clock when the event is handled. If the GUI thread is
// blocked in the middle of a scan, the idle timer may still run before the queued keys and
// split it: the scan then lands as text and the clerk scans again.
//
// Limits: the text is what QKeyEvent::text() gives, so the keyboard layout and an active
// Vietnamese input method change it (see ScanTextRepair); with Unikey/ibus-unikey/fcitx-unikey
// active, letters arrive as input-method events, not key presses, and the burst is not
// recognised: the input method must be switched to English while scanning (README).
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <map>
#include <memory>
#include <vector>

class QKeyEvent;

namespace motcua::scanners {

class KeyboardWedgeScanner : public QObject {
    Q_OBJECT
public:
    // Milliseconds from any fixed origin, never going back. Default: a monotonic clock.
    using Clock = std::function<qint64()>;

    struct Options {
        int maxKeyGapMs = 35;            // key presses closer than this belong to one burst
        int minimumLength = 8;           // characters a burst needs before Enter to be a scan
        bool scanInModalDialogs = false; // see the header comment
    };

    explicit KeyboardWedgeScanner(QObject *parent = nullptr);
    explicit KeyboardWedgeScanner(Options options, Clock clock = {}, QObject *parent = nullptr);
    ~KeyboardWedgeScanner() override; // replays what is held back: nothing typed is lost

    Options options() const { return m_options; }
    void setOptions(const Options &options);

    // Disabled: every event passes, held-back keys are replayed first.
    bool isEnabled() const { return m_enabled; }
    void setEnabled(bool enabled);

    // Characters held back right now (0 when idle); for tests and diagnostics.
    qsizetype pendingCharacters() const { return m_text.size(); }

    bool eventFilter(QObject *watched, QEvent *event) override;

    // Replays the held-back keys if the last one is older than maxKeyGapMs. The idle timer calls
    // it; public so a test driving a manual clock can call it at an exact time.
    void replayIfIdle();
    // Replays the held-back keys now, in order.
    void replayPending();

Q_SIGNALS:
    // A whole burst ended by Enter; the raw text as typed (repair it with ScanTextRepair).
    // Personal data: never log it. Emitted from inside the event filter: a receiver that opens
    // a dialog should be connected with Qt::QueuedConnection (no nested event loop in a filter).
    void scanned(const QString &text);

private:
    struct HeldEvent {
        QPointer<QObject> receiver;
        std::unique_ptr<QEvent> event;
    };

    bool handleKeyPress(QObject *receiver, QKeyEvent *event);
    bool handleKeyRelease(QObject *receiver, QKeyEvent *event);
    qint64 gapSinceLastPress(const QKeyEvent *event, qint64 now) const;
    bool isBurstScan(qint64 gap) const;
    bool leaveToModalDialog() const;
    void hold(QObject *receiver, QKeyEvent *event);
    void finishScan(int enterKey);

    Options m_options;
    Clock m_clock;
    bool m_enabled = true;
    bool m_replaying = false;

    std::vector<HeldEvent> m_held;
    QString m_text;            // the characters of the held key presses
    qint64 m_lastPressAt = 0;  // clock time of the last held key press
    quint64 m_lastPressStamp = 0; // its window-system timestamp (0: the event had none)
    std::map<int, int> m_heldDown;        // keys pressed in the burst and not yet released
    std::map<int, int> m_swallowReleases; // releases still to come for keys a scan consumed
    qint64 m_scanAt = 0;                  // clock time of the last scan
    QTimer m_idleTimer;
};

} // namespace motcua::scanners
