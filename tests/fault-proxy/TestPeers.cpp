#include "TestPeers.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <QRegularExpression>

#include <cerrno>
#include <random>
#include <sstream>
#include <stdexcept>

namespace motcua::faultproxy::test {

using Clock = std::chrono::steady_clock;

namespace {

sockaddr_in loopback(int port)
{
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(std::uint16_t(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    return address;
}

// Blocks until fd is readable or the stop flag is set (checked every 50 ms).
bool waitReadable(int fd, const std::atomic<bool> &stop)
{
    while (!stop) {
        pollfd entry{fd, POLLIN, 0};
        if (::poll(&entry, 1, 50) > 0)
            return true;
    }
    return false;
}

} // namespace

EchoServer::EchoServer()
{
    m_listener = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    const sockaddr_in address = loopback(0);
    if (::bind(m_listener, reinterpret_cast<const sockaddr *>(&address), sizeof address) != 0
        || ::listen(m_listener, 64) != 0)
        throw std::runtime_error("echo server cannot listen");
    sockaddr_in bound{};
    socklen_t length = sizeof bound;
    ::getsockname(m_listener, reinterpret_cast<sockaddr *>(&bound), &length);
    m_port = ntohs(bound.sin_port);
    m_acceptor = std::thread([this] { acceptLoop(); });
}

EchoServer::~EchoServer()
{
    m_stop = true;
    m_acceptor.join();
    for (auto &worker : m_workers)
        worker.join();
    ::close(m_listener);
}

void EchoServer::acceptLoop()
{
    while (waitReadable(m_listener, m_stop)) {
        const int fd = ::accept4(m_listener, nullptr, nullptr, SOCK_CLOEXEC);
        if (fd < 0)
            continue;
        std::lock_guard lock(m_mutex);
        m_connections.emplace_back();
        const std::size_t index = m_connections.size() - 1;
        m_workers.emplace_back([this, fd, index] { serve(fd, index); });
    }
}

// Echoes every byte back, and ends its own writes when the peer ends its writes (half-close).
void EchoServer::serve(int fd, std::size_t index)
{
    char buffer[32 * 1024];
    int error = 0;
    while (waitReadable(fd, m_stop)) {
        const ssize_t got = ::recv(fd, buffer, sizeof buffer, 0);
        if (got <= 0) {
            if (got < 0 && error == 0)
                error = errno;
            break;
        }
        {
            std::lock_guard lock(m_mutex);
            m_connections[index].received.append(buffer, std::size_t(got));
        }
        for (ssize_t sent = 0; sent < got;) {
            const ssize_t n = ::send(fd, buffer + sent, std::size_t(got - sent), MSG_NOSIGNAL);
            if (n < 0) {
                // An RST is reported once, to whichever call comes first: remember it here,
                // the next recv() would only see the end of the stream.
                if (error == 0)
                    error = errno;
                break;
            }
            sent += n;
        }
    }
    ::shutdown(fd, SHUT_WR);
    ::close(fd);
    std::lock_guard lock(m_mutex);
    m_connections[index].ended = true;
    m_connections[index].error = error;
}

ServerConnection EchoServer::connection(std::size_t index, std::chrono::milliseconds timeout)
{
    const auto until = Clock::now() + timeout;
    for (;;) {
        {
            std::lock_guard lock(m_mutex);
            if (index < m_connections.size() && (m_connections[index].ended || Clock::now() >= until))
                return m_connections[index];
            if (Clock::now() >= until)
                return {};
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
}

std::size_t EchoServer::accepted()
{
    std::lock_guard lock(m_mutex);
    return m_connections.size();
}

ClientResult exchange(int port, const std::string &data, std::chrono::seconds timeout)
{
    ClientResult result;
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    const sockaddr_in address = loopback(port);
    const auto start = Clock::now();
    if (::connect(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) != 0) {
        result.readError = errno;
        ::close(fd);
        return result;
    }
    result.connected = true;
    const timeval limit{long(timeout.count()), 0};
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &limit, sizeof limit);
    ::setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &limit, sizeof limit);
    // The writer runs beside the reader: an echo of 1 MB would deadlock a one-thread client.
    std::thread writer([&] {
        for (std::size_t sent = 0; sent < data.size();) {
            const ssize_t n = ::send(fd, data.data() + sent, std::min<std::size_t>(data.size() - sent, 16384), MSG_NOSIGNAL);
            if (n < 0) {
                result.writeError = errno;
                return;
            }
            sent += std::size_t(n);
        }
        ::shutdown(fd, SHUT_WR);
    });
    auto last = start;
    char buffer[32 * 1024];
    for (;;) {
        const ssize_t got = ::recv(fd, buffer, sizeof buffer, 0);
        const auto now = Clock::now();
        if (got < 0) {
            result.readError = errno;
            break;
        }
        if (got == 0) {
            result.eof = true;
            break;
        }
        result.longestGap = std::max(result.longestGap, std::chrono::duration_cast<std::chrono::milliseconds>(now - last));
        last = now;
        result.received.append(buffer, std::size_t(got));
    }
    // A reader that stopped early: unblock the writer (it may wait on a full send buffer).
    ::shutdown(fd, SHUT_RDWR);
    writer.join();
    ::close(fd);
    result.elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - start);
    return result;
}

void abortAfterSending(int port, const std::string &data)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    const sockaddr_in address = loopback(port);
    if (::connect(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) == 0)
        ::send(fd, data.data(), data.size(), MSG_NOSIGNAL | MSG_DONTWAIT);
    const linger hard{1, 0};
    ::setsockopt(fd, SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
    ::close(fd);
}

std::string randomBytes(std::size_t size, unsigned seed)
{
    std::mt19937 generator(seed);
    std::string bytes(size, '\0');
    for (char &byte : bytes)
        byte = char(generator() & 0xFF);
    return bytes;
}

ProxyProcess::ProxyProcess(const QStringList &arguments)
{
    m_process.start(QStringLiteral(MOTCUA_FAULT_PROXY),
                    arguments + QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
    if (!m_process.waitForStarted(5000))
        throw std::runtime_error("motcua-fault-proxy did not start");
    while (!m_process.canReadLine() && m_process.waitForReadyRead(5000)) {
    }
    const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
    static const QRegularExpression ready(QStringLiteral("^listening on 127\\.0\\.0\\.1:(\\d+)$"));
    const auto match = ready.match(line);
    if (!match.hasMatch())
        throw std::runtime_error("motcua-fault-proxy did not say it listens: " + line.toStdString() + " "
                                 + m_process.readAllStandardError().toStdString());
    m_port = match.captured(1).toInt();
}

ProxyProcess::~ProxyProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

std::string ProxyProcess::stop()
{
    m_process.terminate();
    m_process.waitForFinished(5000);
    return m_process.readAllStandardError().toStdString();
}

std::vector<std::string> faultLines(const std::string &stderrText)
{
    std::vector<std::string> lines;
    std::istringstream in(stderrText);
    std::string line;
    while (std::getline(in, line))
        if (line.rfind("fault ", 0) == 0)
            lines.push_back(line);
    return lines;
}

FaultLine parseFaultLine(const std::string &line)
{
    static const QRegularExpression pattern(
        QStringLiteral("^fault (\\d+) (drop|reset|stall|delay|corrupt) conn=(\\d+) offset=(\\d+) dir=(c2s|s2c)$"));
    const auto match = pattern.match(QString::fromStdString(line));
    if (!match.hasMatch())
        throw std::runtime_error("not a fault line: " + line);
    return {match.captured(2).toStdString(), match.captured(3).toULongLong(), match.captured(4).toULongLong(),
            match.captured(5).toStdString()};
}

} // namespace motcua::faultproxy::test
