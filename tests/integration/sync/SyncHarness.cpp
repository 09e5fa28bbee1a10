#include "SyncHarness.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QThread>
#include <QTimer>

#include <csignal>

namespace motcua::test {

namespace {

QProcessEnvironment testEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MOTCUA_LANG"), QStringLiteral("en"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return env;
}

} // namespace

ProgramRun runProgram(const QString &program, const QStringList &args, int timeoutMs, int killAfterMs)
{
    QProcess process;
    process.setProcessEnvironment(testEnvironment());
    process.start(program, args);
    if (!process.waitForStarted(30000))
        return ProgramRun{-1, {}, QStringLiteral("could not start %1").arg(program)};
    bool finished = false;
    if (killAfterMs >= 0) {
        finished = process.waitForFinished(killAfterMs);
        if (!finished) {
            process.kill(); // SIGKILL: a power cut, as far as the program can tell
            process.waitForFinished(30000);
        }
    } else {
        finished = process.waitForFinished(timeoutMs);
        if (!finished) {
            process.kill();
            process.waitForFinished(30000);
        }
    }
    const bool normal = finished && process.exitStatus() == QProcess::NormalExit;
    return ProgramRun{normal ? process.exitCode() : -1, QString::fromUtf8(process.readAllStandardOutput()),
                      QString::fromUtf8(process.readAllStandardError())};
}

ProgramRun runAdmin(const QString &dataDir, const QStringList &args, int timeoutMs, int killAfterMs)
{
    return runProgram(QStringLiteral(MOTCUA_ADMIN_EXE), QStringList{QStringLiteral("--data-dir"), dataDir} + args,
                      timeoutMs, killAfterMs);
}

ProgramRun runServerCli(const QString &dataDir, const QStringList &args)
{
    QStringList all = args;
    all.insert(1, QStringLiteral("--data"));
    all.insert(2, dataDir);
    return runProgram(QStringLiteral(MOTCUA_SERVER_EXE), all);
}

ListeningProcess::~ListeningProcess()
{
    kill();
}

bool ListeningProcess::start(const QString &program, const QStringList &args, QString *error)
{
    kill();
    m_output.clear();
    m_process = std::make_unique<QProcess>();
    m_process->setProcessEnvironment(testEnvironment());
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->start(program, args);
    static const QRegularExpression listening(QStringLiteral("listening on 127\\.0\\.0\\.1:(\\d+)"));
    QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired()) {
        m_process->waitForReadyRead(200);
        m_output += QString::fromUtf8(m_process->readAll());
        if (const auto match = listening.match(m_output); match.hasMatch()) {
            m_port = quint16(match.captured(1).toUInt());
            return true;
        }
        if (m_process->state() == QProcess::NotRunning)
            break;
    }
    if (error)
        *error = QStringLiteral("%1 did not start listening: %2").arg(QFileInfo(program).fileName(), m_output);
    kill();
    return false;
}

void ListeningProcess::kill()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(30000);
    }
    m_output += QString::fromUtf8(m_process->readAll());
    m_process.reset();
}

void ListeningProcess::terminate()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(10000))
            m_process->kill();
        m_process->waitForFinished(10000);
    }
    m_output += QString::fromUtf8(m_process->readAll());
    m_process.reset();
}

bool ListeningProcess::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

bool ServerProcess::init(QString *error)
{
    const ProgramRun run = runServerCli(m_dataDir, {QStringLiteral("init"), QStringLiteral("--host"), QStringLiteral("127.0.0.1")});
    if (run.exitCode != 0 && error)
        *error = run.out + run.err;
    return run.exitCode == 0;
}

bool ServerProcess::start(QString *error)
{
    // A restarted server may find its port still held by the killed one for a moment.
    for (int attempt = 0; attempt < 50; ++attempt) {
        if (m_process.start(QStringLiteral(MOTCUA_SERVER_EXE),
                            {QStringLiteral("serve"), QStringLiteral("--data"), m_dataDir, QStringLiteral("--listen"),
                             QStringLiteral("127.0.0.1:%1").arg(m_port)},
                            error)) {
            m_port = m_process.port();
            return true;
        }
        if (m_port == 0)
            return false;
        QThread::msleep(100);
    }
    return false;
}

QString ServerProcess::enrollCode(const QString &unit, const QString &counter, QString *error)
{
    const ProgramRun run = runServerCli(m_dataDir, {QStringLiteral("enroll-code"), QStringLiteral("--unit"), unit,
                                                    QStringLiteral("--counter"), counter});
    static const QRegularExpression code(QStringLiteral("\\b([0-9A-Z]{5}-[0-9A-Z]{5})\\b"));
    const auto match = code.match(run.out);
    if ((run.exitCode != 0 || !match.hasMatch()) && error)
        *error = run.out + run.err;
    return run.exitCode == 0 && match.hasMatch() ? match.captured(1) : QString();
}

bool ProxyProcess::start(quint16 target, quint64 seed, double rate, const QStringList &extraArgs, QString *error)
{
    QFile control(m_controlFile);
    if (!control.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    control.write(QStringLiteral("rate %1\n").arg(rate).toUtf8());
    control.close();
    return m_process.start(QStringLiteral(MOTCUA_FAULT_PROXY_EXE),
                           QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--target"),
                                       QStringLiteral("127.0.0.1:%1").arg(target), QStringLiteral("--seed"),
                                       QString::number(seed), QStringLiteral("--fault-rate"), QString::number(rate),
                                       QStringLiteral("--control"), m_controlFile}
                               + extraArgs,
                           error);
}

bool ProxyProcess::control(const QString &line)
{
    QFile stats(m_controlFile + QStringLiteral(".stats"));
    const qint64 before = stats.exists() ? stats.size() : 0;
    // A new modification time makes the proxy re-read the file: wait a tick so that it differs.
    QThread::msleep(20);
    QFile control(m_controlFile);
    if (!control.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    control.write(line.toUtf8() + '\n');
    control.close();
    QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired()) {
        if (stats.exists() && stats.size() > before && stats.open(QIODevice::ReadOnly)) {
            const QList<QByteArray> lines = stats.readAll().trimmed().split('\n');
            stats.close();
            m_lastStats = QString::fromUtf8(lines.last());
            return true;
        }
        QThread::msleep(50);
    }
    return false;
}

bool ProxyProcess::setRate(double rate)
{
    return control(QStringLiteral("rate %1").arg(rate));
}

qint64 ProxyProcess::injected()
{
    if (!control(QStringLiteral("stats")))
        return -1;
    static const QRegularExpression injectedCount(QStringLiteral("injected (\\d+)"));
    const auto match = injectedCount.match(m_lastStats);
    return match.hasMatch() ? match.captured(1).toLongLong() : -1;
}

} // namespace motcua::test
