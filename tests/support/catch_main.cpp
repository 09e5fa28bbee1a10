// Shared Catch2 main: a Qt application object exists for every test, and no test needs a
// display (catch_discover_tests would silently find no test if the binary needed one).
// Tests of widgets (MOTCUA_TEST_APP_WIDGETS) get a QApplication, tests of GUI types without
// widgets (MOTCUA_TEST_APP_GUI) a QGuiApplication, the rest a QCoreApplication.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#if defined(MOTCUA_TEST_APP_WIDGETS)
#include <QApplication>
using TestApplication = QApplication;
#elif defined(MOTCUA_TEST_APP_GUI)
#include <QGuiApplication>
using TestApplication = QGuiApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    TestApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
