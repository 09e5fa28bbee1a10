#include "ServerStorage.h"

namespace motcua::server {

QString workstationIdPrefix(const QString &unit, const QString &counter)
{
    auto safe = [](const QString &text) {
        QString out;
        for (const QChar c : text.toLower())
            if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
                out += c;
        return out.isEmpty() ? QStringLiteral("x") : out;
    };
    return QStringLiteral("ws-%1-%2-").arg(safe(unit), safe(counter));
}

} // namespace motcua::server
