#pragma once
// Transitional name: core/storage was written against "SecretBytes" from this module, while
// core/identity has its own, different motcua::SecretBytes (a std::vector that deep-copies).
// Two classes with one name would collide at link time, so ours is KeyBytes; this alias keeps
// storage compiling until the two are merged into one type in core/common. Do not include it
// together with identity/SecretBytes.h.
#include "security/KeyBytes.h"

namespace motcua {
using SecretBytes = KeyBytes;
} // namespace motcua
