#pragma once
// The encrypted blob file format, chunked so that a scan of tens of MB streams in bounded memory.
//
//   header: "MCB1" | version (1 byte) | nonce prefix (8 random bytes) | plaintext size (uint64 BE)
//   chunks: ceil(size / 64 KiB) of them (one empty chunk for an empty blob), each
//           AES-256-GCM(ciphertext || 16-byte tag) with
//             nonce = prefix || chunk index (uint32 BE)
//             AAD   = sha256 of the whole plaintext (32 raw bytes) || chunk index (uint32 BE)
//                     || last-chunk flag (1 byte)
// The AAD makes truncation, reordering, swapping chunks between files, or renaming a file to
// another hash fail authentication. Internal to core/blobs; BlobStore is the interface.
#include "common/Result.h"
#include "common/SecretBytes.h"

#include <QByteArray>
#include <QIODevice>

namespace motcua::blobformat {

constexpr qint64 kChunkSize = 64 * 1024;
constexpr qint64 kTagSize = 16;
constexpr qint64 kHeaderSize = 4 + 1 + 8 + 8;
constexpr char kVersion = 0x01;

struct Header {
    QByteArray noncePrefix; // 8 bytes
    quint64 plainSize = 0;
};

quint64 chunkCount(quint64 plainSize);
qint64 sealedFileSize(quint64 plainSize);

// Reads and checks a blob file's header from `in` (at its start); on a random-access device the
// file's size must be the one the header promises.
Result<Header> readHeader(QIODevice &in);

// Clerk-worded errors shared by the store and the format.
Error damaged(const QString &detail);
Error unreadable(const QString &detail);

// Encrypts `plainSize` bytes read from `in` (positioned at its start) into `out`. The plaintext
// is hashed again while it is read: if it no longer matches `sha256Raw` (the file changed since
// it was hashed) this fails with code "blobs.changed". Reads and writes at most one chunk at a time.
Status encrypt(const SecretBytes &key, const QByteArray &sha256Raw, quint64 plainSize, QIODevice &in, QIODevice &out);

// Decrypts a whole blob file from `in` into `out` (or only checks it when `out` is null),
// verifying every tag and then the sha256 of the plaintext. On error, `out` may already hold
// part of the plaintext: the caller discards it.
Status decrypt(const SecretBytes &key, const QByteArray &sha256Raw, QIODevice &in, QIODevice *out);

// Decrypts plaintext bytes [offset, offset + length) of a blob file (`in` must be random-access),
// reading and authenticating only the chunks that hold them. Each chunk's tag binds it to the
// blob's hash, its index and whether it is the last, so a range is never wrong data; the whole
// plaintext hash is not re-checked (that needs every chunk: decrypt() does it). A range past the
// end is an Error with code "blobs.range".
Status decryptRange(const SecretBytes &key, const QByteArray &sha256Raw, QIODevice &in, qint64 offset, qint64 length,
                    QIODevice &out);

} // namespace motcua::blobformat
