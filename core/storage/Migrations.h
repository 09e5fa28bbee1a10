#pragma once
// Schema migrations by PRAGMA user_version: step N takes a database from version N-1 to N,
// each in its own transaction. A database from a newer version is refused, never downgraded.
#include "common/Result.h"
#include "storage/Sqlite.h"

namespace motcua::storage {

// 'MCua': marks a file as ours, so that another application's SQLite file is never migrated.
inline constexpr qint64 kApplicationId = 0x4D437561;

int latestSchemaVersion();

// Brings the schema up to date. A file that is not ours, is damaged or is newer is an Error,
// and is left exactly as it was.
Status migrate(sql::Database &db);

} // namespace motcua::storage
