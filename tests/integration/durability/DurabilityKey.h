#pragma once
// The writer and the test open the same store: same file, same (test-only) key.
#include "security/DataKey.h"

#include <QByteArray>

namespace motcua::test {
inline DataKey durabilityKey()
{
    return DataKey::fromBytes(QByteArray(DataKey::kSize, '\x42'));
}
} // namespace motcua::test
