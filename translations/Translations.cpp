#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace motcua {

QString preferredLanguage()
{
    const QString fromEnv = QString::fromLocal8Bit(qgetenv("MOTCUA_LANG")).trimmed().toLower();
    return fromEnv == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("vi");
}

bool installTranslations(const QString &language)
{
    // The translators live as long as the application: parented to it.
    auto *app = QCoreApplication::instance();
    auto *ours = new QTranslator(app);
    const bool loaded = ours->load(QStringLiteral(":/i18n/motcua_") + language + QStringLiteral(".qm"));
    if (loaded)
        QCoreApplication::installTranslator(ours);
    else
        delete ours;

    auto *qtBase = new QTranslator(app);
    if (qtBase->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtBase);
    else
        delete qtBase;
    QLocale::setDefault(QLocale(language == QLatin1String("en") ? QLocale::English : QLocale::Vietnamese,
                                language == QLatin1String("en") ? QLocale::UnitedStates : QLocale::Vietnam));
    return loaded;
}

} // namespace motcua
