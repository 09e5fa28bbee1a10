#include "security/DataKey.h"

#include "common/Logging.h"
#include "security/Crypto.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <stdexcept>
#include <sys/stat.h>
#include <unistd.h>

namespace motcua {
namespace {

// lupdate files a string under the class whose tr() is called: this one names the context.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(DataKey)
};

QString errnoText(const char *call)
{
    return QString::fromLatin1(call) + QStringLiteral(": ") + QString::fromLocal8Bit(std::strerror(errno));
}

Error unreadable(const QString &detail)
{
    return Error{QStringLiteral("security.key.unreadable"),
                 Text::tr("The workstation's data key could not be read. Ask the administrator to restore it."), detail};
}

Result<DataKey> load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return unreadable(QStringLiteral("open %1: %2").arg(path, file.errorString()));
    const QByteArray bytes = file.read(DataKey::kSize + 1);
    if (bytes.size() != DataKey::kSize) {
        return Error{QStringLiteral("security.key.size"),
                     Text::tr("The workstation's data key file is damaged. Ask the administrator to restore it."),
                     QStringLiteral("%1: expected %2 bytes, found %3%4")
                         .arg(path).arg(DataKey::kSize).arg(qMin(bytes.size(), qsizetype(DataKey::kSize)))
                         .arg(bytes.size() > DataKey::kSize ? QStringLiteral(" or more") : QString())};
    }
    const QFile::Permissions loose = QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther;
    if (file.permissions() & loose)
        qCWarning(lcSecurity) << "data key file is readable by other users; expected mode 0600:" << path;
    return DataKey::fromBytes(bytes);
}

Error createFailed(const QString &detail)
{
    return Error{QStringLiteral("security.key.create"),
                 Text::tr("The workstation's data key could not be created. Check that the data folder is writable."), detail};
}

void syncFolder(const QString &folder)
{
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

// Writes a fresh key to a private temporary file and hard-links it to `path`; link() fails if
// another process got there first, and then its key is the one to use.
Result<DataKey> create(const QString &path)
{
    const QFileInfo info(path);
    const QString folder = info.absolutePath();
    if (!QDir().mkpath(folder))
        return createFailed(QStringLiteral("mkpath %1").arg(folder));
    const QString tmpPath = path + QStringLiteral(".tmp-") + QString::fromLatin1(detail::randomBytes(6).toHex());
    const QByteArray tmpName = QFile::encodeName(tmpPath);
    const int fd = ::open(tmpName.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd < 0)
        return createFailed(errnoText("open"));
    SecretBytes key(detail::randomBytes(DataKey::kSize));
    const bool written = ::write(fd, key.data(), key.size()) == ssize_t(key.size()) && ::fsync(fd) == 0;
    const QString writeError = written ? QString() : errnoText("write/fsync");
    ::close(fd);
    if (!written) {
        ::unlink(tmpName.constData());
        return createFailed(writeError);
    }
    const int linked = ::link(tmpName.constData(), QFile::encodeName(path).constData());
    const int linkErrno = errno;
    ::unlink(tmpName.constData());
    if (linked != 0) {
        if (linkErrno == EEXIST)
            return load(path);
        errno = linkErrno;
        return createFailed(errnoText("link"));
    }
    syncFolder(folder);
    qCInfo(lcSecurity) << "created a new data key file:" << path;
    return DataKey::fromBytes(key.view());
}

} // namespace

Result<DataKey> DataKey::loadOrCreate(const QString &keyFilePath)
{
    if (keyFilePath.isEmpty())
        return unreadable(QStringLiteral("empty key file path"));
    if (QFileInfo::exists(keyFilePath))
        return load(keyFilePath);
    return create(keyFilePath);
}

DataKey DataKey::fromBytes(const QByteArray &key32)
{
    if (key32.size() != kSize)
        throw std::invalid_argument("DataKey needs exactly 32 bytes");
    // A deep copy, so that wiping ours never touches (or depends on) the caller's buffer.
    return DataKey(QByteArray(key32.constData(), key32.size()));
}

QByteArray DataKey::subkey(const QByteArray &label) const
{
    return detail::hkdfSha256(m_key.view(), QByteArray(), label, kSize);
}

} // namespace motcua
