#pragma once
// The two ends the proxy tests put around the real motcua-fault-proxy process: a threaded TCP
// echo server (records what each connection received and how it ended) and a client that sends
// a buffer while reading the echo (records bytes, timing, EOF or error). Plain blocking sockets,
// so what the test sees is what any TCP peer would see. Also: starting and stopping the proxy.
#include <QProcess>
#include <QStringList>

#include <atomic>
#include <chrono>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace motcua::faultproxy::test {

struct ServerConnection
{
    std::string received;
    bool ended = false; // EOF or error seen
    int error = 0;      // 0: clean EOF; else the first error of a read or a write
};

class EchoServer
{
public:
    EchoServer();
    ~EchoServer();
    int port() const { return m_port; }
    // Connection `index` (0-based, accept order) once it has ended; waits up to `timeout`.
    ServerConnection connection(std::size_t index, std::chrono::milliseconds timeout = std::chrono::seconds(5));
    std::size_t accepted();

private:
    void acceptLoop();
    void serve(int fd, std::size_t index);

    int m_listener = -1;
    int m_port = 0;
    std::atomic<bool> m_stop{false};
    std::thread m_acceptor;
    std::mutex m_mutex;
    std::vector<ServerConnection> m_connections;
    std::vector<std::thread> m_workers;
};

struct ClientResult
{
    std::string received;
    bool eof = false;     // the read side ended with a clean EOF
    int readError = 0;    // errno of the read that failed, if any
    int writeError = 0;   // errno of the write that failed, if any
    bool connected = false;
    std::chrono::milliseconds elapsed{0};
    std::chrono::milliseconds longestGap{0}; // longest time without a byte (from the start)
};

// Connects to 127.0.0.1:port, sends `data` then half-closes, reads until EOF or error.
ClientResult exchange(int port, const std::string &data, std::chrono::seconds timeout = std::chrono::seconds(15));
// Connects, sends `data` and closes with an RST without reading anything.
void abortAfterSending(int port, const std::string &data);

std::string randomBytes(std::size_t size, unsigned seed);

// The real proxy process, started with `arguments` in front of --listen 127.0.0.1:0.
class ProxyProcess
{
public:
    explicit ProxyProcess(const QStringList &arguments);
    ~ProxyProcess();
    int port() const { return m_port; }
    bool running() const { return m_process.state() == QProcess::Running; }
    // SIGTERM, wait, and everything it wrote on stderr.
    std::string stop();
    int exitCode() const { return m_process.exitCode(); }
    qint64 pid() const { return m_process.processId(); }

private:
    QProcess m_process;
    int m_port = 0;
};

// The "fault ..." lines of a proxy's stderr, in order.
std::vector<std::string> faultLines(const std::string &stderrText);

struct FaultLine
{
    std::string kind;
    unsigned long long connection = 0;
    unsigned long long offset = 0;
    std::string direction;
};
FaultLine parseFaultLine(const std::string &line);

} // namespace motcua::faultproxy::test
