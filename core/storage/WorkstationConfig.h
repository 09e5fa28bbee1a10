#pragma once
// A workstation's data folder, shared by the app and motcua-admin:
//   <dataDir>/motcua.db          the dossier store
//   <dataDir>/keys/data.key      the data key (outside the database, 0600)
//   <dataDir>/blobs/             digitised documents (BlobStore)
//   <dataDir>/workstation.json   {"agencyCode", "unit", "workstation", "codePattern"}
#include "common/Result.h"
#include "storage/DossierStore.h"

#include <QString>
#include <memory>

namespace motcua {

struct WorkstationConfig {
    QString agencyCode;
    QString unit;
    QString workstation;
    QString codePattern;

    // Defaults for a folder without workstation.json: agency "MOTCUA", no unit, the host name,
    // the default code pattern. A file that exists but cannot be read or parsed is an Error.
    static Result<WorkstationConfig> load(const QString &dataDir);
    Status saveTo(const QString &dataDir) const;
};

struct WorkstationPaths {
    static QString database(const QString &dataDir);
    static QString keyFile(const QString &dataDir);
    static QString config(const QString &dataDir);
    static QString blobs(const QString &dataDir); // the BlobStore root
};

enum class StoreOpening {
    CreateIfMissing, // the app: a new workstation starts with an empty store and a new key
    MustExist,       // tools: a missing database is an error, nothing is created
};

// Creates the folder if needed, loads (or creates) the data key and the settings, and opens the store.
Result<std::unique_ptr<DossierStore>> openWorkstationStore(const QString &dataDir,
                                                           StoreOpening opening = StoreOpening::CreateIfMissing);

} // namespace motcua
