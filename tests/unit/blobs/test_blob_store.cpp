#include "TestSupport.h"
#include "blobs/BlobFormat.h"
#include "blobs/BlobStore.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <random>

using namespace motcua;

namespace {

constexpr qint64 kChunk = BlobStore::kChunkSize;
constexpr qint64 kHeader = blobformat::kHeaderSize;
constexpr qint64 kSealedChunk = kChunk + blobformat::kTagSize;

DataKey testKey(char fill = '\x5a')
{
    return DataKey::fromBytes(QByteArray(32, fill));
}

// Deterministic, incompressible content standing in for a scan.
QByteArray document(qint64 size, unsigned seed = 1)
{
    std::mt19937 random(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (qint64 i = 0; i < size; ++i)
        bytes[i] = char(random() & 0xff);
    return bytes;
}

QString independentSha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

struct Fixture {
    QTemporaryDir dir;
    BlobStore store{dir.filePath(QStringLiteral("blobs")), testKey()};

    QString put(const QByteArray &bytes)
    {
        const auto info = store.putBytes(bytes);
        REQUIRE(info.ok());
        return info->sha256;
    }
};

} // namespace

TEST_CASE("blobs of every size around the chunk boundary round trip")
{
    Fixture f;
    for (const qint64 size : {qint64(0), qint64(1), kChunk - 1, kChunk, kChunk + 1, qint64(5) * 1024 * 1024}) {
        INFO("size " << size);
        const QByteArray plain = document(size, unsigned(size) + 7);
        const auto info = f.store.putBytes(plain);
        REQUIRE(info.ok());
        CHECK(info->sha256 == independentSha256(plain));
        CHECK(info->size == size);

        const QString path = f.dir.filePath(QStringLiteral("blobs/") + info->sha256.left(2) + QLatin1Char('/') + info->sha256);
        CHECK(f.store.pathFor(info->sha256) == path);
        REQUIRE(QFile::exists(path));
        CHECK(QFile(path).size() == blobformat::sealedFileSize(quint64(size)));
        if (size >= 64)
            CHECK_FALSE(readFile(path).contains(plain.mid(size / 2, 32))); // encrypted at rest

        const auto back = f.store.readAll(info->sha256);
        REQUIRE(back.ok());
        CHECK(back.value() == plain);
        CHECK(f.store.verify(info->sha256).ok());
    }
}

TEST_CASE("putFile streams a file from disk and matches putBytes")
{
    Fixture f;
    const QByteArray plain = document(3 * kChunk + 123);
    const QString source = f.dir.filePath(QStringLiteral("scan.pdf"));
    writeFile(source, plain);
    const auto info = f.store.putFile(source);
    REQUIRE(info.ok());
    CHECK(*info == BlobInfo{independentSha256(plain), plain.size()});
    CHECK(f.store.readAll(info->sha256).value() == plain);

    const auto missingSource = f.store.putFile(f.dir.filePath(QStringLiteral("absent.pdf")));
    REQUIRE_FALSE(missingSource.ok());
    CHECK(missingSource.error().code == QStringLiteral("blobs.unreadable"));
}

TEST_CASE("the same content is stored once and not rewritten")
{
    Fixture f;
    const QByteArray plain = document(kChunk + 10);
    const QString sha = f.put(plain);
    const QByteArray firstWrite = readFile(f.store.pathFor(sha));
    // Every write draws a fresh nonce prefix, so identical bytes prove there was no rewrite.
    CHECK(f.put(plain) == sha);
    CHECK(readFile(f.store.pathFor(sha)) == firstWrite);
    CHECK(f.store.list() == QStringList{sha});
}

TEST_CASE("any flipped byte in a stored blob is detected")
{
    Fixture f;
    const QByteArray plain = document(2 * kChunk + 5);
    const QString sha = f.put(plain);
    const QString path = f.store.pathFor(sha);
    const QByteArray good = readFile(path);
    // magic, version, nonce prefix, size field, first ciphertext byte, first tag, last chunk, last byte
    for (const qint64 at : {qint64(0), qint64(4), qint64(6), qint64(20), kHeader, kHeader + kChunk,
                            kHeader + 2 * kSealedChunk + 2, qint64(good.size() - 1)}) {
        INFO("offset " << at);
        QByteArray bad = good;
        bad[at] = char(bad.at(at) ^ 0x01);
        writeFile(path, bad);
        const Status verified = f.store.verify(sha);
        REQUIRE_FALSE(verified.ok());
        CHECK(verified.error().code == QStringLiteral("blobs.damaged"));
        CHECK(verified.error().message == QStringLiteral("The stored document is damaged."));
        CHECK_FALSE(f.store.readAll(sha).ok());
    }
}

TEST_CASE("a truncated or extended blob file is detected")
{
    Fixture f;
    const QString sha = f.put(document(2 * kChunk + 5));
    const QString path = f.store.pathFor(sha);
    const QByteArray good = readFile(path);
    for (const qint64 length : {qint64(0), qint64(3), kHeader, kHeader + kSealedChunk, kHeader + 2 * kSealedChunk,
                                qint64(good.size() - 1)}) {
        INFO("length " << length);
        writeFile(path, good.left(length));
        CHECK(f.store.verify(sha).error().code == QStringLiteral("blobs.damaged"));
    }
    writeFile(path, good + QByteArray(16, '\0'));
    CHECK_FALSE(f.store.verify(sha).ok());
}

TEST_CASE("dropping the last chunks and shrinking the header's size is detected")
{
    // Without the last-chunk flag in the AAD this file would authenticate chunk by chunk.
    Fixture f;
    const QString sha = f.put(document(3 * kChunk));
    const QString path = f.store.pathFor(sha);
    QByteArray shortened = readFile(path).left(kHeader + 2 * kSealedChunk);
    const quint64 twoChunks = quint64(2 * kChunk);
    for (int i = 0; i < 8; ++i)
        shortened[13 + i] = char((twoChunks >> (8 * (7 - i))) & 0xff);
    writeFile(path, shortened);
    CHECK(f.store.verify(sha).error().code == QStringLiteral("blobs.damaged"));
}

TEST_CASE("reordered chunks, or chunks swapped in from another blob, are detected")
{
    Fixture f;
    const QString a = f.put(document(3 * kChunk, 1));
    const QString b = f.put(document(3 * kChunk, 2));
    const QByteArray fileA = readFile(f.store.pathFor(a));
    const QByteArray fileB = readFile(f.store.pathFor(b));
    const auto chunk = [](const QByteArray &file, int i) { return file.mid(kHeader + i * kSealedChunk, kSealedChunk); };

    const QByteArray reordered = fileA.left(kHeader) + chunk(fileA, 1) + chunk(fileA, 0) + chunk(fileA, 2);
    writeFile(f.store.pathFor(a), reordered);
    CHECK(f.store.verify(a).error().code == QStringLiteral("blobs.damaged"));

    const QByteArray mixed = fileA.left(kHeader) + chunk(fileA, 0) + chunk(fileB, 1) + chunk(fileA, 2);
    writeFile(f.store.pathFor(a), mixed);
    CHECK(f.store.verify(a).error().code == QStringLiteral("blobs.damaged"));

    writeFile(f.store.pathFor(a), fileA);
    CHECK(f.store.verify(a).ok()); // the fixture itself was sound
    CHECK(f.store.verify(b).ok());
}

TEST_CASE("a blob file renamed to another hash is detected")
{
    Fixture f;
    const QString a = f.put(document(1000, 1));
    const QString b = f.put(document(1000, 2));
    writeFile(f.store.pathFor(b), readFile(f.store.pathFor(a)));
    const auto read = f.store.readAll(b);
    REQUIRE_FALSE(read.ok());
    CHECK(read.error().code == QStringLiteral("blobs.damaged"));
}

TEST_CASE("a blob written under another key does not decrypt")
{
    QTemporaryDir dir;
    const QString root = dir.filePath(QStringLiteral("blobs"));
    BlobStore writer(root, testKey('\x01'));
    const auto info = writer.putBytes(document(500));
    REQUIRE(info.ok());
    const BlobStore reader(root, testKey('\x02'));
    CHECK(reader.contains(info->sha256));
    CHECK(reader.verify(info->sha256).error().code == QStringLiteral("blobs.damaged"));
}

TEST_CASE("missing and malformed hashes are errors, never paths")
{
    Fixture f;
    const QString absent = independentSha256("nothing stored");
    CHECK_FALSE(f.store.contains(absent));
    CHECK(f.store.readAll(absent).error().code == QStringLiteral("blobs.missing"));
    for (const QString &bad : {QStringLiteral("../../etc/passwd"), QStringLiteral("ABCDEF"), absent.toUpper(), QString()}) {
        CHECK_FALSE(f.store.contains(bad));
        CHECK(f.store.verify(bad).error().code == QStringLiteral("blobs.invalid-hash"));
        CHECK_FALSE(f.store.remove(bad).ok());
    }
}

TEST_CASE("list ignores temporary and foreign files; cleanTemporaryFiles removes leftovers; remove deletes")
{
    Fixture f;
    const QString a = f.put(document(10, 1));
    const QString b = f.put(document(10, 2));
    const QString folder = QFileInfo(f.store.pathFor(a)).absolutePath();
    writeFile(folder + QStringLiteral("/.tmp-0123456789abcdef"), "half a blob from a crash");
    writeFile(folder + QStringLiteral("/notes.txt"), "not a blob");
    QStringList expected{a, b};
    expected.sort();
    CHECK(f.store.list() == expected);

    CHECK(f.store.cleanTemporaryFiles() == 1);
    CHECK_FALSE(QFile::exists(folder + QStringLiteral("/.tmp-0123456789abcdef")));
    CHECK(QFile::exists(folder + QStringLiteral("/notes.txt")));
    CHECK(f.store.cleanTemporaryFiles() == 0);

    REQUIRE(f.store.remove(a).ok());
    CHECK_FALSE(f.store.contains(a));
    CHECK(f.store.list() == QStringList{b});
    CHECK(f.store.remove(a).ok()); // already gone
}
