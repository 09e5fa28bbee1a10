#include "Proxy.h"

#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>

namespace motcua::faultproxy {

namespace {

void setNonBlocking(int fd)
{
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
    const int one = 1;
    // Small writes (TLS records, headers) go out at once, as they would without the proxy.
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
}

} // namespace

std::optional<Endpoint> parseEndpoint(const std::string &text, std::string &error)
{
    const auto colon = text.rfind(':');
    if (colon == std::string::npos || colon + 1 == text.size()) {
        error = "expected HOST:PORT, got '" + text + "'";
        return std::nullopt;
    }
    std::string host = text.substr(0, colon);
    const std::string port = text.substr(colon + 1);
    if (host.size() >= 2 && host.front() == '[' && host.back() == ']')
        host = host.substr(1, host.size() - 2);
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_NUMERICSERV;
    addrinfo *found = nullptr;
    if (const int rc = ::getaddrinfo(host.c_str(), port.c_str(), &hints, &found); rc != 0 || !found) {
        error = "cannot resolve '" + text + "': " + ::gai_strerror(rc);
        return std::nullopt;
    }
    Endpoint endpoint;
    std::memcpy(&endpoint.address, found->ai_addr, found->ai_addrlen);
    endpoint.length = found->ai_addrlen;
    endpoint.host = host;
    ::freeaddrinfo(found);
    return endpoint;
}

Proxy::Proxy(ProxyConfig config)
    : m_config(std::move(config))
{
}

Proxy::~Proxy()
{
    m_open.clear();
    if (m_listener >= 0)
        ::close(m_listener);
}

bool Proxy::listen(std::string &error)
{
    const auto &where = m_config.listen;
    m_listener = ::socket(where.address.ss_family, SOCK_STREAM | SOCK_CLOEXEC, 0);
    const int one = 1;
    ::setsockopt(m_listener, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    if (m_listener < 0 || ::bind(m_listener, reinterpret_cast<const sockaddr *>(&where.address), where.length) != 0
        || ::listen(m_listener, 512) != 0) {
        error = std::string("cannot listen: ") + std::strerror(errno);
        return false;
    }
    setNonBlocking(m_listener);
    sockaddr_storage bound{};
    socklen_t length = sizeof bound;
    ::getsockname(m_listener, reinterpret_cast<sockaddr *>(&bound), &length);
    m_port = ntohs(bound.ss_family == AF_INET6 ? reinterpret_cast<const sockaddr_in6 &>(bound).sin6_port
                                               : reinterpret_cast<const sockaddr_in &>(bound).sin_port);
    pollControlFile(); // a control file that exists at start applies before the first connection
    return true;
}

void Proxy::acceptAll()
{
    for (;;) {
        const int client = ::accept4(m_listener, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
        if (client < 0)
            return; // EAGAIN, or out of descriptors (the pending client waits for the next turn)
        setNonBlocking(client);
        const auto &target = m_config.target;
        const int server = ::socket(target.address.ss_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
        if (server < 0) {
            ::close(client);
            continue;
        }
        setNonBlocking(server);
        const int rc = ::connect(server, reinterpret_cast<const sockaddr *>(&target.address), target.length);
        if (rc != 0 && errno != EINPROGRESS) {
            ::close(server);
            ::close(client);
            continue;
        }
        const std::uint64_t number = ++m_connections;
        auto report = [this](const Fault &fault, std::uint64_t connection) {
            ++m_injected;
            ++m_byKind[std::size_t(fault.kind)];
            std::fprintf(stderr, "fault %llu %s conn=%llu offset=%llu dir=%s\n", (unsigned long long)m_injected,
                         kindName(fault.kind), (unsigned long long)connection, (unsigned long long)fault.offset,
                         directionName(fault.direction));
            std::fflush(stderr);
        };
        m_open.push_back(std::make_unique<Connection>(number, client, server, rc == 0,
                                                      planFault(m_config.plan, number), m_config.timing, report));
    }
}

void Proxy::run(const volatile std::sig_atomic_t *stop, volatile std::sig_atomic_t *statsRequest)
{
    std::vector<pollfd> fds;
    while (!*stop) {
        fds.clear();
        fds.push_back({m_listener, POLLIN, 0});
        for (auto &connection : m_open)
            connection->watch(fds);

        auto now = Clock::now();
        auto wake = m_nextControlCheck;
        for (auto &connection : m_open)
            if (auto due = connection->nextDeadline())
                wake = std::min(wake, *due);
        const auto wait = std::chrono::duration_cast<std::chrono::milliseconds>(wake - now).count();
        const int timeout = int(std::clamp<long long>(wait + 1, 0, 100));
        const int ready = ::poll(fds.data(), fds.size(), timeout);
        if (ready < 0 && errno != EINTR)
            break;

        now = Clock::now();
        if (ready > 0) {
            // Connections first, against the fds they registered; new ones join afterwards.
            for (auto &connection : m_open)
                connection->onEvents(fds, now);
            if (fds[0].revents & POLLIN)
                acceptAll();
        }
        for (auto it = m_open.begin(); it != m_open.end();) {
            (*it)->advance(now);
            it = (*it)->finished() ? m_open.erase(it) : std::next(it);
        }
        if (now >= m_nextControlCheck)
            pollControlFile();
        if (*statsRequest) {
            *statsRequest = 0;
            std::fprintf(stderr, "stats %s\n", statsLine().c_str());
            std::fflush(stderr);
            appendStats();
        }
    }
}

std::string Proxy::statsLine() const
{
    std::ostringstream line;
    line << "injected " << m_injected;
    for (int i = 0; i < kFaultKindCount; ++i)
        line << ' ' << kindName(FaultKind(i)) << ' ' << m_byKind[std::size_t(i)];
    line << " connections " << m_connections << " rate " << m_config.plan.rate;
    return line.str();
}

void Proxy::appendStats() const
{
    if (m_config.controlFile.empty())
        return;
    std::ofstream out(m_config.controlFile + ".stats", std::ios::app);
    out << statsLine() << '\n';
}

void Proxy::pollControlFile()
{
    m_nextControlCheck = Clock::now() + std::chrono::milliseconds(100);
    if (m_config.controlFile.empty())
        return;
    struct stat info{};
    if (::stat(m_config.controlFile.c_str(), &info) != 0)
        return;
    const long long stamp = (long long)info.st_mtim.tv_sec * 1000000000LL + info.st_mtim.tv_nsec + info.st_size;
    if (stamp == m_controlStamp)
        return;
    m_controlStamp = stamp;
    std::ifstream in(m_config.controlFile);
    std::stringstream text;
    text << in.rdbuf();
    applyControl(text.str());
    appendStats(); // every command is answered with the totals (how the tests read them)
}

// One command a line: "rate 0.3", "faults drop,reset" ("faults" alone: none). Unknown lines are
// reported and ignored; the proxy keeps running with what it had.
void Proxy::applyControl(const std::string &text)
{
    std::istringstream lines(text);
    std::string line;
    while (std::getline(lines, line)) {
        std::istringstream words(line);
        std::string command;
        if (!(words >> command) || command.front() == '#')
            continue;
        if (command == "rate") {
            double rate = -1;
            if (words >> rate && rate >= 0 && rate <= 1) {
                m_config.plan.rate = rate;
                continue;
            }
        } else if (command == "faults") {
            std::string list;
            words >> list;
            if (auto kinds = parseKinds(list)) {
                m_config.plan.kinds = *kinds;
                continue;
            }
        } else if (command == "stats") {
            continue; // the rewrite alone asks for a stats line
        }
        std::fprintf(stderr, "control: ignored '%s'\n", line.c_str());
    }
    std::fflush(stderr);
}

} // namespace motcua::faultproxy
