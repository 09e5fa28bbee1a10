#include "procedures/CatalogLoader.h"

#include "common/Logging.h"
#include "procedures/ProcedureParser.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMap>

namespace motcua {

namespace {

// File name -> path: a later folder's file replaces an earlier one of the same name.
using FileSet = QMap<QString, QString>;

void collectFiles(const QString &folder, FileSet &files)
{
    const QDir dir(folder);
    const QStringList names = dir.entryList({QStringLiteral("*.json")}, QDir::Files | QDir::Readable, QDir::Name);
    for (const QString &name : names)
        files.insert(name, dir.filePath(name));
}

QString fileNameOf(const QString &path)
{
    return QFileInfo(path).fileName();
}

} // namespace

QString CatalogLoader::builtInFolder()
{
    return QStringLiteral(":/procedures");
}

Catalog CatalogLoader::loadBuiltIn(const QString &overrideFolder)
{
    QStringList optional;
    if (!overrideFolder.isEmpty())
        optional.append(overrideFolder);
    return load({builtInFolder()}, optional);
}

Catalog CatalogLoader::loadFolder(const QString &folder)
{
    return load({folder});
}

Catalog CatalogLoader::load(const QStringList &folders, const QStringList &optionalFolders)
{
    CatalogProblems problems;
    FileSet files;
    for (const QString &folder : folders) {
        if (!QFileInfo(folder).isDir()) {
            problems.append({folder, QString(), tr("The catalog folder does not exist")});
            continue;
        }
        collectFiles(folder, files);
    }
    for (const QString &folder : optionalFolders)
        if (QFileInfo(folder).isDir())
            collectFiles(folder, files);

    QList<Procedure> procedures;
    QHash<QString, QString> fileById;
    QHash<int, QString> fileByNumber;
    for (const QString &path : std::as_const(files)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            problems.append({path, QString(), tr("The file cannot be read: %1").arg(file.errorString())});
            continue;
        }
        ProcedureParser::Outcome outcome = ProcedureParser::parse(file.readAll(), path);
        problems += outcome.problems;
        if (!outcome.procedure)
            continue;
        // The first file (in name order) keeps an id or number; a later one that repeats it is skipped.
        const Procedure &procedure = *outcome.procedure;
        bool unique = true;
        if (fileById.contains(procedure.id)) {
            problems.append({path, QStringLiteral("id"),
                             tr("The procedure id \"%1\" is already used by %2").arg(procedure.id, fileNameOf(fileById.value(procedure.id)))});
            unique = false;
        }
        if (fileByNumber.contains(procedure.number)) {
            problems.append({path, QStringLiteral("number"),
                             tr("The procedure number %1 is already used by %2").arg(procedure.number).arg(fileNameOf(fileByNumber.value(procedure.number)))});
            unique = false;
        }
        if (!unique)
            continue;
        fileById.insert(procedure.id, path);
        fileByNumber.insert(procedure.number, path);
        procedures.append(std::move(*outcome.procedure));
    }

    for (const CatalogProblem &problem : std::as_const(problems))
        qCWarning(lcCatalog).noquote() << problem.toString();
    Catalog catalog(std::move(procedures), std::move(problems));
    qCInfo(lcCatalog) << "catalog loaded:" << catalog.size() << "procedures," << catalog.skippedFiles().size() << "files skipped";
    return catalog;
}

} // namespace motcua
