#pragma once
// The scanners' log category (motcua.scanners): states, lengths and counts only, never the
// scanned text (a CCCD QR is a citizen's personal data).
#include <QLoggingCategory>

namespace motcua::scanners {
Q_DECLARE_LOGGING_CATEGORY(lcScanners)
} // namespace motcua::scanners
