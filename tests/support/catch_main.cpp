// Shared Catch2 main: a Qt application object exists for every test, and no test needs a
// display (catch_discover_tests would silently find no test if the binary needed one).
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QCoreApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
