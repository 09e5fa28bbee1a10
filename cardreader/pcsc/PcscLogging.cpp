#include "pcsc/PcscLogging.h"

namespace motcua::card {
Q_LOGGING_CATEGORY(lcPcsc, "motcua.pcsc", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPcscApdu, "motcua.apdu", QtWarningMsg)
} // namespace motcua::card
