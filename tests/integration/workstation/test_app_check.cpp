// The app itself, offscreen: it loads the catalog and the store of a seeded workstation.
#include "ProcessRunner.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace motcua::test;

#ifdef MOTCUA_APP_EXE
TEST_CASE("the app opens a seeded workstation and shows every procedure and dossier")
{
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("ws"));
    REQUIRE(runAdmin(data, {QStringLiteral("workstation"), QStringLiteral("init")}).exitCode == 0);
    REQUIRE(runAdmin(data, {QStringLiteral("workstation"), QStringLiteral("seed-demo"), QStringLiteral("--count"), QStringLiteral("12")}).exitCode == 0);

    const auto app = runProgram(QStringLiteral(MOTCUA_APP_EXE), {QStringLiteral("--data-dir"), data, QStringLiteral("--check")});
    INFO(app.out.toStdString() << app.err.toStdString());
    REQUIRE(app.exitCode == 0);
    CHECK(app.out.contains(QStringLiteral("procedures: 25")));
    CHECK(app.out.contains(QStringLiteral("dossiers: 12")));
}

TEST_CASE("the app says so when the store cannot be opened")
{
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("ws"));
    REQUIRE(runAdmin(data, {QStringLiteral("workstation"), QStringLiteral("init")}).exitCode == 0);
    REQUIRE(overwriteFile(data + QStringLiteral("/motcua.db"), QByteArray(4096, '\x07')));

    const auto app = runProgram(QStringLiteral(MOTCUA_APP_EXE), {QStringLiteral("--data-dir"), data, QStringLiteral("--check")});
    CHECK(app.exitCode == 1);
    CHECK_FALSE(app.err.trimmed().isEmpty());
}
#endif
