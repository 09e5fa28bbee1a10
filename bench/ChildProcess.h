#pragma once
// A child program run with posix_spawn and reaped with wait4, for the sync benchmark: QProcess
// cannot say how much memory a child used at its peak, wait4's rusage can (ru_maxrss), and many
// children can be started at once and waited for afterwards (simulated workstations).
// Its output goes to files (a child that fills a pipe nobody reads would stall).
#include <QString>
#include <QStringList>

#include <sys/types.h>

namespace motcua::bench {

struct ChildRun {
    int exitCode = -1;        // -1: did not start, or ended by a signal
    double wallMs = 0;        // from start() to its end
    qint64 peakRssKiB = 0;    // ru_maxrss of the child
    QString out;
    QString err;
};

class ChildProcess {
public:
    // Starts `program args` (searched in PATH), its stdout and stderr into logBase + ".out" / ".err". The environment
    // is this process's. False if it could not be spawned.
    bool start(const QString &program, const QStringList &args, const QString &logBase);
    ChildRun wait(); // blocks until it ends; reads its output files
    void terminate(); // SIGTERM (a no-op once it has ended); wait() reaps it
    QString outFile() const { return m_logBase + QStringLiteral(".out"); }
    QString errFile() const { return m_logBase + QStringLiteral(".err"); }

private:
    pid_t m_pid = -1;
    qint64 m_startNs = 0;
    QString m_logBase;
};

// Runs a program to its end.
ChildRun runChild(const QString &program, const QStringList &args, const QString &logBase);

} // namespace motcua::bench
