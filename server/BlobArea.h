#pragma once
// The blob bytes on the server's disk, by SHA-256: `<root>/<aa>/<sha256>` when stored whole,
// `<root>/partial/<sha256>` while an upload is unfinished. A chunk is appended and fsynced before
// it is acknowledged; completion hashes the whole file, renames it into place and fsyncs the
// folder, so a crash never leaves a half blob under a final name.
#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace motcua::server {

class BlobArea {
    Q_DECLARE_TR_FUNCTIONS(BlobArea)

public:
    explicit BlobArea(QString root) : m_root(std::move(root)) {}

    static bool isSha256(const QString &text); // 64 lower-case hex digits

    QString finalPath(const QString &sha256) const;
    QString partialPath(const QString &sha256) const;

    std::optional<qint64> storedSize(const QString &sha256) const; // whole blob, if stored
    qint64 receivedBytes(const QString &sha256) const;             // of an unfinished upload

    Status append(const QString &sha256, const QByteArray &bytes);
    enum class Completion { Stored, HashMismatch };
    // Hashes the partial file; a match is moved into place, a mismatch deleted.
    Result<Completion> complete(const QString &sha256);
    void discardPartial(const QString &sha256);

private:
    QString m_root;
};

} // namespace motcua::server
