// POSIX file calls where durability matters (fsync of files and folders), Qt elsewhere.
#include "BlobArea.h"

#include "common/Logging.h"
#include "security/Crypto.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace motcua::server {
namespace {

QString errnoText()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

bool syncFolder(const QString &folder)
{
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

} // namespace

BlobArea::BlobArea(QString root, const DataKey &key)
    : m_root(std::move(root)), m_store(m_root, key), m_partial(key)
{
}

bool BlobArea::isSha256(const QString &text)
{
    return BlobStore::isValidHash(text);
}

QString BlobArea::finalPath(const QString &sha256) const
{
    return m_store.pathFor(sha256);
}

QString BlobArea::partialPath(const QString &sha256) const
{
    return m_root + QStringLiteral("/partial/") + sha256;
}

QString BlobArea::partialIvPath(const QString &sha256) const
{
    return partialPath(sha256) + QStringLiteral(".iv");
}

Result<QByteArray> BlobArea::partialIv(const QString &sha256, bool fresh)
{
    const QString path = partialIvPath(sha256);
    if (!fresh) {
        QFile file(path);
        const QByteArray iv = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        if (iv.size() != PartialCipher::kIvSize)
            return Error{QStringLiteral("blob.partialDamaged"), tr("The server could not read the document."),
                         QStringLiteral("partial %1 without its IV").arg(sha256.left(12))};
        return iv;
    }
    // Saved (and fsynced) before the first encrypted byte: a partial never outlives its IV.
    const QByteArray iv = detail::randomBytes(PartialCipher::kIvSize);
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0)
        return Error{QStringLiteral("blob.writeFailed"), tr("The server could not store the document."),
                     QStringLiteral("open partial IV: %1").arg(errnoText())};
    const bool written = ::write(fd, iv.constData(), size_t(iv.size())) == iv.size() && ::fsync(fd) == 0;
    ::close(fd);
    if (!written)
        return Error{QStringLiteral("blob.writeFailed"), tr("The server could not store the document."),
                     QStringLiteral("write partial IV: %1").arg(errnoText())};
    return iv;
}

std::optional<qint64> BlobArea::storedSize(const QString &sha256) const
{
    if (!m_store.contains(sha256))
        return std::nullopt;
    const auto size = m_store.sizeOf(sha256);
    if (!size) {
        qCWarning(lcStorage) << "stored blob" << sha256 << "is unreadable:" << size.error().detail;
        return std::nullopt;
    }
    return *size;
}

qint64 BlobArea::receivedBytes(const QString &sha256) const
{
    const QFileInfo info(partialPath(sha256));
    return info.isFile() ? info.size() : 0; // CTR: ciphertext and plaintext have the same length
}

Status BlobArea::append(const QString &sha256, const QByteArray &bytes)
{
    const QString folder = m_root + QStringLiteral("/partial");
    auto failed = [&](const QString &what) {
        return Error{QStringLiteral("blob.writeFailed"), tr("The server could not store the document."), what};
    };
    if (!QDir().mkpath(folder))
        return failed(QStringLiteral("mkpath %1").arg(folder));
    const QString path = partialPath(sha256);
    const bool created = !QFileInfo::exists(path);
    auto iv = partialIv(sha256, created);
    if (!iv) {
        discardPartial(sha256); // unreadable without its IV: the client starts the blob again
        return iv.error();
    }
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0)
        return failed(QStringLiteral("open partial: %1").arg(errnoText()));
    // The bytes go at the file's end, and are encrypted with the keystream of that offset.
    struct stat st {};
    if (::fstat(fd, &st) != 0) {
        const QString why = errnoText();
        ::close(fd);
        return failed(QStringLiteral("stat partial: %1").arg(why));
    }
    const qint64 offset = st.st_size;
    QByteArray sealed(bytes.constData(), bytes.size()); // a private copy to encrypt in place
    m_partial.apply(*iv, offset, sealed.data(), sealed.size());
    qint64 done = 0;
    while (done < sealed.size()) {
        const ssize_t n = ::pwrite(fd, sealed.constData() + done, size_t(sealed.size() - done), off_t(offset + done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            const QString why = errnoText();
            ::close(fd);
            return failed(QStringLiteral("write partial: %1").arg(why));
        }
        done += n;
    }
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    if (!synced || (created && !syncFolder(folder)))
        return failed(QStringLiteral("fsync partial: %1").arg(errnoText()));
    return {};
}

Result<BlobArea::Completion> BlobArea::complete(const QString &sha256)
{
    auto readFailed = [&](const QString &why) {
        return Error{QStringLiteral("blob.readFailed"), tr("The server could not read the document."), why};
    };
    auto iv = partialIv(sha256, false);
    if (!iv) {
        discardPartial(sha256);
        return iv.error();
    }
    PartialReader partial(partialPath(sha256), m_partial, *iv);
    if (!partial.open(QIODevice::ReadOnly))
        return readFailed(partial.errorString());
    setAsideIfDamaged(sha256);
    // putDevice hashes the stream first and refuses content that is not the blob it claims to
    // be before writing anything under the name; then it encrypts chunk by chunk.
    const auto stored = m_store.putDevice(partial, sha256);
    partial.close();
    if (!stored && stored.error().code == QLatin1String("blobs.hashMismatch")) {
        discardPartial(sha256);
        return Completion::HashMismatch;
    }
    if (!stored)
        return Error{QStringLiteral("blob.writeFailed"), tr("The server could not store the document."), stored.error().detail};
    discardPartial(sha256);
    syncFolder(m_root + QStringLiteral("/partial"));
    return Completion::Stored;
}

Status BlobArea::storeEmpty()
{
    setAsideIfDamaged(QString::fromLatin1(QCryptographicHash::hash({}, QCryptographicHash::Sha256).toHex()));
    if (auto stored = m_store.putBytes({}); !stored)
        return Error{QStringLiteral("blob.writeFailed"), tr("The server could not store the document."), stored.error().detail};
    return {};
}

void BlobArea::setAsideIfDamaged(const QString &sha256)
{
    if (!m_store.contains(sha256) || m_store.sizeOf(sha256))
        return;
    const QString folder = m_root + QStringLiteral("/damaged");
    const QString aside = folder + QLatin1Char('/') + sha256 + QLatin1Char('-')
                          + QString::number(QDateTime::currentSecsSinceEpoch());
    if (QDir().mkpath(folder) && QFile::rename(m_store.pathFor(sha256), aside))
        qCWarning(lcStorage) << "stored blob" << sha256.left(12) << "was unreadable: set aside in damaged/, replaced by the new upload";
    else
        qCWarning(lcStorage) << "stored blob" << sha256.left(12) << "is unreadable and could not be set aside";
}

void BlobArea::discardPartial(const QString &sha256)
{
    QFile::remove(partialPath(sha256));
    QFile::remove(partialIvPath(sha256));
}

} // namespace motcua::server
