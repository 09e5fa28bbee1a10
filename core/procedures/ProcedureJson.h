#pragma once
// A Procedure back to the catalog file format (SCHEMA.md): what `motcua-admin procedures show
// --json` prints and what a catalog publisher sends. ProcedureParser reads it back unchanged.
#include "procedures/ProcedureTypes.h"

#include <QJsonObject>

namespace motcua {

QJsonObject toJson(const Procedure &procedure);
QJsonObject toJson(const LocalizedText &text);
QJsonObject toJson(const FormField &field);

} // namespace motcua
