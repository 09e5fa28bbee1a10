// POSIX file calls where durability matters (fsync of files and folders), Qt elsewhere.
#include "BlobArea.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
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

bool BlobArea::isSha256(const QString &text)
{
    if (text.size() != 64)
        return false;
    for (const QChar c : text)
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))))
            return false;
    return true;
}

QString BlobArea::finalPath(const QString &sha256) const
{
    return m_root + QLatin1Char('/') + sha256.left(2) + QLatin1Char('/') + sha256;
}

QString BlobArea::partialPath(const QString &sha256) const
{
    return m_root + QStringLiteral("/partial/") + sha256;
}

std::optional<qint64> BlobArea::storedSize(const QString &sha256) const
{
    const QFileInfo info(finalPath(sha256));
    return info.isFile() ? std::optional<qint64>(info.size()) : std::nullopt;
}

qint64 BlobArea::receivedBytes(const QString &sha256) const
{
    const QFileInfo info(partialPath(sha256));
    return info.isFile() ? info.size() : 0;
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
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
    if (fd < 0)
        return failed(QStringLiteral("open partial: %1").arg(errnoText()));
    qint64 done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
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
    const QString path = partialPath(sha256);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("blob.readFailed"), tr("The server could not read the document."), file.errorString()};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return Error{QStringLiteral("blob.readFailed"), tr("The server could not read the document."), file.errorString()};
    file.close();
    if (QString::fromLatin1(hash.result().toHex()) != sha256) {
        discardPartial(sha256);
        return Completion::HashMismatch;
    }
    const QString target = finalPath(sha256);
    const QString folder = QFileInfo(target).path();
    if (!QDir().mkpath(folder))
        return Error{QStringLiteral("blob.writeFailed"), tr("The server could not store the document."), folder};
    // The partial file was fsynced after every chunk: a rename and a folder sync make it final.
    if (std::rename(QFile::encodeName(path).constData(), QFile::encodeName(target).constData()) != 0
        || !syncFolder(folder) || !syncFolder(m_root + QStringLiteral("/partial")) || !syncFolder(m_root))
        return Error{QStringLiteral("blob.writeFailed"), tr("The server could not store the document."),
                     QStringLiteral("rename: %1").arg(errnoText())};
    return Completion::Stored;
}

void BlobArea::discardPartial(const QString &sha256)
{
    QFile::remove(partialPath(sha256));
}

} // namespace motcua::server
