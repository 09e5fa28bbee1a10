// Blob benchmark: BlobStore::putFile and readAll throughput beside a plain copy of the same bytes
// with the same durability (64 KiB chunks, fsync, rename, folder fsync) and a plain read.
//   motcua-bench-blobs [--mb 64] [--repeat 3] [--dir PATH]
#include "BenchReport.h"

#include "blobs/BlobStore.h"
#include "security/Crypto.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>
#include <fcntl.h>
#include <unistd.h>

using namespace motcua;
using namespace motcua::bench;

namespace {

constexpr qint64 kMiB = 1024 * 1024;

[[noreturn]] void fail(const QString &what)
{
    std::fprintf(stderr, "%s\n", what.toLocal8Bit().constData());
    std::exit(1);
}

// Incompressible content, written a MiB at a time; `salt` makes each repetition a new blob.
void writeSource(const QString &path, qint64 mib, int salt)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        fail(QStringLiteral("cannot write ") + path);
    for (qint64 i = 0; i < mib; ++i) {
        QByteArray block = detail::randomBytes(int(kMiB));
        block[0] = char(salt);
        file.write(block);
    }
}

// The baseline: what any careful program does to keep a file: copy, fsync, rename.
void plainDurableCopy(const QString &from, const QString &to)
{
    QFile in(from);
    QFile out(to + QStringLiteral(".tmp"));
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        fail(QStringLiteral("plain copy: cannot open files"));
    QByteArray buffer(BlobStore::kChunkSize, Qt::Uninitialized);
    for (qint64 n; (n = in.read(buffer.data(), buffer.size())) > 0;)
        out.write(buffer.constData(), n);
    out.flush();
    ::fsync(out.handle());
    out.close();
    QFile::remove(to);
    if (!QFile::rename(out.fileName(), to))
        fail(QStringLiteral("plain copy: rename failed"));
    const int folder = ::open(QFile::encodeName(QFileInfo(to).absolutePath()).constData(), O_RDONLY | O_DIRECTORY);
    ::fsync(folder);
    ::close(folder);
}

double mbPerSecond(qint64 bytes, double ms)
{
    return ms > 0 ? double(bytes) / 1e6 / (ms / 1000.0) : 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qint64 largest = intOption(args, QStringLiteral("--mb"), 64);
    const int repeat = int(intOption(args, QStringLiteral("--repeat"), 3));
    QTemporaryDir tmp;
    const QString dir = stringOption(args, QStringLiteral("--dir"), tmp.path());
    QDir().mkpath(dir + QStringLiteral("/plain"));
    BlobStore store(dir + QStringLiteral("/blobs"), DataKey::fromBytes(detail::randomBytes(DataKey::kSize)));

    QList<Figure> figures;
    for (const qint64 mib : {qint64(1), largest}) {
        Samples put, copy, read, plainRead;
        for (int r = 0; r < repeat; ++r) {
            const QString source = dir + QStringLiteral("/source-%1.bin").arg(r);
            writeSource(source, mib, r + int(mib));
            Result<BlobInfo> info = BlobInfo{};
            put.add(timeMs([&] { info = store.putFile(source); }));
            if (!info)
                fail(QStringLiteral("putFile: ") + info.error().toString());
            const QString copyPath = dir + QStringLiteral("/plain/copy-%1.bin").arg(r);
            copy.add(timeMs([&] { plainDurableCopy(source, copyPath); }));

            Result<QByteArray> back = QByteArray();
            read.add(timeMs([&] { back = store.readAll(info->sha256); }));
            if (!back || back->size() != mib * kMiB)
                fail(QStringLiteral("readAll failed"));
            plainRead.add(timeMs([&] {
                QFile file(copyPath);
                file.open(QIODevice::ReadOnly);
                back = file.readAll();
            }));
            QFile::remove(source);
        }
        const qint64 bytes = mib * kMiB;
        const QString size = QStringLiteral("%1 MiB").arg(mib);
        figures << Figure{QStringLiteral("putFile, ") + size, QStringLiteral("MB/s"), mbPerSecond(bytes, put.p50()),
                          mbPerSecond(bytes, copy.p50())}
                << Figure{QStringLiteral("readAll, ") + size, QStringLiteral("MB/s"), mbPerSecond(bytes, read.p50()),
                          mbPerSecond(bytes, plainRead.p50())};
    }
    printTable(QStringLiteral("BlobStore (median of %1 runs; baseline: copy + fsync + rename, plain read)").arg(repeat),
               figures, QStringLiteral("plain file"));
    return 0;
}
