#pragma once
// The card layer's log categories. motcua.apdu is off by default and logs INS, SW and lengths
// only: never APDU data (it carries keys and personal data).
#include <QLoggingCategory>

namespace motcua::card {
Q_DECLARE_LOGGING_CATEGORY(lcPcsc)
Q_DECLARE_LOGGING_CATEGORY(lcPcscApdu)
} // namespace motcua::card
