#include "storage/WorkstationConfig.h"

#include "dossier/DossierCodePattern.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSysInfo>

namespace motcua {

namespace {

// lupdate files a string under the class whose tr() is called: this one names the context.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(WorkstationConfig)
};

Error configError(const QString &message, const QString &detail)
{
    return Error{QStringLiteral("workstation.config"), message, detail};
}

} // namespace

QString WorkstationPaths::database(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("motcua.db"));
}

QString WorkstationPaths::keyFile(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("keys/data.key"));
}

QString WorkstationPaths::config(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("workstation.json"));
}

QString WorkstationPaths::blobs(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("blobs"));
}

Result<WorkstationConfig> WorkstationConfig::load(const QString &dataDir)
{
    WorkstationConfig config{QStringLiteral("MOTCUA"), QString(), QSysInfo::machineHostName(),
                             DossierCodePattern::defaultPattern()};
    QFile file(WorkstationPaths::config(dataDir));
    if (!file.exists())
        return config;
    if (!file.open(QIODevice::ReadOnly))
        return configError(Text::tr("The workstation settings cannot be read."), file.fileName() + QStringLiteral(": ") + file.errorString());
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return configError(Text::tr("The workstation settings file is damaged. Correct or remove it."),
                           QStringLiteral("%1: %2 at %3").arg(file.fileName(), parseError.errorString()).arg(parseError.offset));
    }
    const QJsonObject json = document.object();
    const auto take = [&json](const char *key, QString &into) {
        const QJsonValue value = json.value(QLatin1String(key));
        if (value.isString() && !value.toString().trimmed().isEmpty())
            into = value.toString().trimmed();
    };
    take("agencyCode", config.agencyCode);
    take("unit", config.unit);
    take("workstation", config.workstation);
    take("codePattern", config.codePattern);
    if (Status valid = DossierCodePattern::validate(config.codePattern); !valid)
        return valid.error();
    return config;
}

Status WorkstationConfig::saveTo(const QString &dataDir) const
{
    QSaveFile file(WorkstationPaths::config(dataDir));
    const QJsonObject json{{QStringLiteral("agencyCode"), agencyCode},
                           {QStringLiteral("unit"), unit},
                           {QStringLiteral("workstation"), workstation},
                           {QStringLiteral("codePattern"), codePattern}};
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(json).toJson()) < 0 || !file.commit())
        return configError(Text::tr("The workstation settings cannot be saved."), file.fileName() + QStringLiteral(": ") + file.errorString());
    return Status::success();
}

Result<std::unique_ptr<DossierStore>> openWorkstationStore(const QString &dataDir, StoreOpening opening)
{
    if (opening == StoreOpening::MustExist && !QFile::exists(WorkstationPaths::database(dataDir))) {
        return Error{QStringLiteral("workstation.noDatabase"), Text::tr("There is no dossier database in this data folder."),
                     WorkstationPaths::database(dataDir)};
    }
    const QDir dir(dataDir);
    if (!dir.mkpath(QStringLiteral("keys"))) {
        return configError(Text::tr("The data folder cannot be created. Check its permissions."), dataDir);
    }
    QFile::setPermissions(dir.filePath(QStringLiteral("keys")), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    auto settings = WorkstationConfig::load(dataDir);
    if (!settings)
        return settings.error();
    auto key = DataKey::loadOrCreate(WorkstationPaths::keyFile(dataDir));
    if (!key)
        return key.error();
    StoreConfig config;
    config.dbPath = WorkstationPaths::database(dataDir);
    config.key = std::make_shared<const DataKey>(std::move(*key));
    config.codePattern = settings->codePattern;
    config.agencyCode = settings->agencyCode;
    config.unit = settings->unit;
    config.workstation = settings->workstation;
    return DossierStore::open(config);
}

} // namespace motcua
