#include "identity/Sex.h"

#include "text/Folding.h"

namespace motcua::Sex {

QString fromText(const QString &text)
{
    // Folding lets "Nu" typed by a scanner without the Vietnamese input method still count.
    const QString key = text::folded(text);
    if (key == QLatin1String("nam") || key == QLatin1String("m") || key == QLatin1String("male"))
        return male;
    if (key == QLatin1String("nu") || key == QLatin1String("f") || key == QLatin1String("female"))
        return female;
    return {};
}

QString vietnameseLabel(const QString &sex)
{
    if (sex == male)
        return QStringLiteral("Nam");
    if (sex == female)
        return QStringLiteral("Nữ");
    return {};
}

} // namespace motcua::Sex
