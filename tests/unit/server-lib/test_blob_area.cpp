// BlobArea on a real folder: appends resume where they stopped (encrypted at whatever offset),
// a wrong hash or a damaged partial file is discarded, a crash mid-upload (the object gone, the
// partial file left) loses nothing that was acknowledged, and nothing sits on disk in clear.
#include "BlobArea.h"
#include "ServerTestSupport.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace motcua;
using namespace motcua::server;

namespace {

const DataKey kKey = DataKey::fromBytes(QByteArray(32, 'k'));
const QByteArray kMarker = "NGUYEN THI MARKERNAME";

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A scan-sized document with a recognisable text in every 64 KiB stretch, and odd-sized parts
// so that appends start in the middle of an AES block.
QByteArray document()
{
    QByteArray bytes;
    for (int i = 0; bytes.size() < 300000; ++i)
        bytes += kMarker + ' ' + QByteArray::number(i) + '\n';
    return bytes + "the end";
}

} // namespace

TEST_CASE("a blob is uploaded in parts, encrypted, survives a crash between parts, and lands whole")
{
    QTemporaryDir dir;
    const QByteArray bytes = document();
    const QString hash = servertest::sha256Hex(bytes);
    {
        BlobArea area(dir.path(), kKey);
        CHECK_FALSE(area.storedSize(hash).has_value());
        CHECK(area.receivedBytes(hash) == 0);
        REQUIRE(area.append(hash, bytes.left(100003)).ok());
        CHECK(area.receivedBytes(hash) == 100003);
        REQUIRE(area.append(hash, bytes.mid(100003, 77)).ok());
        CHECK(area.receivedBytes(hash) == 100080);
        const QByteArray partial = fileBytes(area.partialPath(hash));
        CHECK(partial.size() == 100080);
        CHECK_FALSE(partial.contains(kMarker));
    } // "crash": nothing but the files remains
    BlobArea area(dir.path(), kKey);
    CHECK(area.receivedBytes(hash) == 100080);
    REQUIRE(area.append(hash, bytes.mid(100080)).ok());
    auto done = area.complete(hash);
    REQUIRE(done.ok());
    CHECK(*done == BlobArea::Completion::Stored);
    CHECK(area.storedSize(hash) == bytes.size());
    CHECK(area.receivedBytes(hash) == 0);
    CHECK_FALSE(QFile::exists(area.partialPath(hash)));
    CHECK(area.finalPath(hash) == dir.path() + QStringLiteral("/") + hash.left(2) + QStringLiteral("/") + hash);
    const QByteArray onDisk = fileBytes(area.finalPath(hash));
    CHECK(onDisk.size() > bytes.size());
    CHECK_FALSE(onDisk.contains(kMarker));
    CHECK(area.store().readAll(hash).value() == bytes);
    CHECK(area.store().list() == QStringList{hash}); // partial/ is not mistaken for a blob

    // Another key reads the size from the header but never the content.
    BlobArea other(dir.path(), DataKey::fromBytes(QByteArray(32, 'w')));
    CHECK_FALSE(other.store().readAll(hash).ok());
}

TEST_CASE("bytes that do not hash to the name are discarded, never stored")
{
    QTemporaryDir dir;
    BlobArea area(dir.path(), kKey);
    const QString hash = servertest::sha256Hex("expected");
    REQUIRE(area.append(hash, "something else").ok());
    auto done = area.complete(hash);
    REQUIRE(done.ok());
    CHECK(*done == BlobArea::Completion::HashMismatch);
    CHECK_FALSE(area.storedSize(hash).has_value());
    CHECK(area.receivedBytes(hash) == 0);
    CHECK(area.store().list().isEmpty());
}

TEST_CASE("a damaged partial file is caught by the hash at completion")
{
    QTemporaryDir dir;
    BlobArea area(dir.path(), kKey);
    const QByteArray bytes = document();
    const QString hash = servertest::sha256Hex(bytes);
    REQUIRE(area.append(hash, bytes).ok());
    QFile partial(area.partialPath(hash));
    REQUIRE(partial.open(QIODevice::ReadWrite));
    REQUIRE(partial.seek(123456));
    char c = 0;
    REQUIRE(partial.getChar(&c));
    REQUIRE(partial.seek(123456));
    REQUIRE(partial.putChar(char(c ^ 0x01))); // one bit flipped on disk
    partial.close();
    auto done = area.complete(hash);
    REQUIRE(done.ok());
    CHECK(*done == BlobArea::Completion::HashMismatch);
    CHECK_FALSE(area.storedSize(hash).has_value());
    CHECK(area.store().list().isEmpty());
}

TEST_CASE("a partial file decrypts the same whatever the append boundaries")
{
    // The keystream is positioned by byte offset: a file appended in odd pieces equals one
    // written at once, and decrypts to the plaintext from any position.
    QTemporaryDir dir;
    BlobArea area(dir.path(), kKey);
    const QByteArray bytes = document();
    const QString hash = servertest::sha256Hex(bytes);
    for (qint64 at = 0; at < bytes.size();) {
        const qint64 n = qMin<qint64>(bytes.size() - at, 1 + (at * 7919) % 40000);
        REQUIRE(area.append(hash, bytes.mid(at, n)).ok());
        at += n;
    }
    const QByteArray piecewise = fileBytes(area.partialPath(hash));
    const QByteArray iv = fileBytes(area.partialIvPath(hash));
    REQUIRE(iv.size() == PartialCipher::kIvSize);
    PartialCipher cipher(kKey);
    QByteArray whole = bytes;
    cipher.apply(iv, 0, whole.data(), whole.size());
    CHECK(piecewise == whole);
    PartialReader reader(area.partialPath(hash), cipher, iv);
    REQUIRE(reader.open(QIODevice::ReadOnly));
    REQUIRE(reader.seek(65541));
    CHECK(reader.read(1000) == bytes.mid(65541, 1000));
}

TEST_CASE("a partial started again after a wrong upload never reuses a keystream")
{
    // The same name and the same bytes twice, the first partial discarded in between: a
    // keystream reused would show as equal ciphertexts (and leak the XOR of two uploads).
    QTemporaryDir dir;
    BlobArea area(dir.path(), kKey);
    const QString hash = servertest::sha256Hex("the real document");
    REQUIRE(area.append(hash, "a wrong upload of the same length").ok());
    const QByteArray first = fileBytes(area.partialPath(hash));
    auto done = area.complete(hash);
    REQUIRE(done.ok());
    REQUIRE(*done == BlobArea::Completion::HashMismatch);
    CHECK_FALSE(QFile::exists(area.partialIvPath(hash)));
    REQUIRE(area.append(hash, "a wrong upload of the same length").ok());
    CHECK(fileBytes(area.partialPath(hash)) != first);

    // A partial whose IV is lost cannot be read: it is dropped, and the client starts again.
    REQUIRE(QFile::remove(area.partialIvPath(hash)));
    CHECK_FALSE(area.append(hash, "more").ok());
    CHECK(area.receivedBytes(hash) == 0);
    REQUIRE(area.append(hash, "the real document").ok());
    done = area.complete(hash);
    REQUIRE(done.ok());
    CHECK(*done == BlobArea::Completion::Stored);
}

TEST_CASE("a stored blob that no longer reads is set aside and replaced by the next upload")
{
    QTemporaryDir dir;
    BlobArea area(dir.path(), kKey);
    const QByteArray bytes = document();
    const QString hash = servertest::sha256Hex(bytes);
    REQUIRE(area.append(hash, bytes).ok());
    REQUIRE(area.complete(hash).value() == BlobArea::Completion::Stored);
    {
        QFile stored(area.finalPath(hash));
        REQUIRE(stored.open(QIODevice::ReadWrite));
        REQUIRE(stored.write("garbage!") == 8); // the header: nothing reads any more
    }
    CHECK_FALSE(area.storedSize(hash).has_value()); // HEAD says 404: the client uploads again
    REQUIRE(area.append(hash, bytes).ok());
    REQUIRE(area.complete(hash).value() == BlobArea::Completion::Stored);
    CHECK(area.storedSize(hash) == bytes.size());
    CHECK(area.store().readAll(hash).value() == bytes);
    CHECK(QDir(dir.filePath(QStringLiteral("damaged"))).entryList(QDir::Files).size() == 1); // kept for a look
}

TEST_CASE("blob names are 64 lower-case hex digits")
{
    CHECK(BlobArea::isSha256(servertest::sha256Hex("a")));
    CHECK_FALSE(BlobArea::isSha256(servertest::sha256Hex("a").toUpper()));
    CHECK_FALSE(BlobArea::isSha256(QStringLiteral("../../etc/passwd")));
    CHECK_FALSE(BlobArea::isSha256(servertest::sha256Hex("a").left(63)));
}
