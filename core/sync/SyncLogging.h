#pragma once
// The sync logging category ("motcua.sync"): dossier UUIDs and codes, blob hash prefixes and
// HTTP status codes only; never a dossier body, a name or an ID number.
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcSync)
