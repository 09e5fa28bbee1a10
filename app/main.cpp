// motcua: the counter workstation.
//   motcua [--data-dir DIR] [--check]
// --check opens everything a clerk would see, prints what loaded and exits (0 when the catalog
// and the dossier store loaded): the smoke test of ./scripts/run and of the test suite.
#include "MainWindow.h"
#include "Translations.h"

#include "procedures/CatalogLoader.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QStandardPaths>
#include <QTimer>

#include <cstdio>

namespace {

// Without a display, Qt would abort; say so and run offscreen instead.
void chooseOffscreenWithoutDisplay()
{
    if (qEnvironmentVariableIsSet("QT_QPA_PLATFORM") || qEnvironmentVariableIsSet("DISPLAY")
        || qEnvironmentVariableIsSet("WAYLAND_DISPLAY"))
        return;
    std::fputs("Không có màn hình (DISPLAY): chạy ở chế độ không hiển thị / no display: running offscreen\n", stderr);
    qputenv("QT_QPA_PLATFORM", "offscreen");
}

QString dataDirFrom(const QCommandLineParser &parser)
{
    if (parser.isSet(QStringLiteral("data-dir")))
        return QDir::cleanPath(parser.value(QStringLiteral("data-dir")));
    const QByteArray fromEnv = qgetenv("MOTCUA_DATA_DIR");
    if (!fromEnv.isEmpty())
        return QString::fromLocal8Bit(fromEnv);
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
}

} // namespace

int main(int argc, char *argv[])
{
    chooseOffscreenWithoutDisplay();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("MotCua"));
    QApplication::setApplicationName(QStringLiteral("MotCuaCounter"));
    const QString language = motcua::preferredLanguage();
    motcua::installTranslations(language);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "One-stop reception counter workstation"));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("data-dir"), QApplication::translate("main", "The workstation's data folder."), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("check"), QApplication::translate("main", "Load everything, print what loaded, and exit.")});
    parser.process(app);

    const QString dataDir = dataDirFrom(parser);
    const QString overrides = QDir(dataDir).filePath(QStringLiteral("procedures"));
    motcua::app::MainWindow window(motcua::CatalogLoader::loadBuiltIn(overrides), dataDir, language);

    if (parser.isSet(QStringLiteral("check"))) {
        QObject::connect(&window, &motcua::app::MainWindow::dossiersLoaded, &app, [&](int dossiers) {
            std::printf("procedures: %d\ndossiers: %d\n", window.procedureCount(), dossiers);
            std::fflush(stdout);
            // The store opened (and sync started, when enrolled) before the first list arrives.
            if (!window.isSyncing())
                app.exit(window.procedureCount() > 0 ? 0 : 1);
        });
        // An enrolled workstation also proves its first sync pass with the central server.
        QObject::connect(&window, &motcua::app::MainWindow::syncPassFinished, &app, [&](int waiting, int synced, int rejected) {
            std::printf("sync: %d sent, %d waiting, %d refused\n", synced, waiting, rejected);
            app.exit(window.procedureCount() > 0 ? 0 : 1);
        });
        QObject::connect(&window, &motcua::app::MainWindow::storeFailed, &app, [&](const QString &message) {
            std::fprintf(stderr, "%s\n", qPrintable(message));
            app.exit(1);
        });
        QTimer::singleShot(60000, &app, [&] { std::fputs("timed out\n", stderr); app.exit(1); });
    } else {
        window.show();
    }
    return app.exec();
}
