#include "TestSupport.h"
#include "camera/RepeatFilter.h"

#include <catch2/catch.hpp>

using namespace motcua;
using namespace motcua::camera;
using namespace std::chrono_literals;

namespace {

qr::DecodedCode code(const QString &text)
{
    qr::DecodedCode c;
    c.text = text;
    c.format = QStringLiteral("QRCode");
    return c;
}

QStringList texts(const QList<qr::DecodedCode> &codes)
{
    QStringList out;
    for (const auto &c : codes)
        out.append(c.text);
    return out;
}

} // namespace

TEST_CASE("a code is reported once while in view and again after 2 s out of view")
{
    RepeatFilter filter; // 2 s
    const auto t0 = RepeatFilter::Clock::time_point{} + 1h;
    const auto a = code(QStringLiteral("A")), b = code(QStringLiteral("B"));

    CHECK(texts(filter.newCodes({a}, t0)) == QStringList{QStringLiteral("A")});
    // Seen in every frame for 10 s: never again, however long it stays.
    for (int frame = 1; frame <= 300; ++frame)
        CHECK(filter.newCodes({a}, t0 + frame * 33ms).isEmpty());
    const auto lastSeen = t0 + 300 * 33ms;
    // A second code joins: only it is new.
    CHECK(texts(filter.newCodes({a, b}, lastSeen)) == QStringList{QStringLiteral("B")});
    // Out of view 1.9 s: still the same card.
    CHECK(filter.newCodes({a}, lastSeen + 1900ms).isEmpty());
    // Now out of view from lastSeen + 1.9 s for 2 s: reported again.
    CHECK(texts(filter.newCodes({a}, lastSeen + 3900ms)) == QStringList{QStringLiteral("A")});
    // B left 2 s ago and was forgotten (the memory holds what is in view, not history).
    CHECK(filter.remembered() == 1);
}

TEST_CASE("two copies of a code in one frame are reported once, and clear() forgets")
{
    RepeatFilter filter(500ms);
    const auto t0 = RepeatFilter::Clock::time_point{} + 1h;
    const auto a = code(QStringLiteral("A"));
    CHECK(filter.newCodes({a, a}, t0).size() == 1);
    CHECK(filter.newCodes({a}, t0 + 100ms).isEmpty());
    filter.clear();
    CHECK(filter.newCodes({a}, t0 + 200ms).size() == 1);
    // Same text in another format is another code.
    auto dataMatrix = a;
    dataMatrix.format = QStringLiteral("DataMatrix");
    CHECK(filter.newCodes({dataMatrix}, t0 + 300ms).size() == 1);
}
