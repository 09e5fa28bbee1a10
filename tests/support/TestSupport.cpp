#include "TestSupport.h"

#include <QByteArray>

namespace motcua::test {

QString sourceDir()
{
    const QByteArray fromEnv = qgetenv("MOTCUA_SOURCE_DIR");
    return fromEnv.isEmpty() ? QStringLiteral(MOTCUA_SOURCE_DIR) : QString::fromLocal8Bit(fromEnv);
}

} // namespace motcua::test
