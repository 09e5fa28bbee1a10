#pragma once
// The fault-injecting TCP proxy: accepts connections, forwards each to the target in both
// directions (TLS passes as opaque bytes) and gives some of them one fault, as planned by
// FaultPlan. One thread, one poll() loop: simple to reason about, and fast enough for loopback.
// A control file, re-read while running, changes the fault rate; totals go to FILE.stats.
#include "Connection.h"
#include "FaultPlan.h"

#include <sys/socket.h>

#include <array>
#include <csignal>
#include <list>
#include <memory>
#include <string>

namespace motcua::faultproxy {

struct Endpoint
{
    sockaddr_storage address{};
    socklen_t length = 0;
    std::string host; // as written on the command line
};

// "127.0.0.1:8443", "[::1]:8443", "localhost:8443" (numeric port); nullopt with a reason.
std::optional<Endpoint> parseEndpoint(const std::string &text, std::string &error);

struct ProxyConfig
{
    Endpoint listen;
    Endpoint target;
    PlanSettings plan;
    Timing timing;
    std::string controlFile; // empty: none
};

class Proxy
{
public:
    explicit Proxy(ProxyConfig config);
    ~Proxy();

    bool listen(std::string &error);
    int port() const { return m_port; }
    // Runs until *stop becomes non-zero (set by a signal handler). statsRequest (SIGUSR1) asks
    // for a stats line now.
    void run(const volatile std::sig_atomic_t *stop, volatile std::sig_atomic_t *statsRequest);
    // "injected 3 drop 1 reset 0 stall 1 delay 0 corrupt 1 connections 10 rate 0.3"
    std::string statsLine() const;
    void appendStats() const;

private:
    void acceptAll();
    void pollControlFile();
    void applyControl(const std::string &text);

    ProxyConfig m_config;
    int m_listener = -1;
    int m_port = 0;
    std::uint64_t m_connections = 0;
    std::uint64_t m_injected = 0;
    std::array<std::uint64_t, kFaultKindCount> m_byKind{};
    std::list<std::unique_ptr<Connection>> m_open;
    // The control file's last seen state: a rewrite (new mtime or size) is a new command.
    long long m_controlStamp = -1;
    Clock::time_point m_nextControlCheck{};
};

} // namespace motcua::faultproxy
