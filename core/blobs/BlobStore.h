#pragma once
// Digitised documents (scans, photos, PDFs) as content-addressed, encrypted files:
// <root>/<aa>/<sha256>, where sha256 is the lower-case hex hash of the PLAINTEXT and aa its first
// two characters. The same content is stored once. Files are encrypted in 64 KiB chunks
// (BlobFormat.h) under DataKey::subkey("blob-v1"), and every read verifies the chunk tags and the
// plaintext hash, so a damaged or substituted file is an Error, never wrong data.
// Writes go to a temporary file in the same folder, are fsync'ed, renamed and the folder fsync'ed:
// after a crash a blob is either whole or absent (a leftover temporary file is ignored).
// A BlobStore is a cheap value; copies may be used from different threads.
#include "common/Result.h"
#include "security/DataKey.h"
#include "common/SecretBytes.h"

#include <QByteArray>
#include <QFile>
#include <QIODevice>
#include <QString>
#include <QStringList>

namespace motcua {

struct BlobInfo {
    QString sha256; // lower-case hex of the plaintext
    qint64 size = 0; // plaintext bytes

    friend bool operator==(const BlobInfo &, const BlobInfo &) = default;
};

class BlobStore {
public:
    static constexpr qint64 kChunkSize = 64 * 1024; // the most plaintext held in memory at once

    BlobStore(const QString &root, const DataKey &key); // the root folder is created on first put
    QString root() const { return m_root; }

    // Streams the file twice (hash, then encrypt); an already stored blob is not rewritten.
    Result<BlobInfo> putFile(const QString &path);
    Result<BlobInfo> putBytes(const QByteArray &bytes);
    // Any random-access device open for reading (a QFile, a QBuffer), from its start. With
    // `expectedSha256`, content that hashes to another name is refused ("blobs.hashMismatch")
    // after the hashing pass, before anything is written (an upload checked against its name).
    Result<BlobInfo> putDevice(QIODevice &source, const QString &expectedSha256 = {});

    // The whole plaintext in memory: for small documents. Large ones: copyTo.
    Result<QByteArray> readAll(const QString &sha256) const;
    // Streams the plaintext into `out` chunk by chunk. On error `out` may hold a partial copy,
    // which the caller must discard.
    Status copyTo(const QString &sha256, QIODevice &out) const;
    // Streams plaintext bytes [offset, offset + length) into `out`, decrypting only the 64 KiB
    // chunks that hold them (the sync client uploads a blob in ranges). Chunk tags are verified;
    // the whole-file hash is not (use verify for that). A range past the end is an Error.
    Status copyRange(const QString &sha256, qint64 offset, qint64 length, QIODevice &out) const;
    // The plaintext size from the file's header, without decrypting anything.
    Result<qint64> sizeOf(const QString &sha256) const;
    // Decrypts and hashes without keeping anything.
    Status verify(const QString &sha256) const;

    bool contains(const QString &sha256) const;
    QStringList list() const; // sorted hashes of stored blobs (temporary files are not blobs)
    Status remove(const QString &sha256); // removing an absent blob succeeds
    // Deletes temporary files left by an interrupted put. Call when no put is running (at start-up).
    int cleanTemporaryFiles();

    static bool isValidHash(const QString &sha256); // 64 lower-case hex characters
    QString pathFor(const QString &sha256) const;   // where the blob lives (whether or not it exists)

private:
    // Checks the name and opens its file for reading: missing and unreadable files are Errors.
    Status openSealed(const QString &sha256, QFile &file) const;
    Status openAndDecrypt(const QString &sha256, QIODevice *out) const;
    Status writeBlob(const QByteArray &sha256Raw, quint64 size, QIODevice &source);

    QString m_root;
    SecretBytes m_key;
};

} // namespace motcua
