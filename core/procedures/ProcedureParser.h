#pragma once
// ProcedureParser: one catalog file (JSON, schema version 1) -> a Procedure, or the list of
// everything wrong with it. Checks what one file can prove on its own; CatalogLoader adds the
// checks across files (procedure id and number unique in the catalog).
#include "procedures/CatalogProblem.h"
#include "procedures/ProcedureTypes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <optional>

namespace motcua {

class ProcedureParser {
    Q_DECLARE_TR_FUNCTIONS(ProcedureParser)

public:
    static constexpr int kSchemaVersion = 1;

    struct Outcome {
        std::optional<Procedure> procedure; // set only when `problems` is empty
        CatalogProblems problems;
    };

    // `file` only names the source in problems; nothing is read from disk.
    static Outcome parse(const QByteArray &json, const QString &file);
};

} // namespace motcua
