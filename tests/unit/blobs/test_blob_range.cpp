// copyRange: the sync client uploads a blob in ranges; a range must come out byte-exact, read
// only the chunks that hold it, and never turn a damaged chunk into data.
#include "TestSupport.h"
#include "blobs/BlobFormat.h"
#include "blobs/BlobStore.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <random>

using namespace motcua;

namespace {

constexpr qint64 kChunk = BlobStore::kChunkSize;

QByteArray content(qint64 size)
{
    std::mt19937 random(7);
    QByteArray bytes(size, Qt::Uninitialized);
    for (qint64 i = 0; i < size; ++i)
        bytes[i] = char(random() & 0xff);
    return bytes;
}

struct RangeFixture {
    QTemporaryDir dir;
    BlobStore store{dir.path(), DataKey::fromBytes(QByteArray(32, '\x33'))};
    QByteArray plain = content(3 * kChunk + 1234);
    QString sha;
    RangeFixture()
    {
        auto put = store.putBytes(plain);
        REQUIRE(put.ok());
        sha = put->sha256;
    }
    Result<QByteArray> range(qint64 offset, qint64 length)
    {
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        if (Status s = store.copyRange(sha, offset, length, out); !s)
            return s.error();
        return out.data();
    }
};

} // namespace

TEST_CASE("copyRange returns exactly the asked bytes across chunk boundaries")
{
    RangeFixture f;
    const QList<QPair<qint64, qint64>> ranges{
        {0, 10}, {0, kChunk}, {kChunk - 3, 7}, {kChunk, kChunk}, {5, 2 * kChunk + 17},
        {3 * kChunk, 1234}, {f.plain.size() - 1, 1}, {0, f.plain.size()}, {100, 0}};
    for (const auto &[offset, length] : ranges) {
        INFO("offset " << offset << " length " << length);
        auto got = f.range(offset, length);
        REQUIRE(got.ok());
        CHECK(*got == f.plain.mid(offset, length));
    }
}

TEST_CASE("copyRange refuses a range past the end and reports the size from the header")
{
    RangeFixture f;
    auto size = f.store.sizeOf(f.sha);
    REQUIRE(size.ok());
    CHECK(*size == f.plain.size());
    auto past = f.range(f.plain.size() - 5, 6);
    REQUIRE_FALSE(past.ok());
    CHECK(past.error().code == QStringLiteral("blobs.range"));
    CHECK_FALSE(f.range(-1, 3).ok());
}

TEST_CASE("copyRange reads only the chunks it needs and still authenticates them")
{
    RangeFixture f;
    // Damage the first chunk: a range in the third one still reads, a range touching the first fails.
    QFile file(f.store.pathFor(f.sha));
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.seek(blobformat::kHeaderSize + 10));
    REQUIRE(file.write("X", 1) == 1);
    file.close();

    auto far = f.range(2 * kChunk + 1, 100);
    REQUIRE(far.ok());
    CHECK(*far == f.plain.mid(2 * kChunk + 1, 100));
    auto near = f.range(kChunk - 1, 2);
    REQUIRE_FALSE(near.ok());
    CHECK(near.error().code == QStringLiteral("blobs.damaged"));
}

TEST_CASE("copyRange of an empty blob and of an unknown hash")
{
    RangeFixture f;
    auto empty = f.store.putBytes(QByteArray());
    REQUIRE(empty.ok());
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    CHECK(f.store.copyRange(empty->sha256, 0, 0, out).ok());
    CHECK(out.data().isEmpty());
    CHECK(f.store.copyRange(QString(64, QLatin1Char('0')), 0, 1, out).error().code == QStringLiteral("blobs.missing"));
}
