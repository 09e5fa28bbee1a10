// Streaming: a scan of tens of MB must never be held whole in memory. Rather than measure RSS,
// these tests record the largest single read and write the store makes.
#include "TestSupport.h"
#include "blobs/BlobStore.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace motcua;

namespace {

// A source that records the largest read asked of it and can change its content between passes.
class RecordingSource : public QBuffer {
public:
    explicit RecordingSource(const QByteArray &bytes) { setData(bytes); }
    qint64 largestRead = 0;
    QByteArray contentAfterRewind;

    bool seek(qint64 pos) override
    {
        if (pos == 0 && !contentAfterRewind.isEmpty() && this->pos() > 0) {
            buffer() = contentAfterRewind;
            contentAfterRewind.clear();
        }
        return QBuffer::seek(pos);
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        largestRead = qMax(largestRead, maxSize);
        return QBuffer::readData(data, maxSize);
    }
};

class RecordingSink : public QIODevice {
public:
    RecordingSink() { open(QIODevice::WriteOnly | QIODevice::Unbuffered); }
    qint64 largestWrite = 0;
    qint64 total = 0;
    QCryptographicHash hash{QCryptographicHash::Sha256};

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override
    {
        largestWrite = qMax(largestWrite, size);
        total += size;
        hash.addData(QByteArrayView(data, size));
        return size;
    }
};

QByteArray pattern(qint64 size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (qint64 i = 0; i < size; ++i)
        bytes[i] = char((i * 131 + i / 7) & 0xff);
    return bytes;
}

} // namespace

TEST_CASE("putting and copying a 12 MiB document moves at most one chunk at a time")
{
    QTemporaryDir dir;
    BlobStore store(dir.path(), DataKey::fromBytes(QByteArray(32, '\x11')));
    const QByteArray plain = pattern(12 * 1024 * 1024 + 3);

    RecordingSource source(plain);
    REQUIRE(source.open(QIODevice::ReadOnly));
    const auto info = store.putDevice(source);
    REQUIRE(info.ok());
    CHECK(source.largestRead > 0);
    CHECK(source.largestRead <= BlobStore::kChunkSize);

    RecordingSink sink;
    REQUIRE(store.copyTo(info->sha256, sink).ok());
    CHECK(sink.total == plain.size());
    CHECK(sink.hash.result().toHex() == info->sha256.toLatin1());
    CHECK(sink.largestWrite <= BlobStore::kChunkSize);
}

TEST_CASE("a source that changes between hashing and encrypting is refused")
{
    QTemporaryDir dir;
    BlobStore store(dir.path(), DataKey::fromBytes(QByteArray(32, '\x11')));
    RecordingSource source(pattern(100000));
    QByteArray edited = pattern(100000);
    edited[50000] = 'X';
    source.contentAfterRewind = edited;
    REQUIRE(source.open(QIODevice::ReadOnly));
    const auto info = store.putDevice(source);
    REQUIRE_FALSE(info.ok());
    CHECK(info.error().code == QStringLiteral("blobs.changed"));
    CHECK(store.list().isEmpty());
    CHECK(store.cleanTemporaryFiles() == 0); // the failed write cleaned up after itself
}

TEST_CASE("a sequential source is refused rather than buffered whole")
{
    QTemporaryDir dir;
    BlobStore store(dir.path(), DataKey::fromBytes(QByteArray(32, '\x11')));
    RecordingSink notReadable;
    const auto info = store.putDevice(notReadable);
    REQUIRE_FALSE(info.ok());
    CHECK(info.error().code == QStringLiteral("blobs.unreadable"));
}
