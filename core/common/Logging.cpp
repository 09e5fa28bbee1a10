#include "common/Logging.h"

Q_LOGGING_CATEGORY(lcStorage, "motcua.storage", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCatalog, "motcua.catalog", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCalendar, "motcua.calendar", QtInfoMsg)
Q_LOGGING_CATEGORY(lcIdentity, "motcua.identity", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSecurity, "motcua.security", QtInfoMsg)
