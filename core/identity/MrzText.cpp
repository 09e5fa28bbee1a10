#include "identity/MrzText.h"

#include "identity/Td1Mrz.h"

#include <QRegularExpression>

namespace motcua::mrz {

namespace {

bool isMrzCharacter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'0' && u <= u'9') || (u >= u'A' && u <= u'Z') || u == u'<';
}

bool isDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

// The letters OCR-B readers most often take for digits, with the digit they resemble.
QChar confusedDigit(QChar c)
{
    switch (c.unicode()) {
    case u'O': return QLatin1Char('0');
    case u'I': return QLatin1Char('1');
    case u'B': return QLatin1Char('8');
    case u'S': return QLatin1Char('5');
    case u'Z': return QLatin1Char('2');
    case u'G': return QLatin1Char('6');
    default: return {};
    }
}

} // namespace

Result<QStringList> splitTd1Lines(const QString &text)
{
    QStringList lines;
    for (const QString &line : text.split(QRegularExpression(QStringLiteral("[\\r\\n]+")))) {
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty())
            lines.append(trimmed.toUpper());
    }
    if (lines.size() != 3) {
        // Run together, or broken in odd places by a scanner: only the 90 characters matter.
        QString joined = lines.join(QString());
        joined.remove(QRegularExpression(QStringLiteral("\\s")));
        if (joined.size() != 90)
            return Error{QStringLiteral("mrz.length.invalid"),
                         Td1Mrz::tr("The MRZ must be 3 lines of 30 characters"),
                         QStringLiteral("%1 lines, %2 characters").arg(lines.size()).arg(joined.size())};
        lines = {joined.mid(0, 30), joined.mid(30, 30), joined.mid(60, 30)};
    }
    for (int i = 0; i < 3; ++i) {
        if (lines.at(i).size() != 30)
            return Error{QStringLiteral("mrz.line%1.length").arg(i + 1),
                         Td1Mrz::tr("Line %1 of the MRZ has %2 characters instead of 30").arg(i + 1).arg(lines.at(i).size())};
        for (int pos = 0; pos < 30; ++pos)
            if (!isMrzCharacter(lines.at(i).at(pos)))
                return Error{QStringLiteral("mrz.character.invalid"),
                             Td1Mrz::tr("The MRZ has a character that cannot be in an MRZ (line %1, position %2)").arg(i + 1).arg(pos + 1)};
    }
    return lines;
}

Status checkDigitSpans(const QStringList &lines, const QList<DigitSpan> &spans)
{
    QStringList confusions;
    const DigitSpan *firstBad = nullptr;
    for (const DigitSpan &span : spans) {
        for (int pos = span.start; pos < span.start + span.length; ++pos) {
            const QChar c = lines.at(span.line).at(pos);
            if (isDigit(c))
                continue;
            const QChar digit = confusedDigit(c);
            if (!digit.isNull())
                confusions.append(Td1Mrz::tr("line %1 position %2: '%3' (a misread '%4'?)")
                                      .arg(span.line + 1).arg(pos + 1).arg(c).arg(digit));
            else if (!firstBad)
                firstBad = &span;
        }
    }
    if (!confusions.isEmpty())
        return Error{QStringLiteral("mrz.ocrConfusable"),
                     Td1Mrz::tr("The MRZ has letters where digits must be: %1. Check them against the card and correct them.")
                         .arg(confusions.join(QStringLiteral("; "))),
                     QStringLiteral("%1 confusable characters").arg(confusions.size())};
    if (firstBad)
        return Error{QStringLiteral("mrz.%1.invalid").arg(firstBad->code),
                     Td1Mrz::tr("The %1 in the MRZ must be digits").arg(firstBad->label)};
    return Status::success();
}

} // namespace motcua::mrz
