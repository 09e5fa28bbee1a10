#include "scanners/KeyboardLayouts.h"

#include <string_view>

namespace motcua::scanners {

namespace {

// U+FFFF never occurs in text: it marks a dead key in the tables below.
constexpr char16_t kDead = u'\uFFFF';

// The 47 keys of the main block in one order: `1234567890-= / qwertyuiop[] / \ / asdfghjkl;'
// / zxcvbnm,./ (xkb TLDE, AE01-AE12, AD01-AD12, BKSL, AC01-AC11, AB01-AB10), without and with Shift.
constexpr std::u16string_view kUsPlain = u"`1234567890-=qwertyuiop[]\\asdfghjkl;'zxcvbnm,./";
constexpr std::u16string_view kUsShift = u"~!@#$%^&*()_+QWERTYUIOP{}|ASDFGHJKL:\"ZXCVBNM<>?";

constexpr std::u16string_view kFrPlain = u"²&é\"'(-è_çà)=azertyuiop\uFFFF$*qsdfghjklmùwxcvbn,;:!";
constexpr std::u16string_view kFrShift = u"~1234567890°+AZERTYUIOP\uFFFF£µQSDFGHJKLM%WXCVBN?./§";

constexpr std::u16string_view kDePlain = u"\uFFFF1234567890ß\uFFFFqwertzuiopü+#asdfghjklöäyxcvbnm,.-";
constexpr std::u16string_view kDeShift = u"°!\"§$%&/()=?\uFFFFQWERTZUIOPÜ*'ASDFGHJKLÖÄYXCVBNM;:_";

static_assert(kUsPlain.size() == 47 && kUsShift.size() == 47);
static_assert(kFrPlain.size() == 47 && kFrShift.size() == 47);
static_assert(kDePlain.size() == 47 && kDeShift.size() == 47);

struct LayoutTable {
    std::u16string_view plain;
    std::u16string_view shift;
};

LayoutTable tableOf(HostLayout layout)
{
    switch (layout) {
    case HostLayout::FrenchAzerty: return {kFrPlain, kFrShift};
    case HostLayout::GermanQwertz: return {kDePlain, kDeShift};
    }
    return {kUsPlain, kUsShift};
}

} // namespace

QList<HostLayout> knownHostLayouts()
{
    return {HostLayout::FrenchAzerty, HostLayout::GermanQwertz};
}

QChar usCharacterFor(HostLayout layout, QChar typed)
{
    if (typed == QLatin1Char(' '))
        return typed;
    if (typed.unicode() == kDead)
        return {};
    const LayoutTable table = tableOf(layout);
    if (const auto at = table.plain.find(typed.unicode()); at != std::u16string_view::npos)
        return QChar(kUsPlain[at]);
    if (const auto at = table.shift.find(typed.unicode()); at != std::u16string_view::npos)
        return QChar(kUsShift[at]);
    return {};
}

QString typedThrough(HostLayout layout, const QString &usText)
{
    const LayoutTable table = tableOf(layout);
    QString out;
    out.reserve(usText.size());
    for (QChar c : usText) {
        char16_t typed = QChar::ReplacementCharacter;
        if (c == QLatin1Char(' '))
            typed = u' ';
        else if (const auto at = kUsPlain.find(c.unicode()); at != std::u16string_view::npos)
            typed = table.plain[at];
        else if (const auto atShift = kUsShift.find(c.unicode()); atShift != std::u16string_view::npos)
            typed = table.shift[atShift];
        out.append(QChar(typed == kDead ? char16_t(QChar::ReplacementCharacter) : typed));
    }
    return out;
}

} // namespace motcua::scanners
