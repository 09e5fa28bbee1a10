// BlobArea on a real folder: appends resume where they stopped, a wrong hash is discarded, and a
// crash mid-upload (the object gone, the partial file left) loses nothing that was acknowledged.
#include "BlobArea.h"
#include "ServerTestSupport.h"
#include "TestSupport.h"

#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace motcua;
using namespace motcua::server;

TEST_CASE("a blob is uploaded in parts, survives a crash between parts, and lands whole")
{
    QTemporaryDir dir;
    const QByteArray bytes = QByteArray(300000, 'x') + QByteArray("the end");
    const QString hash = servertest::sha256Hex(bytes);
    {
        BlobArea area(dir.path());
        CHECK_FALSE(area.storedSize(hash).has_value());
        CHECK(area.receivedBytes(hash) == 0);
        REQUIRE(area.append(hash, bytes.left(100000)).ok());
        CHECK(area.receivedBytes(hash) == 100000);
    } // "crash": nothing but the files remains
    BlobArea area(dir.path());
    CHECK(area.receivedBytes(hash) == 100000);
    REQUIRE(area.append(hash, bytes.mid(100000)).ok());
    auto done = area.complete(hash);
    REQUIRE(done.ok());
    CHECK(*done == BlobArea::Completion::Stored);
    CHECK(area.storedSize(hash) == bytes.size());
    CHECK(area.receivedBytes(hash) == 0);
    QFile stored(area.finalPath(hash));
    REQUIRE(stored.open(QIODevice::ReadOnly));
    CHECK(stored.readAll() == bytes);
    CHECK(area.finalPath(hash) == dir.path() + QStringLiteral("/") + hash.left(2) + QStringLiteral("/") + hash);
}

TEST_CASE("bytes that do not hash to the name are discarded, never stored")
{
    QTemporaryDir dir;
    BlobArea area(dir.path());
    const QString hash = servertest::sha256Hex("expected");
    REQUIRE(area.append(hash, "something else").ok());
    auto done = area.complete(hash);
    REQUIRE(done.ok());
    CHECK(*done == BlobArea::Completion::HashMismatch);
    CHECK_FALSE(area.storedSize(hash).has_value());
    CHECK(area.receivedBytes(hash) == 0);
}

TEST_CASE("blob names are 64 lower-case hex digits")
{
    CHECK(BlobArea::isSha256(servertest::sha256Hex("a")));
    CHECK_FALSE(BlobArea::isSha256(servertest::sha256Hex("a").toUpper()));
    CHECK_FALSE(BlobArea::isSha256(QStringLiteral("../../etc/passwd")));
    CHECK_FALSE(BlobArea::isSha256(servertest::sha256Hex("a").left(63)));
}
