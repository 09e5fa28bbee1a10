#include "TestSupport.h"
#include "security/DataKey.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <memory>
#include <stdexcept>
#include <sys/stat.h>

using namespace motcua;

namespace {

int fileMode(const QString &path)
{
    struct stat st {};
    REQUIRE(::stat(QFile::encodeName(path).constData(), &st) == 0);
    return int(st.st_mode & 0777);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}

} // namespace

TEST_CASE("loadOrCreate creates a private 32-byte key file on first use and reloads the same key")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("keys/data.key")); // the folder does not exist yet

    const auto created = DataKey::loadOrCreate(path);
    REQUIRE(created.ok());
    CHECK(QFile(path).size() == DataKey::kSize);
    CHECK(fileMode(path) == 0600);
    CHECK(QDir(dir.filePath(QStringLiteral("keys"))).entryList(QDir::Files) == QStringList{QStringLiteral("data.key")});

    const auto reloaded = DataKey::loadOrCreate(path);
    REQUIRE(reloaded.ok());
    CHECK(reloaded->subkey("x") == created->subkey("x"));

    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(DataKey::fromBytes(file.readAll()).subkey("x") == created->subkey("x"));
}

TEST_CASE("two key files made independently hold different keys")
{
    QTemporaryDir dir;
    const auto a = DataKey::loadOrCreate(dir.filePath(QStringLiteral("a.key")));
    const auto b = DataKey::loadOrCreate(dir.filePath(QStringLiteral("b.key")));
    REQUIRE(a.ok());
    REQUIRE(b.ok());
    CHECK(a->subkey("field-v1") != b->subkey("field-v1"));
}

TEST_CASE("a key file of the wrong size is a clear error, not a new key")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("data.key"));
    for (const int size : {0, 16, 31, 33, 64}) {
        writeFile(path, QByteArray(size, '\x07'));
        const auto key = DataKey::loadOrCreate(path);
        REQUIRE_FALSE(key.ok());
        CHECK(key.error().code == QStringLiteral("security.key.size"));
        CHECK_FALSE(key.error().message.isEmpty());
        CHECK(QFile(path).size() == size); // left untouched for the administrator
    }
}

TEST_CASE("an unreadable key file is a clear error")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("data.key"));
    writeFile(path, QByteArray(32, '\x07'));
    REQUIRE(::chmod(QFile::encodeName(path).constData(), 0) == 0);
    QFile probe(path);
    if (probe.open(QIODevice::ReadOnly)) {
        WARN("running as root: file permissions do not stop reading, part skipped");
    } else {
        const auto key = DataKey::loadOrCreate(path);
        REQUIRE_FALSE(key.ok());
        CHECK(key.error().code == QStringLiteral("security.key.unreadable"));
    }

    // A path whose "file" is a folder cannot be read either.
    const auto folder = DataKey::loadOrCreate(dir.path());
    CHECK_FALSE(folder.ok());
}

TEST_CASE("fromBytes insists on 32 bytes")
{
    CHECK_THROWS_AS(DataKey::fromBytes(QByteArray(31, '\0')), std::invalid_argument);
    CHECK_NOTHROW(DataKey::fromBytes(QByteArray(32, '\0')));
}

TEST_CASE("subkeys are 32 bytes, stable, and differ per label and per key")
{
    const DataKey key = DataKey::fromBytes(QByteArray(32, '\x11'));
    const DataKey other = DataKey::fromBytes(QByteArray(32, '\x12'));
    CHECK(key.subkey("field-v1").size() == 32);
    CHECK(key.subkey("field-v1") == key.subkey("field-v1"));
    CHECK(key.subkey("field-v1") != key.subkey("index-v1"));
    CHECK(key.subkey("field-v1") != key.subkey("blob-v1"));
    CHECK(key.subkey("field-v1") != other.subkey("field-v1"));
}

TEST_CASE("a copied key still works after the original is destroyed")
{
    auto original = std::make_unique<DataKey>(DataKey::fromBytes(QByteArray(32, '\x33')));
    const QByteArray expected = original->subkey("x");
    const DataKey copy = *original;
    original.reset(); // must not wipe the bytes the copy shares
    CHECK(copy.subkey("x") == expected);
}
