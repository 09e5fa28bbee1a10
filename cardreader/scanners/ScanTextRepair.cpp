#include "scanners/ScanTextRepair.h"

#include <array>

namespace motcua::scanners {

namespace {

// Vietnamese tone marks (grave, acute, tilde, hook above, dot below) in NFD: one per syllable.
constexpr std::array<char16_t, 5> kToneMarks{u'\u0300', u'\u0301', u'\u0303', u'\u0309', u'\u0323'};

// What AZERTY's digit row types without Shift: a code of digits comes out as these.
constexpr QStringView kAzertyDigitRow = u"&é\"'(-è_çà";

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

bool startsLikeCccd(const QString &text)
{
    if (text.size() < 13 || text.at(12) != QLatin1Char('|'))
        return false;
    for (int i = 0; i < 12; ++i)
        if (!isAsciiDigit(text.at(i)))
            return false;
    return true;
}

bool startsWithUrlScheme(const QString &text)
{
    return text.startsWith(QLatin1String("https://"), Qt::CaseInsensitive)
        || text.startsWith(QLatin1String("http://"), Qt::CaseInsensitive);
}

bool isVietnameseLetter(QChar c)
{
    return c.unicode() >= 0x80 && c.isLetter();
}

bool hasLetter(const QString &text)
{
    for (QChar c : text)
        if (c.isLetter())
            return true;
    return false;
}

bool isAscii(const QString &text)
{
    for (QChar c : text)
        if (c.unicode() >= 0x80)
            return false;
    return true;
}

bool containsWhitespace(const QString &text)
{
    for (QChar c : text)
        if (c.isSpace())
            return true;
    return false;
}

bool isCodeCharacter(QChar c)
{
    return (c.unicode() < 0x80 && c.isLetterOrNumber()) || c == QLatin1Char('.') || c == QLatin1Char('-')
        || c == QLatin1Char('/') || c == QLatin1Char('_');
}

// A dossier code typed through AZERTY: no digit and no space survives, the digit row's symbols
// fill it, and converted back it is a code of mostly digits. French prose has spaces; a
// correct code has digits.
bool isAzertyDigitCode(const QString &text)
{
    if (text.isEmpty() || containsWhitespace(text))
        return false;
    int digitRowSymbols = 0;
    for (QChar c : text) {
        if (isAsciiDigit(c))
            return false;
        if (kAzertyDigitRow.contains(c))
            ++digitRowSymbols;
    }
    if (digitRowSymbols < 6)
        return false;
    int unmapped = 0;
    const QString undone = ScanTextRepair::undoLayout(HostLayout::FrenchAzerty, text, &unmapped);
    if (unmapped > 0)
        return false;
    int digits = 0;
    for (QChar c : undone) {
        if (!isCodeCharacter(c))
            return false;
        digits += isAsciiDigit(c) ? 1 : 0;
    }
    return digits * 2 >= undone.size();
}

// The fields of a CCCD QR after the ID that hold words (name, sex, address), '|' split.
QStringList wordFields(const QString &cccdText)
{
    QStringList fields = cccdText.split(QLatin1Char('|'));
    fields.removeFirst();
    QStringList out;
    for (const QString &field : fields)
        if (hasLetter(field) || field.contains(QLatin1Char('?')) || field.contains(QChar::ReplacementCharacter))
            out.append(field);
    return out;
}

struct WordCount {
    int words = 0;
    int accented = 0;
};

WordCount countWords(const QString &text)
{
    WordCount count;
    bool inWord = false;
    bool accented = false;
    auto endWord = [&] {
        if (inWord) {
            ++count.words;
            count.accented += accented ? 1 : 0;
        }
        inWord = false;
        accented = false;
    };
    for (QChar c : text) {
        if (c.isLetter() || c.category() == QChar::Mark_NonSpacing) {
            inWord = true;
            accented = accented || isVietnameseLetter(c) || c.category() == QChar::Mark_NonSpacing;
        } else {
            endWord();
        }
    }
    endWord();
    return count;
}

} // namespace

QString ScanTextRepair::layoutName(HostLayout layout)
{
    switch (layout) {
    case HostLayout::FrenchAzerty: return tr("French (AZERTY)");
    case HostLayout::GermanQwertz: return tr("German (QWERTZ)");
    }
    return {};
}

QString ScanTextRepair::removeDoubledMarks(const QString &text, int *removed)
{
    // In NFD every letter is a base followed by its marks, so a mark the input method added a
    // second time sits next to (or near) the first one; no writing system repeats a mark on
    // one letter.
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    QString marksOfLetter;
    int dropped = 0;
    for (QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing) {
            if (marksOfLetter.contains(c)) {
                ++dropped;
                continue;
            }
            marksOfLetter.append(c);
        } else {
            marksOfLetter.clear();
        }
        out.append(c);
    }
    if (removed)
        *removed = dropped;
    return out.normalized(QString::NormalizationForm_C);
}

bool ScanTextRepair::hasConflictingToneMarks(const QString &text)
{
    int tonesOfLetter = 0;
    for (QChar c : text.normalized(QString::NormalizationForm_D)) {
        if (c.category() != QChar::Mark_NonSpacing) {
            tonesOfLetter = 0;
            continue;
        }
        for (char16_t tone : kToneMarks)
            if (c.unicode() == tone && ++tonesOfLetter > 1)
                return true;
    }
    return false;
}

std::optional<HostLayout> ScanTextRepair::mangledByLayout(const QString &text)
{
    if (startsLikeCccd(text) || startsWithUrlScheme(text))
        return std::nullopt;
    for (HostLayout layout : knownHostLayouts()) {
        if (text.size() >= 13 && startsLikeCccd(undoLayout(layout, text.left(13))))
            return layout;
        if (startsWithUrlScheme(undoLayout(layout, text.left(8))))
            return layout;
    }
    if (isAzertyDigitCode(text))
        return HostLayout::FrenchAzerty;
    return std::nullopt;
}

QString ScanTextRepair::undoLayout(HostLayout layout, const QString &text, int *unmapped)
{
    QString out;
    out.reserve(text.size());
    int notMapped = 0;
    for (QChar c : text) {
        const QChar us = usCharacterFor(layout, c);
        if (us.isNull()) {
            out.append(c);
            notMapped += c.isSpace() ? 0 : 1;
        } else {
            out.append(us);
        }
    }
    if (unmapped)
        *unmapped = notMapped;
    return out;
}

bool ScanTextRepair::lostVietnameseMarks(const QString &cccdText)
{
    if (!startsLikeCccd(cccdText))
        return false;
    const QStringList fields = wordFields(cccdText);
    bool replaced = false;
    bool allAscii = true;
    bool wordsBesidesNam = false; // "Nam" (male) is written without accents
    for (const QString &field : fields) {
        replaced = replaced || field.contains(QLatin1Char('?')) || field.contains(QChar::ReplacementCharacter);
        allAscii = allAscii && isAscii(field);
        wordsBesidesNam = wordsBesidesNam || (hasLetter(field) && field.trimmed() != QLatin1String("Nam"));
    }
    // Real Vietnamese addresses always carry accents (Xã, Phường, Tỉnh...): all-ASCII means lost.
    return replaced || (allAscii && wordsBesidesNam);
}

bool ScanTextRepair::looksChangedByInputMethod(const QString &text)
{
    if (startsLikeCccd(text)) {
        // A real name and address have accents on most words; a text that lost them all but a
        // few composed letters was typed in ASCII and the input method composed those few.
        const WordCount count = countWords(wordFields(text).join(QLatin1Char(' ')));
        return count.accented > 0 && count.words >= 5 && count.accented * 5 <= count.words;
    }
    bool hasDigit = false;
    bool hasVietnamese = false;
    for (QChar c : text) {
        hasDigit = hasDigit || isAsciiDigit(c);
        hasVietnamese = hasVietnamese || isVietnameseLetter(c);
    }
    const bool codeLike = startsWithUrlScheme(text) || (hasDigit && !containsWhitespace(text));
    return codeLike && hasVietnamese;
}

RepairedScan ScanTextRepair::repair(const QString &scanned)
{
    RepairedScan result;
    int doubled = 0;
    QString text = removeDoubledMarks(scanned, &doubled);
    if (doubled > 0)
        result.repairs.append(tr("Removed %n accent mark(s) that the input method had added a second time.", nullptr, doubled));
    if (hasConflictingToneMarks(text))
        result.warnings.append(tr("Some letters carry two different tone marks (added by the input method). "
                                  "Check the name and address against the card."));

    if (const std::optional<HostLayout> layout = mangledByLayout(text)) {
        int unmapped = 0;
        text = undoLayout(*layout, text, &unmapped);
        result.repairs.append(tr("The scanner typed through the %1 keyboard layout; the text was converted back. "
                                 "Set this computer or the scanner to the US (English) keyboard layout.")
                                  .arg(layoutName(*layout)));
        if (unmapped > 0)
            result.warnings.append(tr("%n character(s) could not be converted back from that keyboard layout: "
                                      "check the text.", nullptr, unmapped));
    }

    if (lostVietnameseMarks(text)) {
        result.warnings.append(tr("The scanner dropped the Vietnamese accents, so the name and address read "
                                  "without them (for example NGUYEN VAN A). Check them against the card, or "
                                  "read the chip."));
    } else if (looksChangedByInputMethod(text)) {
        result.warnings.append(startsLikeCccd(text)
            ? tr("The name and address lost most of their accents and a few letters were changed by the "
                 "Vietnamese input method (Unikey, ibus, fcitx). Check them against the card, or read the chip; "
                 "switch the input method to English while scanning.")
            : tr("The Vietnamese input method (Unikey, ibus, fcitx) changed letters in this code. Switch the "
                 "input method to English and scan again."));
    }
    result.text = text;
    return result;
}

} // namespace motcua::scanners
