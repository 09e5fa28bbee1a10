#pragma once
// CatalogLoader: reads and validates the procedure files (SCHEMA.md) into a Catalog.
// Built-in files come from the Qt resource folder ":/procedures"; a province overrides any of them
// with a file of the same name in the workstation's data folder "procedures/", or adds its own.
// A faulty file is skipped and named in Catalog::problems(); the others still load.
#include "procedures/Catalog.h"

#include <QCoreApplication>

namespace motcua {

class CatalogLoader {
    Q_DECLARE_TR_FUNCTIONS(CatalogLoader)

public:
    static QString builtInFolder(); // ":/procedures"

    // The built-in catalog with the files of `overrideFolder` (absent or empty: none) on top.
    static Catalog loadBuiltIn(const QString &overrideFolder = QString());
    // Every *.json file of one folder; a missing folder is a problem.
    static Catalog loadFolder(const QString &folder);
    // Every *.json file of the folders; a file replaces a same-named file of an earlier folder.
    // `optionalFolders` may be absent without it being a problem.
    static Catalog load(const QStringList &folders, const QStringList &optionalFolders = {});
};

} // namespace motcua
