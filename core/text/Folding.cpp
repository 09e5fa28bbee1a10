#include "text/Folding.h"

namespace motcua::text {

QString normalized(const QString &text)
{
    return text.normalized(QString::NormalizationForm_C).simplified();
}

QString folded(const QString &text)
{
    // NFD separates base letters from their marks; dropping the marks leaves plain Latin,
    // except đ/Đ, which is its own letter in Unicode and has no decomposition.
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c == QChar(0x0111) || c == QChar(0x0110))
            c = QLatin1Char('d');
        out.append(c.toLower());
    }
    return out.simplified();
}

QStringList foldedWords(const QString &text)
{
    return folded(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace motcua::text
