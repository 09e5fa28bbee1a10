// SyncClient without a server: an unenrolled workstation does not start and says why, and wake()
// or stop() before start() are harmless. (Against the real server: tests/integration/sync.)
#include "TestSupport.h"
#include "sync/SyncClient.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace motcua;

TEST_CASE("an unenrolled workstation's sync client refuses to start, with a clerk-readable reason")
{
    QTemporaryDir dir;
    sync::SyncClient client(dir.path());
    QStringList reasons;
    QObject::connect(&client, &sync::SyncClient::refused, [&](const QString &reason) { reasons.append(reason); });
    int passes = 0;
    QObject::connect(&client, &sync::SyncClient::passFinished, [&](int) { ++passes; });
    client.wake();
    client.start();
    QCoreApplication::processEvents();
    REQUIRE(reasons.size() == 1);
    CHECK(reasons.first().contains(QStringLiteral("enroll")));
    CHECK(passes == 0);
    CHECK_FALSE(client.intakeBlocked());
    client.wake();
    client.stop();
    QCoreApplication::processEvents();
    CHECK(passes == 0);
}
