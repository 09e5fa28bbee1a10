#include "scanners/ScannersLogging.h"

namespace motcua::scanners {
Q_LOGGING_CATEGORY(lcScanners, "motcua.scanners", QtInfoMsg)
} // namespace motcua::scanners
