#pragma once
// The real parts of a sync test, as processes: motcua-server on 127.0.0.1 (killed and restarted
// on the same port at will), the fault-injecting proxy in front of it, and motcua-admin for the
// workstation (enroll, seed, sync now — killed mid-run at will). Nothing is mocked.
#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <memory>

namespace motcua::test {

struct ProgramRun {
    int exitCode = -1; // -1: killed or timed out
    QString out;
    QString err;
};

// Runs a program to its end (or kills it after timeoutMs). killAfterMs >= 0 SIGKILLs it then.
ProgramRun runProgram(const QString &program, const QStringList &args, int timeoutMs = 120000, int killAfterMs = -1);
ProgramRun runAdmin(const QString &dataDir, const QStringList &args, int timeoutMs = 120000, int killAfterMs = -1);
ProgramRun runServerCli(const QString &dataDir, const QStringList &args);

// A long-running program that prints "listening on 127.0.0.1:PORT" once ready.
class ListeningProcess {
public:
    ~ListeningProcess();
    // Starts it and waits for its "listening on" line; false (with the output in `error`) if it
    // exits or is silent for 30 s.
    bool start(const QString &program, const QStringList &args, QString *error);
    void kill();      // SIGKILL, waits
    void terminate(); // SIGTERM, waits (the proxy prints its totals)
    bool isRunning() const;
    quint16 port() const { return m_port; }
    QString output() const { return m_output; }

private:
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    QString m_output;
};

class ServerProcess {
public:
    explicit ServerProcess(QString dataDir) : m_dataDir(std::move(dataDir)) {}
    bool init(QString *error);
    // Port 0 picks a free one the first time; a restart keeps it (the proxy points there).
    bool start(QString *error);
    void kill() { m_process.kill(); }
    quint16 port() const { return m_port; }
    QString dataDir() const { return m_dataDir; }
    QString enrollCode(const QString &unit, const QString &counter, QString *error);

private:
    QString m_dataDir;
    ListeningProcess m_process;
    quint16 m_port = 0;
};

class ProxyProcess {
public:
    explicit ProxyProcess(QString controlFile) : m_controlFile(std::move(controlFile)) {}
    bool start(quint16 target, quint64 seed, double rate, const QStringList &extraArgs, QString *error);
    quint16 port() const { return m_process.port(); }
    // Writes the control file and waits until the proxy has taken it (a new stats line).
    bool setRate(double rate);
    // Faults injected so far (from a fresh stats line).
    qint64 injected();
    QString lastStats() const { return m_lastStats; }
    void stop() { m_process.terminate(); }

private:
    bool control(const QString &line);
    QString m_controlFile;
    ListeningProcess m_process;
    QString m_lastStats;
};

} // namespace motcua::test
