#pragma once
// The camera path's log category (motcua.camera): device choice, camera errors, frame formats
// that needed a copy. Never a decoded text: it may be a citizen's identity.
#include <QLoggingCategory>

namespace motcua::camera {
Q_DECLARE_LOGGING_CATEGORY(lcCamera)
} // namespace motcua::camera
