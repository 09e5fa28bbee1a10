#pragma once
// Runs one of our programs as a user would, and keeps what it printed.
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace motcua::test {

struct ProcessResult {
    int exitCode = -1;
    QString out;
    QString err;
    bool finished = false;
};

// English messages, so that assertions on wording do not depend on the default language.
ProcessResult runProgram(const QString &program, const QStringList &args, int timeoutMs = 120000,
                         const QProcessEnvironment &extra = {});

ProcessResult runAdmin(const QString &dataDir, const QStringList &args);

// Replaces a file's content, as a disk fault or a stray program would (false if it cannot).
bool overwriteFile(const QString &path, const QByteArray &content);

} // namespace motcua::test
