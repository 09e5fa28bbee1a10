#include "ProcessRunner.h"

#include <QFile>
#include <QProcess>

namespace motcua::test {

ProcessResult runProgram(const QString &program, const QStringList &args, int timeoutMs, const QProcessEnvironment &extra)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MOTCUA_LANG"), QStringLiteral("en"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(extra);
    process.setProcessEnvironment(env);
    process.start(program, args);
    ProcessResult result;
    result.finished = process.waitForFinished(timeoutMs);
    if (!result.finished)
        process.kill();
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

ProcessResult runAdmin(const QString &dataDir, const QStringList &args)
{
    return runProgram(QStringLiteral(MOTCUA_ADMIN_EXE), QStringList{QStringLiteral("--data-dir"), dataDir} + args);
}

bool overwriteFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) == content.size();
}

} // namespace motcua::test
