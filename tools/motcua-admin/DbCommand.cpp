// motcua-admin db: checks of the workstation's dossier database and its blobs.
#include "AdminCommand.h"

#include "blobs/BlobStore.h"
#include "storage/WorkstationConfig.h"

namespace motcua::admin {

namespace {

void printDbUsage(QTextStream &err)
{
    err << "usage: motcua-admin db check\n";
}

// Every digitised attachment's blob must be present and decrypt to its hash.
QStringList blobProblems(DossierStore &store, const QString &dataDir)
{
    auto hashes = store.attachmentHashes();
    if (!hashes)
        return {hashes.error().toString()};
    const BlobStore blobs(WorkstationPaths::blobs(dataDir), *store.config().key);
    QStringList problems;
    for (const QString &sha256 : *hashes) {
        if (!blobs.contains(sha256))
            problems.append(QStringLiteral("blob %1: missing").arg(sha256));
        else if (const Status verified = blobs.verify(sha256); !verified)
            problems.append(QStringLiteral("blob %1: %2").arg(sha256, verified.error().toString()));
    }
    return problems;
}

int check(AdminIo &io)
{
    auto store = openWorkstationStore(io.dataDir, StoreOpening::MustExist);
    if (!store) {
        io.err << "db check: " << store.error().toString() << '\n';
        return Failure;
    }
    QStringList problems = (*store)->problems();
    problems += blobProblems(**store, io.dataDir);
    if (problems.isEmpty()) {
        io.out << "ok\n";
        return Success;
    }
    for (const QString &problem : problems)
        io.out << problem << '\n';
    io.err << "db check: " << problems.size() << " problem(s)\n";
    return Failure;
}

} // namespace

int runDbCommand(const QStringList &args, AdminIo &io)
{
    if (args == QStringList{QStringLiteral("check")})
        return check(io);
    printDbUsage(io.err);
    return Usage;
}

} // namespace motcua::admin
