#include "blobs/BlobFormat.h"

#include "security/Crypto.h"

#include <QCoreApplication>
#include <QtEndian>

namespace motcua::blobformat {
namespace {

const QByteArray kMagic = QByteArrayLiteral("MCB1");

QByteArray uint32Be(quint32 value)
{
    QByteArray out(4, Qt::Uninitialized);
    qToBigEndian(value, out.data());
    return out;
}

QByteArray chunkNonce(const QByteArray &prefix, quint32 index)
{
    return prefix + uint32Be(index);
}

QByteArray chunkAad(const QByteArray &sha256Raw, quint32 index, bool last)
{
    QByteArray aad;
    aad.reserve(sha256Raw.size() + 5);
    aad.append(sha256Raw);
    aad.append(uint32Be(index));
    aad.append(last ? '\x01' : '\x00');
    return aad;
}

qint64 chunkPlainSize(quint64 plainSize, quint64 index)
{
    const quint64 start = index * quint64(kChunkSize);
    return qint64(qMin<quint64>(quint64(kChunkSize), plainSize - start));
}

QByteArray encodeHeader(const Header &header)
{
    QByteArray out = kMagic;
    out.append(kVersion);
    out.append(header.noncePrefix);
    QByteArray size(8, Qt::Uninitialized);
    qToBigEndian(header.plainSize, size.data());
    out.append(size);
    return out;
}

Result<Header> decodeHeader(const QByteArray &bytes)
{
    if (bytes.size() != kHeaderSize)
        return damaged(QStringLiteral("header truncated (%1 bytes)").arg(bytes.size()));
    if (!bytes.startsWith(kMagic))
        return damaged(QStringLiteral("not a blob file (bad magic)"));
    if (bytes.at(4) != kVersion)
        return damaged(QStringLiteral("unknown blob format version %1").arg(int(quint8(bytes.at(4)))));
    Header header;
    header.noncePrefix = bytes.mid(5, 8);
    header.plainSize = qFromBigEndian<quint64>(bytes.constData() + 13);
    // A size beyond 2^32 chunks could not have been written; reject it before any arithmetic.
    if (header.plainSize > quint64(0xffffffffu) * quint64(kChunkSize))
        return damaged(QStringLiteral("implausible plaintext size in header"));
    return header;
}

} // namespace

Result<Header> readHeader(QIODevice &in)
{
    const auto header = decodeHeader(in.read(kHeaderSize));
    if (!header)
        return header.error();
    if (!in.isSequential() && in.size() != sealedFileSize(header->plainSize)) {
        return damaged(QStringLiteral("file is %1 bytes, header promises %2")
                           .arg(in.size()).arg(sealedFileSize(header->plainSize)));
    }
    return header;
}

namespace {

// QIODevice::read may return less than asked for (pipes, sockets); a file short of the
// requested bytes is damaged.
bool readExactly(QIODevice &in, char *into, qint64 length)
{
    qint64 done = 0;
    while (done < length) {
        const qint64 n = in.read(into + done, length - done);
        if (n <= 0)
            return false;
        done += n;
    }
    return true;
}

Error changed()
{
    return Error{QStringLiteral("blobs.changed"),
                 QCoreApplication::translate("BlobStore", "The document file changed while it was being saved. Please try again."),
                 QStringLiteral("plaintext hash differs between the two passes")};
}

Error writeFailed(const QString &detail)
{
    return Error{QStringLiteral("blobs.write"),
                 QCoreApplication::translate("BlobStore", "The document could not be saved. Check that the disk is not full."),
                 detail};
}

// Reads chunk `index` at the device's position into `sealed` (reused: one allocation per blob)
// and authenticates it against the blob's hash, its index and whether it is the last.
Result<QByteArray> readChunk(const SecretBytes &key, const QByteArray &sha256Raw, const Header &header, quint64 index,
                             QIODevice &in, QByteArray &sealed)
{
    const qint64 length = chunkPlainSize(header.plainSize, index) + kTagSize;
    sealed.resize(length);
    if (!readExactly(in, sealed.data(), length))
        return damaged(QStringLiteral("file truncated at chunk %1").arg(index));
    const bool last = index + 1 == chunkCount(header.plainSize);
    auto plain = detail::aes256GcmOpen(key.view(), chunkNonce(header.noncePrefix, quint32(index)),
                                       chunkAad(sha256Raw, quint32(index), last), sealed);
    if (!plain)
        return damaged(QStringLiteral("chunk %1 failed authentication").arg(index));
    return std::move(*plain);
}

} // namespace

quint64 chunkCount(quint64 plainSize)
{
    return plainSize == 0 ? 1 : (plainSize + quint64(kChunkSize) - 1) / quint64(kChunkSize);
}

qint64 sealedFileSize(quint64 plainSize)
{
    return kHeaderSize + qint64(plainSize) + qint64(chunkCount(plainSize)) * kTagSize;
}

Error damaged(const QString &detail)
{
    return Error{QStringLiteral("blobs.damaged"),
                 QCoreApplication::translate("BlobStore", "The stored document is damaged."), detail};
}

Error unreadable(const QString &detail)
{
    return Error{QStringLiteral("blobs.unreadable"),
                 QCoreApplication::translate("BlobStore", "The document file could not be read."), detail};
}

Status encrypt(const SecretBytes &key, const QByteArray &sha256Raw, quint64 plainSize, QIODevice &in, QIODevice &out)
{
    const Header header{detail::randomBytes(8), plainSize};
    const QByteArray headerBytes = encodeHeader(header);
    if (out.write(headerBytes) != headerBytes.size())
        return writeFailed(out.errorString());
    detail::Sha256 rehash;
    QByteArray plain(kChunkSize, Qt::Uninitialized);
    const quint64 count = chunkCount(plainSize);
    for (quint64 index = 0; index < count; ++index) {
        const qint64 length = chunkPlainSize(plainSize, index);
        plain.resize(length);
        if (length > 0 && !readExactly(in, plain.data(), length))
            return unreadable(QStringLiteral("source ended or failed at chunk %1: %2").arg(index).arg(in.errorString()));
        rehash.addData(plain);
        const bool last = index + 1 == count;
        const QByteArray sealed = detail::aes256GcmSeal(key.view(), chunkNonce(header.noncePrefix, quint32(index)),
                                                        chunkAad(sha256Raw, quint32(index), last), plain);
        if (out.write(sealed) != sealed.size())
            return writeFailed(out.errorString());
    }
    char extra = 0;
    if (in.read(&extra, 1) > 0 || rehash.result() != sha256Raw)
        return changed();
    return Status::success();
}

Status decrypt(const SecretBytes &key, const QByteArray &sha256Raw, QIODevice &in, QIODevice *out)
{
    const auto header = readHeader(in);
    if (!header)
        return header.error();
    detail::Sha256 hash;
    QByteArray sealed(kChunkSize + kTagSize, Qt::Uninitialized);
    const quint64 count = chunkCount(header->plainSize);
    for (quint64 index = 0; index < count; ++index) {
        const auto plain = readChunk(key, sha256Raw, *header, index, in, sealed);
        if (!plain)
            return plain.error();
        hash.addData(plain.value());
        if (out && out->write(plain.value()) != plain->size())
            return writeFailed(QStringLiteral("output: %1").arg(out->errorString()));
    }
    char extra = 0;
    if (in.read(&extra, 1) > 0)
        return damaged(QStringLiteral("trailing bytes after the last chunk"));
    if (hash.result() != sha256Raw)
        return damaged(QStringLiteral("plaintext hash does not match the blob name"));
    return Status::success();
}

Status decryptRange(const SecretBytes &key, const QByteArray &sha256Raw, QIODevice &in, qint64 offset, qint64 length,
                    QIODevice &out)
{
    if (in.isSequential() || !in.seek(0))
        return unreadable(QStringLiteral("range read needs a random-access blob file"));
    const auto header = readHeader(in); // random access: the file's size is checked too
    if (!header)
        return header.error();
    if (offset < 0 || length < 0 || quint64(offset) + quint64(length) > header->plainSize) {
        return Error{QStringLiteral("blobs.range"),
                     QCoreApplication::translate("BlobStore", "The document could not be read."),
                     QStringLiteral("range %1+%2 outside a blob of %3 bytes").arg(offset).arg(length).arg(header->plainSize)};
    }
    if (length == 0)
        return Status::success();
    const quint64 first = quint64(offset) / quint64(kChunkSize);
    const quint64 lastNeeded = quint64(offset + length - 1) / quint64(kChunkSize);
    QByteArray sealed(kChunkSize + kTagSize, Qt::Uninitialized);
    for (quint64 index = first; index <= lastNeeded; ++index) {
        // Every chunk before this one is full: its sealed size is fixed.
        if (!in.seek(kHeaderSize + qint64(index) * (kChunkSize + kTagSize)))
            return damaged(QStringLiteral("cannot seek to chunk %1").arg(index));
        const auto plain = readChunk(key, sha256Raw, *header, index, in, sealed);
        if (!plain)
            return plain.error();
        const qint64 chunkStart = qint64(index) * kChunkSize;
        const qint64 from = qMax<qint64>(offset, chunkStart) - chunkStart;
        const qint64 to = qMin<qint64>(offset + length, chunkStart + plain->size()) - chunkStart;
        if (out.write(plain->constData() + from, to - from) != to - from)
            return writeFailed(QStringLiteral("output: %1").arg(out.errorString()));
    }
    return Status::success();
}

} // namespace motcua::blobformat
