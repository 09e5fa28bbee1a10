#pragma once
// The blob bytes on the server's disk, by SHA-256, never in clear: a stored blob is a BlobStore
// file `<root>/<aa>/<sha256>` (64 KiB authenticated chunks under the server's data key), an
// unfinished upload `<root>/partial/<sha256>` encrypted with AES-256-CTR (PartialBlob.h). A chunk
// is appended and fsynced before it is acknowledged; completion decrypts the partial file as a
// stream, checks its SHA-256 against the name, and only then writes the blob (BlobStore writes a
// temporary file, renames and fsyncs), so a crash never leaves a half blob under a final name.
// BlobStore ignores the partial/ folder (not a two-hex-digit prefix), so they share the root.
#include "PartialBlob.h"

#include "blobs/BlobStore.h"
#include "common/Result.h"
#include "security/DataKey.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace motcua::server {

class BlobArea {
    Q_DECLARE_TR_FUNCTIONS(BlobArea)

public:
    BlobArea(QString root, const DataKey &key);

    static bool isSha256(const QString &text); // 64 lower-case hex digits

    QString finalPath(const QString &sha256) const;
    QString partialPath(const QString &sha256) const;
    QString partialIvPath(const QString &sha256) const; // the partial's random IV, beside it
    const BlobStore &store() const { return m_store; } // reads the stored blobs' plaintext

    std::optional<qint64> storedSize(const QString &sha256) const; // whole blob, if stored (plaintext bytes)
    qint64 receivedBytes(const QString &sha256) const;             // of an unfinished upload

    Status append(const QString &sha256, const QByteArray &bytes);
    enum class Completion { Stored, HashMismatch };
    // Hashes the decrypted partial file; a match is stored as a blob, a mismatch deleted.
    Result<Completion> complete(const QString &sha256);
    // An empty document (0 bytes: no range to upload) is stored at once.
    Status storeEmpty();
    void discardPartial(const QString &sha256);
    // Temporary files of a blob write a crash interrupted; at start-up, before any upload.
    int cleanTemporaryFiles() { return m_store.cleanTemporaryFiles(); }

private:
    // A stored file that no longer reads (a damaged header) is moved to <root>/damaged/, so that
    // the upload that replaces it is written (BlobStore never rewrites a name it holds).
    void setAsideIfDamaged(const QString &sha256);
    // The IV of blob `sha256`'s partial file; `fresh` draws and saves a new one (a new partial).
    Result<QByteArray> partialIv(const QString &sha256, bool fresh);

    QString m_root;
    BlobStore m_store;
    PartialCipher m_partial;
};

} // namespace motcua::server
