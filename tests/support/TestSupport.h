#pragma once
// Helpers shared by the tests: where the sources are, and printing Qt types in Catch2.
#include <QString>
#include <ostream>

namespace motcua::test {

// The repository's root (tests read resources/ from there).
QString sourceDir();

} // namespace motcua::test

// Catch2 prints values it compares; teach it QString.
inline std::ostream &operator<<(std::ostream &os, const QString &s)
{
    return os << '"' << s.toStdString() << '"';
}
