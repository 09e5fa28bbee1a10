#include "ChildProcess.h"

#include <QElapsedTimer>
#include <QFile>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <vector>

extern char **environ;

namespace motcua::bench {

namespace {

qint64 nowNs()
{
    static QElapsedTimer clock = [] {
        QElapsedTimer timer;
        timer.start();
        return timer;
    }();
    return clock.nsecsElapsed();
}

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

bool ChildProcess::start(const QString &program, const QStringList &args, const QString &logBase)
{
    m_logBase = logBase;
    std::vector<QByteArray> storage;
    storage.push_back(QFile::encodeName(program));
    for (const QString &arg : args)
        storage.push_back(arg.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &arg : storage)
        argv.push_back(arg.data());
    argv.push_back(nullptr);

    const QByteArray outPath = QFile::encodeName(logBase + QStringLiteral(".out"));
    const QByteArray errPath = QFile::encodeName(logBase + QStringLiteral(".err"));
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, outPath.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    posix_spawn_file_actions_addopen(&actions, 2, errPath.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    m_startNs = nowNs();
    const int spawned = posix_spawnp(&m_pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0)
        m_pid = -1;
    return spawned == 0;
}

ChildRun ChildProcess::wait()
{
    ChildRun run;
    if (m_pid <= 0)
        return run;
    int status = 0;
    rusage usage{};
    pid_t ended = -1;
    do
        ended = ::wait4(m_pid, &status, 0, &usage);
    while (ended < 0 && errno == EINTR);
    run.wallMs = double(nowNs() - m_startNs) / 1e6;
    m_pid = -1;
    if (ended > 0) {
        run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
        run.peakRssKiB = usage.ru_maxrss; // Linux: KiB
    }
    run.out = readText(m_logBase + QStringLiteral(".out"));
    run.err = readText(m_logBase + QStringLiteral(".err"));
    return run;
}

void ChildProcess::terminate()
{
    if (m_pid > 0)
        ::kill(m_pid, SIGTERM);
}

ChildRun runChild(const QString &program, const QStringList &args, const QString &logBase)
{
    ChildProcess child;
    if (!child.start(program, args, logBase))
        return ChildRun{};
    return child.wait();
}

} // namespace motcua::bench
