#pragma once
// Helpers for the keyboard-wedge tests: a widget that records the key events it receives, a
// manual clock, and key presses sent through QApplication (so the application's event filters
// see them, as they see a real keyboard's).
#include <QApplication>
#include <QKeyEvent>
#include <QStringList>
#include <QWidget>

#include <functional>
#include <memory>

namespace motcua::scanners::test {

// Records "P<text>" for a key press and "R<text>" for a release (the key name when no text).
class KeyRecorder : public QWidget {
public:
    QStringList events;

protected:
    bool event(QEvent *e) override
    {
        if (e->type() == QEvent::KeyPress || e->type() == QEvent::KeyRelease) {
            const auto *key = static_cast<QKeyEvent *>(e);
            const QString name = key->text().isEmpty() || !key->text().at(0).isPrint()
                ? QStringLiteral("<%1>").arg(key->key(), 0, 16)
                : key->text();
            events.append((e->type() == QEvent::KeyPress ? QStringLiteral("P") : QStringLiteral("R")) + name);
            return true;
        }
        return QWidget::event(e);
    }
};

struct ManualClock {
    std::shared_ptr<qint64> now = std::make_shared<qint64>(10'000);
    std::function<qint64()> function() const
    {
        return [now = now] { return *now; };
    }
    void set(qint64 ms) const { *now = ms; }
};

inline int keyFor(QChar c)
{
    if (c.isLetter() && c.unicode() < 0x80)
        return Qt::Key_A + (c.toUpper().unicode() - u'A');
    if (c.unicode() < 0x80)
        return c.unicode(); // Qt's key codes for ASCII symbols and digits are their code points
    return Qt::Key_unknown;
}

// One key press and its release, both at the clock's current time, with the window-system
// timestamp `stamp` (0: none, as QTest's widget events).
inline void clickKey(QObject *receiver, int key, const QString &text, Qt::KeyboardModifiers modifiers = Qt::NoModifier,
                     quint64 stamp = 0)
{
    QKeyEvent press(QEvent::KeyPress, key, modifiers, text);
    press.setTimestamp(stamp);
    QApplication::sendEvent(receiver, &press);
    QKeyEvent release(QEvent::KeyRelease, key, modifiers, text);
    release.setTimestamp(stamp);
    QApplication::sendEvent(receiver, &release);
}

inline void clickChar(QObject *receiver, QChar c)
{
    const bool upper = c.isUpper() || QStringLiteral("|~!@#$%^&*()_+{}:\"<>?").contains(c);
    clickKey(receiver, keyFor(c), QString(c), upper ? Qt::ShiftModifier : Qt::NoModifier);
}

inline void clickEnter(QObject *receiver)
{
    clickKey(receiver, Qt::Key_Return, QStringLiteral("\r"));
}

// Types `text` with `gapMs` between key presses on the manual clock, starting at `startMs`;
// returns the time of the last press.
inline qint64 typeAt(QObject *receiver, const ManualClock &clock, const QString &text, qint64 startMs, qint64 gapMs)
{
    qint64 at = startMs;
    for (qsizetype i = 0; i < text.size(); ++i) {
        clock.set(at);
        clickChar(receiver, text.at(i));
        if (i + 1 < text.size())
            at += gapMs;
    }
    return at;
}

} // namespace motcua::scanners::test
