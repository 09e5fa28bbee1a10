#include "camera/CameraLogging.h"

namespace motcua::camera {
Q_LOGGING_CATEGORY(lcCamera, "motcua.camera", QtInfoMsg)
} // namespace motcua::camera
