#pragma once
// Demo dossiers for a new demo workstation: synthetic citizens, every procedure of the catalog,
// pre-filled forms, digitised documents, statuses along the workflow. Never for a real office.
#include "common/Result.h"

#include <QString>

namespace motcua::admin {

// Saves `count` demo dossiers into the workstation store of `dataDir` and returns how many
// were saved. Refuses a store that already holds dossiers (a demo is never mixed with data).
// Each digitised document is a tiny PDF, or `scanKiB` KiB of incompressible bytes after the PDF
// header when given (the sync tests need bodies a fault can cut in the middle). By default a
// dossier carries its procedure's required documents; `scansPerDossier` > 0 gives every dossier
// exactly that many digitised documents instead (a benchmark's fixed load).
Result<int> seedDemoDossiers(const QString &dataDir, int count, int scanKiB = 0, int scansPerDossier = 0);

} // namespace motcua::admin
