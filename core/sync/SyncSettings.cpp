#include "sync/SyncSettings.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace motcua::sync {

namespace {

QString pathIn(const QString &dataDir, const char *name)
{
    return SyncSettings::folder(dataDir) + QLatin1Char('/') + QLatin1String(name);
}

Error settingsError(const QString &detail)
{
    return Error{QStringLiteral("sync.settings"),
                 SyncSettings::tr("This workstation's connection to the central server is not set up correctly. "
                                  "Ask the administrator to enroll it again."),
                 detail};
}

Result<QByteArray> readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return settingsError(QStringLiteral("cannot read %1: %2").arg(QDir(path).dirName(), file.errorString()));
    return file.readAll();
}

} // namespace

Status writeFileAtomically(const QString &path, const QByteArray &bytes, bool privateFile)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return settingsError(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    if (privateFile)
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return settingsError(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    return Status::success();
}

QString SyncSettings::folder(const QString &dataDir)
{
    return QDir::cleanPath(dataDir) + QStringLiteral("/sync");
}

bool SyncSettings::isEnrolled(const QString &dataDir)
{
    for (const char *name : {"sync.json", "client.key", "client.crt", "ca.crt"})
        if (!QFile::exists(pathIn(dataDir, name)))
            return false;
    return true;
}

Result<SyncSettings> SyncSettings::load(const QString &dataDir)
{
    auto bytes = readAll(pathIn(dataDir, "sync.json"));
    if (!bytes)
        return bytes.error();
    QJsonParseError parseError;
    const QJsonObject json = QJsonDocument::fromJson(*bytes, &parseError).object();
    if (parseError.error != QJsonParseError::NoError)
        return settingsError(QStringLiteral("sync.json: %1").arg(parseError.errorString()));
    SyncSettings s;
    s.serverUrl = QUrl(json.value(QStringLiteral("serverUrl")).toString());
    s.workstationId = json.value(QStringLiteral("workstationId")).toString();
    s.unit = json.value(QStringLiteral("unit")).toString();
    s.counter = json.value(QStringLiteral("counter")).toString();
    s.warnAfterDays = json.value(QStringLiteral("warnAfterDays")).toInt(3);
    s.blockAfterDays = json.value(QStringLiteral("blockAfterDays")).toInt(0);
    if (!s.serverUrl.isValid() || s.serverUrl.scheme() != QLatin1String("https"))
        return settingsError(QStringLiteral("sync.json: serverUrl must be an https URL"));
    if (s.warnAfterDays < 0 || s.blockAfterDays < 0)
        return settingsError(QStringLiteral("sync.json: negative day limits"));
    return s;
}

Status SyncSettings::saveTo(const QString &dataDir) const
{
    if (!QDir().mkpath(folder(dataDir)))
        return settingsError(QStringLiteral("cannot create %1").arg(folder(dataDir)));
    const QJsonObject json{{QStringLiteral("serverUrl"), serverUrl.toString()},
                           {QStringLiteral("workstationId"), workstationId},
                           {QStringLiteral("unit"), unit},
                           {QStringLiteral("counter"), counter},
                           {QStringLiteral("warnAfterDays"), warnAfterDays},
                           {QStringLiteral("blockAfterDays"), blockAfterDays}};
    return writeFileAtomically(pathIn(dataDir, "sync.json"), QJsonDocument(json).toJson());
}

Result<SyncIdentity> SyncIdentity::load(const QString &dataDir)
{
    auto key = readAll(pathIn(dataDir, "client.key"));
    auto cert = readAll(pathIn(dataDir, "client.crt"));
    auto ca = readAll(pathIn(dataDir, "ca.crt"));
    for (const auto *part : {&key, &cert, &ca})
        if (!*part)
            return part->error();
    SyncIdentity identity{QSslKey(*key, QSsl::Ec, QSsl::Pem), QSslCertificate(*cert, QSsl::Pem),
                          QSslCertificate(*ca, QSsl::Pem)};
    if (identity.key.isNull() || identity.certificate.isNull() || identity.ca.isNull())
        return settingsError(QStringLiteral("client.key, client.crt or ca.crt does not parse"));
    return identity;
}

Status SyncIdentity::saveTo(const QString &dataDir, const QByteArray &keyPem) const
{
    const QString dir = SyncSettings::folder(dataDir);
    if (!QDir().mkpath(dir))
        return settingsError(QStringLiteral("cannot create %1").arg(dir));
    QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    if (Status s = writeFileAtomically(pathIn(dataDir, "client.key"), keyPem, true); !s)
        return s;
    if (Status s = writeFileAtomically(pathIn(dataDir, "client.crt"), certificate.toPem()); !s)
        return s;
    return writeFileAtomically(pathIn(dataDir, "ca.crt"), ca.toPem());
}

SyncHealth syncHealth(const SyncCounts &counts, const SyncSettings &settings, const QDateTime &now)
{
    SyncHealth health;
    if (!counts.oldestUnsyncedAt.isValid())
        return health;
    health.unsyncedDays = int(counts.oldestUnsyncedAt.secsTo(now) / 86400);
    health.warning = settings.warnAfterDays > 0 && health.unsyncedDays >= settings.warnAfterDays;
    health.intakeBlocked = settings.blockAfterDays > 0 && health.unsyncedDays >= settings.blockAfterDays;
    return health;
}

} // namespace motcua::sync
