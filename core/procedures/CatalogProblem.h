#pragma once
// One thing wrong with a catalog file, precise enough for the person editing it to fix it.
#include <QList>
#include <QString>

namespace motcua {

struct CatalogProblem {
    QString file;    // the file's path (":/procedures/09-dang-ky-khai-sinh.json" for built-in ones)
    QString path;    // JSON path, e.g. "form.sections[1].fields[3].binding"; empty for the whole file
    QString message; // translated, English source

    // "file: path: message" (no path part when the problem concerns the whole file).
    QString toString() const;
    friend bool operator==(const CatalogProblem &, const CatalogProblem &) = default;
};

using CatalogProblems = QList<CatalogProblem>;

} // namespace motcua
