// The layout tables against xkeyboard-config's fr and de symbols, key by key where it matters,
// and both directions for every character of the US main block.
#include "TestSupport.h"
#include "scanners/KeyboardLayouts.h"

#include <catch2/catch.hpp>

using namespace motcua::scanners;

namespace {
const QString kUsKeys = QStringLiteral("`1234567890-=qwertyuiop[]\\asdfghjkl;'zxcvbnm,./~!@#$%^&*()_+QWERTYUIOP{}|ASDFGHJKL:\"ZXCVBNM<>? ");
}

TEST_CASE("AZERTY: the digit row types symbols, '|' comes as µ, A/Q and Z/W swap")
{
    CHECK(typedThrough(HostLayout::FrenchAzerty, QStringLiteral("1234567890")) == QStringLiteral("&é\"'(-è_çà"));
    CHECK(typedThrough(HostLayout::FrenchAzerty, QStringLiteral("!@#$%^&*()")) == QStringLiteral("1234567890"));
    CHECK(typedThrough(HostLayout::FrenchAzerty, QStringLiteral("|\\")) == QStringLiteral("µ*"));
    CHECK(typedThrough(HostLayout::FrenchAzerty, QStringLiteral("AaQqZzWwMm;:,./?")) == QStringLiteral("QqAaWwZz?,mM;:!§"));
    CHECK(usCharacterFor(HostLayout::FrenchAzerty, QChar(u'ù')) == QLatin1Char('\''));
    // The key right of P is a dead circumflex: it merges with the next key.
    CHECK(typedThrough(HostLayout::FrenchAzerty, QStringLiteral("[")) == QString(QChar::ReplacementCharacter));
}

TEST_CASE("QWERTZ: digits stay, '|' comes as ', Y/Z swap, '-' is ß")
{
    CHECK(typedThrough(HostLayout::GermanQwertz, QStringLiteral("1234567890")) == QStringLiteral("1234567890"));
    CHECK(typedThrough(HostLayout::GermanQwertz, QStringLiteral("|\\-/?:;")) == QStringLiteral("'#ß-_Öö"));
    CHECK(typedThrough(HostLayout::GermanQwertz, QStringLiteral("YyZz")) == QStringLiteral("ZzYy"));
    CHECK(typedThrough(HostLayout::GermanQwertz, QStringLiteral("=")) == QString(QChar::ReplacementCharacter));
}

TEST_CASE("every US character comes back from each layout, dead keys excepted")
{
    for (HostLayout layout : knownHostLayouts()) {
        const QString typed = typedThrough(layout, kUsKeys);
        REQUIRE(typed.size() == kUsKeys.size());
        int dead = 0;
        for (qsizetype i = 0; i < typed.size(); ++i) {
            if (typed.at(i) == QChar::ReplacementCharacter) {
                ++dead;
                continue;
            }
            INFO("US character " << QString(kUsKeys.at(i)));
            CHECK(usCharacterFor(layout, typed.at(i)) == kUsKeys.at(i));
        }
        CHECK(dead == (layout == HostLayout::FrenchAzerty ? 2 : 3)); // fr: ^ ¨; de: ^ ´ `
    }
    CHECK(usCharacterFor(HostLayout::FrenchAzerty, QChar(u'ễ')).isNull());
}
