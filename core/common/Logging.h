#pragma once
// Logging categories, switched on by QT_LOGGING_RULES (e.g. "motcua.storage.debug=true").
// Log dossier UUIDs and codes, never citizen data (names, IDs, dates of birth, addresses).
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcStorage)
Q_DECLARE_LOGGING_CATEGORY(lcCatalog)
Q_DECLARE_LOGGING_CATEGORY(lcCalendar)
Q_DECLARE_LOGGING_CATEGORY(lcIdentity)
Q_DECLARE_LOGGING_CATEGORY(lcSecurity)
