#pragma once
// Demo dossiers for a new demo workstation: synthetic citizens, every procedure of the catalog,
// pre-filled forms, digitised documents, statuses along the workflow. Never for a real office.
#include "common/Result.h"

#include <QString>

namespace motcua::admin {

// Saves `count` demo dossiers into the workstation store of `dataDir` and returns how many
// were saved. Refuses a store that already holds dossiers (a demo is never mixed with data).
// Each digitised document is a tiny PDF, or `scanKiB` KiB of incompressible bytes after the PDF
// header when given (the sync tests need bodies a fault can cut in the middle).
Result<int> seedDemoDossiers(const QString &dataDir, int count, int scanKiB = 0);

} // namespace motcua::admin
