#include "blobs/BlobStore.h"

#include "blobs/BlobFormat.h"
#include "common/Logging.h"
#include "security/Crypto.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace motcua {
namespace {

const QString kTemporaryPrefix = QStringLiteral(".tmp-");

bool isHexName(const QString &name, qsizetype length)
{
    if (name.size() != length)
        return false;
    for (const QChar c : name) {
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))))
            return false;
    }
    return true;
}

QString errnoText()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

// A rename or unlink is durable only once the folder holding the name is synced.
bool syncFolder(const QString &folder)
{
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

Error invalidHash(const QString &sha256)
{
    // Not a hash we could have produced (and possibly a path): refuse before touching the disk.
    return Error{QStringLiteral("blobs.invalid-hash"),
                 QCoreApplication::translate("BlobStore", "The stored document was not found."),
                 QStringLiteral("invalid blob name of %1 characters").arg(sha256.size())};
}

Error missing(const QString &sha256)
{
    return Error{QStringLiteral("blobs.missing"),
                 QCoreApplication::translate("BlobStore", "The stored document was not found."),
                 QStringLiteral("no blob %1").arg(sha256)};
}

Error writeFailed(const QString &detail)
{
    return Error{QStringLiteral("blobs.write"),
                 QCoreApplication::translate("BlobStore", "The document could not be saved. Check that the disk is not full."),
                 detail};
}

// Hashes a random-access device from its start, one chunk at a time, and rewinds it.
Result<QByteArray> hashDevice(QIODevice &source, quint64 &size)
{
    if (!source.isOpen() || !source.isReadable() || source.isSequential() || !source.seek(0))
        return blobformat::unreadable(QStringLiteral("source is not an open random-access device"));
    detail::Sha256 hash;
    QByteArray buffer(BlobStore::kChunkSize, Qt::Uninitialized);
    size = 0;
    for (;;) {
        const qint64 n = source.read(buffer.data(), buffer.size());
        if (n < 0)
            return blobformat::unreadable(source.errorString());
        if (n == 0)
            break;
        hash.addData(buffer.constData(), n);
        size += quint64(n);
    }
    if (!source.seek(0))
        return blobformat::unreadable(QStringLiteral("cannot rewind source: %1").arg(source.errorString()));
    return hash.result();
}

} // namespace

BlobStore::BlobStore(const QString &root, const DataKey &key)
    : m_root(QDir::cleanPath(root)), m_key(key.subkey(QByteArrayLiteral("blob-v1")))
{
}

bool BlobStore::isValidHash(const QString &sha256)
{
    return isHexName(sha256, 64);
}

QString BlobStore::pathFor(const QString &sha256) const
{
    return m_root + QLatin1Char('/') + sha256.left(2) + QLatin1Char('/') + sha256;
}

Result<BlobInfo> BlobStore::putFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return blobformat::unreadable(QStringLiteral("open source: %1").arg(file.errorString()));
    return putDevice(file);
}

Result<BlobInfo> BlobStore::putBytes(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return putDevice(buffer);
}

Result<BlobInfo> BlobStore::putDevice(QIODevice &source, const QString &expectedSha256)
{
    quint64 size = 0;
    const auto hash = hashDevice(source, size);
    if (!hash)
        return hash.error();
    const BlobInfo info{QString::fromLatin1(hash->toHex()), qint64(size)};
    if (!expectedSha256.isEmpty() && info.sha256 != expectedSha256) {
        return Error{QStringLiteral("blobs.hashMismatch"), QCoreApplication::translate("BlobStore", "The document's content does not match its name."),
                     QStringLiteral("expected %1, content hashes to %2").arg(expectedSha256.left(12), info.sha256.left(12))};
    }
    if (contains(info.sha256))
        return info; // same hash, same content: nothing to write
    if (const Status written = writeBlob(hash.value(), size, source); !written)
        return written.error();
    qCDebug(lcStorage) << "stored blob" << info.sha256 << info.size << "bytes";
    return info;
}

Status BlobStore::writeBlob(const QByteArray &sha256Raw, quint64 size, QIODevice &source)
{
    const QString sha = QString::fromLatin1(sha256Raw.toHex());
    const QString finalPath = pathFor(sha);
    const QString folder = QFileInfo(finalPath).absolutePath();
    const bool rootIsNew = !QFileInfo::exists(m_root);
    const bool folderIsNew = !QFileInfo::exists(folder);
    if (!QDir().mkpath(folder))
        return writeFailed(QStringLiteral("cannot create %1").arg(folder));
    // A new folder's name must be durable too, or the blob could vanish with it after a crash.
    if ((rootIsNew && !syncFolder(QFileInfo(m_root).absolutePath())) || (folderIsNew && !syncFolder(m_root)))
        return writeFailed(QStringLiteral("fsync of new folder %1 failed: %2").arg(folder, errnoText()));

    const QString tmpPath = folder + QLatin1Char('/') + kTemporaryPrefix + QString::fromLatin1(detail::randomBytes(8).toHex());
    QFile tmp(tmpPath);
    if (!tmp.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return writeFailed(QStringLiteral("create temporary: %1").arg(tmp.errorString()));
    Status status = blobformat::encrypt(m_key, sha256Raw, size, source, tmp);
    if (status && !tmp.flush())
        status = writeFailed(QStringLiteral("flush: %1").arg(tmp.errorString()));
    if (status && ::fsync(tmp.handle()) != 0)
        status = writeFailed(QStringLiteral("fsync: %1").arg(errnoText()));
    tmp.close();
    if (status && std::rename(QFile::encodeName(tmpPath).constData(), QFile::encodeName(finalPath).constData()) != 0)
        status = writeFailed(QStringLiteral("rename: %1").arg(errnoText()));
    if (!status) {
        QFile::remove(tmpPath);
        return status;
    }
    if (!syncFolder(folder))
        return writeFailed(QStringLiteral("fsync of %1 failed: %2").arg(folder, errnoText()));
    return Status::success();
}

Status BlobStore::openSealed(const QString &sha256, QFile &file) const
{
    if (!isValidHash(sha256))
        return invalidHash(sha256);
    file.setFileName(pathFor(sha256));
    if (!file.exists())
        return missing(sha256);
    if (!file.open(QIODevice::ReadOnly))
        return blobformat::unreadable(QStringLiteral("open blob %1: %2").arg(sha256, file.errorString()));
    return Status::success();
}

Status BlobStore::openAndDecrypt(const QString &sha256, QIODevice *out) const
{
    QFile file;
    if (Status opened = openSealed(sha256, file); !opened)
        return opened;
    const Status status = blobformat::decrypt(m_key, QByteArray::fromHex(sha256.toLatin1()), file, out);
    if (!status)
        qCWarning(lcStorage) << "blob" << sha256 << "failed verification:" << status.error().detail;
    return status;
}

Result<QByteArray> BlobStore::readAll(const QString &sha256) const
{
    QBuffer buffer;
    // The sealed file is a little larger than the plaintext: one allocation instead of regrowing.
    if (isValidHash(sha256))
        buffer.buffer().reserve(QFileInfo(pathFor(sha256)).size());
    buffer.open(QIODevice::WriteOnly);
    if (const Status status = openAndDecrypt(sha256, &buffer); !status)
        return status.error();
    return buffer.data();
}

Status BlobStore::copyTo(const QString &sha256, QIODevice &out) const
{
    return openAndDecrypt(sha256, &out);
}

Status BlobStore::copyRange(const QString &sha256, qint64 offset, qint64 length, QIODevice &out) const
{
    QFile file;
    if (Status opened = openSealed(sha256, file); !opened)
        return opened;
    const Status status = blobformat::decryptRange(m_key, QByteArray::fromHex(sha256.toLatin1()), file, offset, length, out);
    if (!status)
        qCWarning(lcStorage) << "blob" << sha256 << "range read failed:" << status.error().detail;
    return status;
}

Result<qint64> BlobStore::sizeOf(const QString &sha256) const
{
    QFile file;
    if (Status opened = openSealed(sha256, file); !opened)
        return opened.error();
    const auto header = blobformat::readHeader(file); // nothing is decrypted
    if (!header)
        return Error{header.error().code, header.error().message, QStringLiteral("blob %1: %2").arg(sha256, header.error().detail)};
    return qint64(header->plainSize);
}

Status BlobStore::verify(const QString &sha256) const
{
    return openAndDecrypt(sha256, nullptr);
}

bool BlobStore::contains(const QString &sha256) const
{
    return isValidHash(sha256) && QFileInfo(pathFor(sha256)).isFile();
}

QStringList BlobStore::list() const
{
    QStringList hashes;
    const QDir root(m_root);
    for (const QString &prefix : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        if (!isHexName(prefix, 2))
            continue;
        for (const QString &name : QDir(root.filePath(prefix)).entryList(QDir::Files | QDir::Hidden, QDir::Name)) {
            if (isValidHash(name) && name.startsWith(prefix))
                hashes.append(name);
        }
    }
    return hashes;
}

Status BlobStore::remove(const QString &sha256)
{
    if (!isValidHash(sha256))
        return invalidHash(sha256);
    const QString path = pathFor(sha256);
    if (::unlink(QFile::encodeName(path).constData()) != 0) {
        if (errno == ENOENT)
            return Status::success();
        return writeFailed(QStringLiteral("unlink %1: %2").arg(sha256, errnoText()));
    }
    syncFolder(QFileInfo(path).absolutePath());
    return Status::success();
}

int BlobStore::cleanTemporaryFiles()
{
    int removed = 0;
    const QDir root(m_root);
    for (const QString &prefix : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (!isHexName(prefix, 2))
            continue;
        QDir folder(root.filePath(prefix));
        const QStringList leftovers = folder.entryList({kTemporaryPrefix + QLatin1Char('*')}, QDir::Files | QDir::Hidden);
        for (const QString &name : leftovers)
            removed += folder.remove(name) ? 1 : 0;
        if (!leftovers.isEmpty())
            syncFolder(folder.path());
    }
    if (removed > 0)
        qCInfo(lcStorage) << "removed" << removed << "temporary blob files left by an interrupted save";
    return removed;
}

} // namespace motcua
