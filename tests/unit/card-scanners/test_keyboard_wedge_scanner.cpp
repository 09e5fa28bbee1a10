// KeyboardWedgeScanner with a manual clock: every gap is exact, so each rule is checked at its
// edge. Key events go through QApplication::sendEvent, where the application filter sees them.
#include "TestSupport.h"
#include "WedgeTestSupport.h"
#include "scanners/KeyboardWedgeScanner.h"

#include <QClipboard>
#include <QDialog>
#include <QLineEdit>
#include <QShortcut>
#include <QSignalSpy>
#include <QTest>

#include <catch2/catch.hpp>

using namespace motcua::scanners;
using namespace motcua::scanners::test;

namespace {

const QString kQrAscii = QStringLiteral("001099012345||NGUYEN VAN A|01011990|Nam|So 1, Ha Noi|01012021");

struct Wedge {
    ManualClock clock;
    KeyboardWedgeScanner scanner;
    QSignalSpy scans{&scanner, &KeyboardWedgeScanner::scanned};

    explicit Wedge(KeyboardWedgeScanner::Options options = {}) : scanner(options, clock.function())
    {
        qApp->installEventFilter(&scanner);
    }
    ~Wedge() { qApp->removeEventFilter(&scanner); }

    QString lastScan() const { return scans.isEmpty() ? QString() : scans.last().at(0).toString(); }
};

} // namespace

TEST_CASE("a burst faster than a person, ended by Enter, is a scan and the field stays empty")
{
    Wedge wedge;
    QLineEdit field;
    const qint64 last = typeAt(&field, wedge.clock, kQrAscii, 0, 4);
    CHECK(wedge.scanner.pendingCharacters() == kQrAscii.size());
    CHECK(field.text().isEmpty()); // held back while the burst lasts
    wedge.clock.set(last + 4);
    clickEnter(&field);
    REQUIRE(wedge.scans.size() == 1);
    CHECK(wedge.lastScan() == kQrAscii);
    CHECK(field.text().isEmpty());
    CHECK(wedge.scanner.pendingCharacters() == 0);
}

TEST_CASE("a scan's key events, the Enter's release included, never reach the widget")
{
    Wedge wedge;
    KeyRecorder recorder;
    const qint64 last = typeAt(&recorder, wedge.clock, QStringLiteral("000.00.31.H29-261204-0007"), 0, 10);
    wedge.clock.set(last + 10);
    clickEnter(&recorder);
    CHECK(wedge.scans.size() == 1);
    CHECK(recorder.events.isEmpty());
    // A person's key after the scan reaches it (held for one gap, then replayed).
    wedge.clock.set(last + 500);
    clickChar(&recorder, QLatin1Char('x'));
    wedge.clock.set(last + 600);
    wedge.scanner.replayIfIdle();
    CHECK(recorder.events == QStringList{QStringLiteral("Px"), QStringLiteral("Rx")});
}

TEST_CASE("a person's typing reaches the field in order, presses and releases interleaved")
{
    Wedge wedge;
    KeyRecorder recorder;
    const qint64 last = typeAt(&recorder, wedge.clock, QStringLiteral("abc"), 0, 150);
    // 'a' and 'b' were replayed when the next key came too late; 'c' is still held.
    CHECK(recorder.events == QStringList{QStringLiteral("Pa"), QStringLiteral("Ra"), QStringLiteral("Pb"), QStringLiteral("Rb")});
    wedge.clock.set(last + 35);
    wedge.scanner.replayIfIdle();
    CHECK(recorder.events.size() == 4); // at exactly the threshold the burst is still open
    wedge.clock.set(last + 36);
    wedge.scanner.replayIfIdle();
    CHECK(recorder.events.join(QLatin1Char(' ')) == QStringLiteral("Pa Ra Pb Rb Pc Rc"));
    CHECK(wedge.scans.isEmpty());
}

TEST_CASE("a fast typist's short word and Enter is typing, not a scan")
{
    Wedge wedge;
    QLineEdit field;
    QString textAtEnter;
    QObject::connect(&field, &QLineEdit::returnPressed, [&] { textAtEnter = field.text(); });
    const qint64 last = typeAt(&field, wedge.clock, QStringLiteral("hello"), 0, 20); // 5 < 8 characters
    wedge.clock.set(last + 20);
    clickEnter(&field);
    CHECK(wedge.scans.isEmpty());
    CHECK(field.text() == QStringLiteral("hello"));
    CHECK(textAtEnter == QStringLiteral("hello")); // replayed before the Enter was delivered
}

TEST_CASE("an Enter long after the burst is a person's Enter")
{
    Wedge wedge;
    QLineEdit field;
    const qint64 last = typeAt(&field, wedge.clock, QStringLiteral("0123456789"), 0, 5);
    wedge.clock.set(last + 36);
    clickEnter(&field);
    CHECK(wedge.scans.isEmpty());
    CHECK(field.text() == QStringLiteral("0123456789"));
}

TEST_CASE("the minimum length and the gap are the configured ones")
{
    Wedge wedge(KeyboardWedgeScanner::Options{60, 4, false});
    QLineEdit field;
    const qint64 last = typeAt(&field, wedge.clock, QStringLiteral("ABCD"), 0, 55);
    wedge.clock.set(last + 60);
    clickEnter(&field);
    CHECK(wedge.lastScan() == QStringLiteral("ABCD"));
    CHECK(field.text().isEmpty());
}

TEST_CASE("typing, then a scan, then typing: the person's letters land and the scan is taken")
{
    Wedge wedge;
    QLineEdit field;
    qint64 at = typeAt(&field, wedge.clock, QStringLiteral("ab"), 0, 200);
    at = typeAt(&field, wedge.clock, kQrAscii, at + 200, 3); // replays 'b' on its first key
    CHECK(field.text() == QStringLiteral("ab"));
    wedge.clock.set(at + 3);
    clickEnter(&field);
    at = typeAt(&field, wedge.clock, QStringLiteral("c"), at + 300, 0);
    wedge.clock.set(at + 100);
    wedge.scanner.replayIfIdle();
    CHECK(field.text() == QStringLiteral("abc"));
    REQUIRE(wedge.scans.size() == 1);
    CHECK(wedge.lastScan() == kQrAscii);
}

TEST_CASE("Shift pressed around capitals and '|' does not break a burst")
{
    Wedge wedge;
    QLineEdit field;
    wedge.clock.set(0);
    const QString code = QStringLiteral("AB|CD|EF|GH");
    qint64 at = 0;
    for (QChar c : code) {
        wedge.clock.set(at += 3);
        QKeyEvent shiftDown(QEvent::KeyPress, Qt::Key_Shift, Qt::ShiftModifier);
        QApplication::sendEvent(&field, &shiftDown);
        clickChar(&field, c);
        QKeyEvent shiftUp(QEvent::KeyRelease, Qt::Key_Shift, Qt::NoModifier);
        QApplication::sendEvent(&field, &shiftUp);
    }
    wedge.clock.set(at + 3);
    clickEnter(&field);
    CHECK(wedge.lastScan() == code);
    CHECK(field.text().isEmpty());
}

TEST_CASE("text with Vietnamese letters from key events is scanned as it came")
{
    Wedge wedge;
    QLineEdit field;
    const QString name = QStringLiteral("NGUYỄN VĂN AN");
    qint64 at = 0;
    for (QChar c : name) {
        wedge.clock.set(at += 2);
        clickKey(&field, keyFor(c), QString(c));
    }
    wedge.clock.set(at + 2);
    clickEnter(&field);
    CHECK(wedge.lastScan() == name);
}

TEST_CASE("Ctrl and Alt keys pass untouched, after what was typed before them")
{
    Wedge wedge;
    QLineEdit field;
    const qint64 last = typeAt(&field, wedge.clock, QStringLiteral("abc"), 0, 5);
    CHECK(field.text().isEmpty());
    wedge.clock.set(last + 5);
    clickKey(&field, Qt::Key_A, QStringLiteral("\x01"), Qt::ControlModifier); // Ctrl+A: select all
    CHECK(field.text() == QStringLiteral("abc"));
    CHECK(field.selectedText() == QStringLiteral("abc"));

    KeyRecorder recorder;
    clickKey(&recorder, Qt::Key_F, QStringLiteral("f"), Qt::AltModifier);
    CHECK(recorder.events == QStringList{QStringLiteral("Pf"), QStringLiteral("Rf")});
    CHECK(wedge.scans.isEmpty());
}

TEST_CASE("editing keys and auto-repeat replay what is held and pass")
{
    Wedge wedge;
    QLineEdit field;
    qint64 last = typeAt(&field, wedge.clock, QStringLiteral("abcd"), 0, 5);
    wedge.clock.set(last + 5);
    clickKey(&field, Qt::Key_Backspace, QStringLiteral("\b"));
    CHECK(field.text() == QStringLiteral("abc"));

    last = typeAt(&field, wedge.clock, QStringLiteral("xy"), last + 100, 5);
    wedge.clock.set(last + 5);
    QKeyEvent repeat(QEvent::KeyPress, Qt::Key_Z, Qt::NoModifier, QStringLiteral("z"), true);
    QApplication::sendEvent(&field, &repeat);
    CHECK(field.text() == QStringLiteral("abcxyz"));
    CHECK(wedge.scans.isEmpty());
}

TEST_CASE("a click replays the held keys into the field they were typed in")
{
    Wedge wedge;
    QWidget window;
    auto *first = new QLineEdit(&window);
    auto *second = new QLineEdit(&window);
    typeAt(first, wedge.clock, QStringLiteral("ab"), 0, 5);
    QMouseEvent click(QEvent::MouseButtonPress, QPointF(2, 2), QPointF(2, 2), QPointF(2, 2), Qt::LeftButton,
                      Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(second, &click);
    CHECK(first->text() == QStringLiteral("ab"));
    CHECK(second->text().isEmpty());
}

TEST_CASE("in a modal dialog the burst is typed into the dialog unless scans are wanted there")
{
    QDialog dialog;
    auto *field = new QLineEdit(&dialog);
    dialog.setModal(true);
    dialog.show();
    REQUIRE(QGuiApplication::modalWindow() != nullptr);

    SECTION("default: the dialog gets the text")
    {
        Wedge wedge;
        const qint64 last = typeAt(field, wedge.clock, kQrAscii, 0, 3);
        wedge.clock.set(last + 3);
        clickEnter(field);
        CHECK(wedge.scans.isEmpty());
        CHECK(field->text() == kQrAscii);
    }
    SECTION("scanInModalDialogs: it is a scan")
    {
        Wedge wedge(KeyboardWedgeScanner::Options{35, 8, true});
        const qint64 last = typeAt(field, wedge.clock, kQrAscii, 0, 3);
        wedge.clock.set(last + 3);
        clickEnter(field);
        CHECK(wedge.lastScan() == kQrAscii);
        CHECK(field->text().isEmpty());
    }
    dialog.hide();
}

TEST_CASE("window-system timestamps decide the gaps when the events carry them")
{
    Wedge wedge;
    QLineEdit field;
    SECTION("handled all at once after a busy moment, typed at a person's pace: typing")
    {
        wedge.clock.set(0);
        quint64 stamp = 5'000;
        for (QChar c : QStringLiteral("slowly typed"))
            clickKey(&field, keyFor(c), QString(c), Qt::NoModifier, stamp += 150);
        clickKey(&field, Qt::Key_Return, QStringLiteral("\r"), Qt::NoModifier, stamp + 150);
        CHECK(wedge.scans.isEmpty());
        CHECK(field.text() == QStringLiteral("slowly typed"));
    }
    SECTION("handled 80 ms apart on a loaded machine, produced at a scanner's pace: a scan")
    {
        qint64 at = 0;
        quint32 stamp = 0xFFFF'FFF0; // X11's 32-bit stamps wrap around during the burst
        for (QChar c : kQrAscii) {
            wedge.clock.set(at += 80);
            const bool upper = c.isUpper() || c == QLatin1Char('|');
            clickKey(&field, keyFor(c), QString(c), upper ? Qt::ShiftModifier : Qt::NoModifier, stamp += 3);
        }
        wedge.clock.set(at += 80);
        clickKey(&field, Qt::Key_Return, QStringLiteral("\r"), Qt::NoModifier, stamp += 3);
        CHECK(wedge.lastScan() == kQrAscii);
        CHECK(field.text().isEmpty());
    }
}

TEST_CASE("nothing held is lost when the scanner is disabled or destroyed")
{
    QLineEdit field;
    {
        Wedge wedge;
        typeAt(&field, wedge.clock, QStringLiteral("ab"), 0, 5);
        wedge.scanner.setEnabled(false);
        CHECK(field.text() == QStringLiteral("ab"));
        typeAt(&field, wedge.clock, QStringLiteral("cd"), 100, 5);
        CHECK(field.text() == QStringLiteral("abcd")); // disabled: straight through
        wedge.scanner.setEnabled(true);
        typeAt(&field, wedge.clock, QStringLiteral("ef"), 200, 5);
        CHECK(field.text() == QStringLiteral("abcd"));
    }
    CHECK(field.text() == QStringLiteral("abcdef"));
}

// The same rules with real time: QTest key events at scanner speed and at a person's speed,
// the scanner's default monotonic clock and its idle timer. The edges of the rules are proven
// above with the manual clock; here the gap is 100 ms (a person's 120 ms gaps stay above it)
// so that a test process descheduled for a moment on a loaded machine does not split a burst.
namespace {

constexpr KeyboardWedgeScanner::Options kRealTimeOptions{100, 8, false};


struct RealWedge {
    KeyboardWedgeScanner scanner;
    QSignalSpy scans{&scanner, &KeyboardWedgeScanner::scanned};
    QWidget window;
    QLineEdit *field = new QLineEdit(&window);

    explicit RealWedge(KeyboardWedgeScanner::Options options = kRealTimeOptions) : scanner(options)
    {
        qApp->installEventFilter(&scanner);
        window.show();
        field->setFocus();
    }
    ~RealWedge() { qApp->removeEventFilter(&scanner); }
};

} // namespace

TEST_CASE("QTest at scanner speed: scanned() and the line edit unchanged")
{
    RealWedge wedge;
    QTest::keyClicks(wedge.field, kQrAscii); // no delay between keys
    QTest::keyClick(wedge.field, Qt::Key_Return);
    REQUIRE(wedge.scans.size() == 1);
    CHECK(wedge.scans.at(0).at(0).toString() == kQrAscii);
    CHECK(wedge.field->text().isEmpty());
}

TEST_CASE("QTest through the window, as a real keyboard arrives: a scan, then a person's typing")
{
    RealWedge wedge;
    QApplication::setActiveWindow(&wedge.window);
    REQUIRE(QTest::qWaitForWindowActive(&wedge.window));
    QWindow *window = wedge.window.windowHandle();
    REQUIRE(window);
    for (QChar c : kQrAscii)
        QTest::keyClick(window, c.toLatin1());
    QTest::keyClick(window, Qt::Key_Return);
    REQUIRE(wedge.scans.size() == 1);
    CHECK(wedge.scans.at(0).at(0).toString() == kQrAscii);
    CHECK(wedge.field->text().isEmpty());

    QTest::keyClick(window, 'o');
    QTest::qWait(150);
    QTest::keyClick(window, 'k');
    QTest::qWait(150);
    CHECK(wedge.field->text() == QStringLiteral("ok"));
}

TEST_CASE("QTest at a few milliseconds per key (a real scanner's pace) is still a scan")
{
    RealWedge wedge;
    QTest::keyClicks(wedge.field, QStringLiteral("000.00.31.H29-261204-0007"), Qt::NoModifier, 2);
    QTest::keyClick(wedge.field, Qt::Key_Return, Qt::NoModifier, 2);
    REQUIRE(wedge.scans.size() == 1);
    CHECK(wedge.scans.at(0).at(0).toString() == QStringLiteral("000.00.31.H29-261204-0007"));
    CHECK(wedge.field->text().isEmpty());
}

TEST_CASE("QTest at a person's speed: the text is in the line edit and nothing is emitted")
{
    RealWedge wedge;
    QString textAtEnter;
    QObject::connect(wedge.field, &QLineEdit::returnPressed, [&] { textAtEnter = wedge.field->text(); });
    QTest::keyClicks(wedge.field, QStringLiteral("Ha Noi 2"), Qt::NoModifier, 120);
    QTest::keyClick(wedge.field, Qt::Key_Return, Qt::NoModifier, 120);
    CHECK(wedge.scans.isEmpty());
    CHECK(wedge.field->text() == QStringLiteral("Ha Noi 2"));
    CHECK(textAtEnter == QStringLiteral("Ha Noi 2"));
}

TEST_CASE("QTest mixed: typing, a scan, more typing")
{
    RealWedge wedge;
    QTest::keyClicks(wedge.field, QStringLiteral("ab"), Qt::NoModifier, 120);
    QTest::qWait(120);
    QTest::keyClicks(wedge.field, kQrAscii);
    QTest::keyClick(wedge.field, Qt::Key_Return);
    QTest::keyClicks(wedge.field, QStringLiteral("c"), Qt::NoModifier, 120);
    QTest::qWait(120);
    CHECK(wedge.field->text() == QStringLiteral("abc"));
    REQUIRE(wedge.scans.size() == 1);
    CHECK(wedge.scans.at(0).at(0).toString() == kQrAscii);
}

TEST_CASE("QTest Ctrl+C copies and a Ctrl shortcut fires")
{
    RealWedge wedge;
    wedge.field->setText(QStringLiteral("000.00.31.H29"));
    wedge.field->selectAll();
    QApplication::clipboard()->clear();
    QTest::keyClick(wedge.field, Qt::Key_C, Qt::ControlModifier);
    CHECK(QApplication::clipboard()->text() == QStringLiteral("000.00.31.H29"));

    // Shortcuts need an active window (QShortcutMap's context check), as in the app.
    QApplication::setActiveWindow(&wedge.window);
    REQUIRE(QTest::qWaitForWindowActive(&wedge.window));
    int fired = 0;
    QShortcut shortcut(QKeySequence(Qt::CTRL | Qt::Key_K), &wedge.window, [&] { ++fired; }, Qt::ApplicationShortcut);
    QTest::keyClick(wedge.field, Qt::Key_K, Qt::ControlModifier);
    CHECK(fired == 1);
    CHECK(wedge.scans.isEmpty());
    CHECK(wedge.field->text() == QStringLiteral("000.00.31.H29"));
}
