// The real motcua-fault-proxy process between a TCP echo server and clients of the test: bytes
// pass unchanged without faults, and each fault kind does what the sync tests rely on.
#include "TestPeers.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <signal.h>

#include <cerrno>
#include <fstream>
#include <future>
#include <sstream>

using namespace motcua::faultproxy::test;
using namespace std::chrono_literals;

namespace {

QStringList proxyArguments(int targetPort, const char *faults, double rate, std::initializer_list<const char *> more = {})
{
    QStringList arguments{QStringLiteral("--target"), QStringLiteral("127.0.0.1:%1").arg(targetPort),
                          QStringLiteral("--faults"), QString::fromLatin1(faults),
                          QStringLiteral("--fault-rate"), QString::number(rate)};
    for (const char *argument : more)
        arguments << QString::fromLatin1(argument);
    return arguments;
}

std::string readAll(const std::string &path)
{
    std::ifstream in(path);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

std::string lastLine(const std::string &path)
{
    std::ifstream in(path);
    std::string line, last;
    while (std::getline(in, line))
        last = line;
    return last;
}

// Rewrites the control file and waits for the proxy's answer in FILE.stats.
std::string command(const std::string &path, const std::string &text)
{
    const std::string old = readAll(path + ".stats");
    std::ofstream(path, std::ios::trunc) << text << '\n';
    for (int i = 0; i < 100; ++i) {
        const std::string all = readAll(path + ".stats");
        if (all.size() > old.size() && all.back() == '\n')
            return lastLine(path + ".stats");
        std::this_thread::sleep_for(20ms);
    }
    return {};
}

bool isPrefix(const std::string &part, const std::string &whole)
{
    return part.size() <= whole.size() && whole.compare(0, part.size(), part) == 0;
}

} // namespace

TEST_CASE("fault proxy: without faults, 1 MB passes unchanged both ways on 4 connections at once")
{
    EchoServer server;
    ProxyProcess proxy(proxyArguments(server.port(), "drop,reset,stall,delay,corrupt", 0.0));
    std::vector<std::future<ClientResult>> clients;
    std::vector<std::string> data;
    for (unsigned i = 0; i < 4; ++i)
        data.push_back(randomBytes(1 << 20, i + 1));
    for (unsigned i = 0; i < 4; ++i)
        clients.push_back(std::async(std::launch::async, [&, i] { return exchange(proxy.port(), data[i]); }));
    for (unsigned i = 0; i < 4; ++i) {
        const ClientResult result = clients[i].get();
        CHECK(result.eof); // the half-close went through the proxy and came back
        CHECK(result.readError == 0);
        CHECK(result.received.size() == data[i].size());
        CHECK(result.received == data[i]);
    }
    REQUIRE(server.accepted() == 4);
    for (std::size_t i = 0; i < 4; ++i) {
        const auto side = server.connection(i);
        CHECK(side.ended);
        CHECK(side.error == 0);
        CHECK(side.received.size() == std::size_t(1 << 20));
    }
    const std::string log = proxy.stop();
    CHECK(faultLines(log).empty());
    CHECK(log.find("totals injected 0 ") != std::string::npos);
    CHECK(proxy.exitCode() == 0);
}

TEST_CASE("fault proxy: drop closes both sides mid-stream, after exactly the planned bytes")
{
    QTemporaryDir dir;
    const std::string control = dir.filePath(QStringLiteral("control")).toStdString();
    EchoServer server;
    ProxyProcess proxy(proxyArguments(server.port(), "drop", 1.0,
                                      {"--seed", "11", "--max-offset", "400000", "--control", control.c_str()}));
    const std::string data = randomBytes(512 * 1024, 9);
    std::vector<ClientResult> results;
    for (int i = 0; i < 4; ++i)
        results.push_back(exchange(proxy.port(), data));
    // Ask for the totals while running, then stop and read the fault lines.
    CHECK(command(control, "stats").rfind("injected 4 drop 4 reset 0 stall 0 delay 0 corrupt 0 connections 4", 0) == 0);
    const auto lines = faultLines(proxy.stop());
    REQUIRE(lines.size() == 4);
    for (std::size_t i = 0; i < 4; ++i) {
        const FaultLine fault = parseFaultLine(lines[i]);
        CAPTURE(lines[i]);
        CHECK(fault.kind == "drop");
        CHECK(fault.connection == i + 1);
        CHECK(results[i].eof); // a clean EOF, not an error
        CHECK(results[i].readError == 0);
        CHECK(results[i].received.size() < data.size());
        CHECK(isPrefix(results[i].received, data));
        const auto side = server.connection(i);
        CHECK(side.ended);
        if (fault.direction == "c2s")
            CHECK(side.received.size() == fault.offset);
        else
            CHECK(results[i].received.size() == fault.offset);
    }
}

TEST_CASE("fault proxy: reset aborts both sides with an RST")
{
    EchoServer server;
    ProxyProcess proxy(proxyArguments(server.port(), "reset", 1.0, {"--seed", "5", "--max-offset", "400000"}));
    const std::string data = randomBytes(512 * 1024, 3);
    std::vector<ClientResult> results;
    for (int i = 0; i < 4; ++i)
        results.push_back(exchange(proxy.port(), data));
    const auto lines = faultLines(proxy.stop());
    REQUIRE(lines.size() == 4);
    for (std::size_t i = 0; i < 4; ++i) {
        const FaultLine fault = parseFaultLine(lines[i]);
        CAPTURE(lines[i]);
        CHECK(fault.kind == "reset");
        // The reader or the writer (whichever touched the socket first) got ECONNRESET; the
        // other one may then see a plain end of stream.
        CHECK((results[i].readError == ECONNRESET || results[i].writeError == ECONNRESET));
        CHECK(isPrefix(results[i].received, data));
        const auto side = server.connection(i);
        CHECK(side.ended);
        if (fault.direction == "c2s") {
            CHECK(side.received.size() == fault.offset);
            // ECONNRESET, or EPIPE when an echo write after the RST was the first to notice.
            CHECK((side.error == ECONNRESET || side.error == EPIPE));
        }
    }
}

TEST_CASE("fault proxy: corrupt flips exactly one byte, at the logged offset")
{
    EchoServer server;
    ProxyProcess proxy(proxyArguments(server.port(), "corrupt", 1.0, {"--seed", "3", "--max-offset", "200000"}));
    const std::string data = randomBytes(256 * 1024, 4);
    std::vector<ClientResult> results;
    for (int i = 0; i < 4; ++i)
        results.push_back(exchange(proxy.port(), data));
    const auto lines = faultLines(proxy.stop());
    REQUIRE(lines.size() == 4);
    for (std::size_t i = 0; i < 4; ++i) {
        const FaultLine fault = parseFaultLine(lines[i]);
        CAPTURE(lines[i]);
        REQUIRE(results[i].eof);
        REQUIRE(results[i].received.size() == data.size());
        std::vector<std::size_t> differ;
        for (std::size_t b = 0; b < data.size(); ++b)
            if (results[i].received[b] != data[b])
                differ.push_back(b);
        REQUIRE(differ.size() == 1);
        CHECK(differ[0] == fault.offset); // the echo keeps offsets: c2s and s2c positions agree
        // Which side saw the wrong byte tells the direction.
        const bool serverSawIt = server.connection(i).received != data;
        CHECK(serverSawIt == (fault.direction == "c2s"));
    }
}

TEST_CASE("fault proxy: stall pauses the connection for stall-ms, then continues or closes")
{
    EchoServer server;
    const std::string data = randomBytes(128 * 1024, 5);
    SECTION("then continue")
    {
        ProxyProcess proxy(proxyArguments(server.port(), "stall", 1.0,
                                          {"--stall-ms", "700", "--stall-then", "continue", "--max-offset", "100000"}));
        const ClientResult result = exchange(proxy.port(), data);
        CHECK(result.received == data);
        CHECK(result.eof);
        CHECK(result.longestGap >= 650ms);
        CHECK(result.elapsed < 3000ms);
        CHECK(faultLines(proxy.stop()).size() == 1);
    }
    SECTION("then close")
    {
        ProxyProcess proxy(proxyArguments(server.port(), "stall", 1.0,
                                          {"--stall-ms", "700", "--stall-then", "close", "--max-offset", "100000"}));
        const ClientResult result = exchange(proxy.port(), data);
        CHECK(result.eof);
        CHECK(result.received.size() < data.size());
        CHECK(result.elapsed >= 650ms);
        CHECK(faultLines(proxy.stop()).size() == 1);
    }
}

TEST_CASE("fault proxy: delay forwards in small pieces with delay-ms between them")
{
    EchoServer server;
    const std::string data = randomBytes(64 * 1024, 6);
    ProxyProcess proxy(proxyArguments(server.port(), "delay", 1.0,
                                      {"--delay-ms", "40", "--delay-pieces", "10", "--delay-bytes", "1000",
                                       "--max-offset", "30000"}));
    const ClientResult result = exchange(proxy.port(), data);
    CHECK(result.received == data);
    CHECK(result.eof);
    CHECK(result.elapsed >= 390ms); // 10 pieces, 40 ms before each
    CHECK(result.elapsed < 3000ms);
    const auto lines = faultLines(proxy.stop());
    REQUIRE(lines.size() == 1);
    CHECK(parseFaultLine(lines[0]).kind == "delay");
}

TEST_CASE("fault proxy: the control file switches faults off and on at run time")
{
    QTemporaryDir dir;
    const std::string control = dir.filePath(QStringLiteral("control")).toStdString();
    EchoServer server;
    ProxyProcess proxy(proxyArguments(server.port(), "drop", 1.0, {"--max-offset", "30000", "--control", control.c_str()}));
    const std::string data = randomBytes(64 * 1024, 7);
    CHECK(exchange(proxy.port(), data).received != data);
    CHECK(command(control, "rate 0") == "injected 1 drop 1 reset 0 stall 0 delay 0 corrupt 0 connections 1 rate 0");
    for (int i = 0; i < 3; ++i)
        CHECK(exchange(proxy.port(), data).received == data);
    CHECK(command(control, "rate 1\nfaults corrupt").rfind("injected 1 drop 1 ", 0) == 0);
    const ClientResult corrupted = exchange(proxy.port(), data);
    CHECK(corrupted.received.size() == data.size());
    CHECK(corrupted.received != data);
    // SIGUSR1 asks for the totals too.
    const std::size_t before = readAll(control + ".stats").size();
    ::kill(pid_t(proxy.pid()), SIGUSR1);
    for (int i = 0; i < 100 && readAll(control + ".stats").size() == before; ++i)
        std::this_thread::sleep_for(20ms);
    CHECK(lastLine(control + ".stats").rfind("injected 2 drop 1 reset 0 stall 0 delay 0 corrupt 1 ", 0) == 0);
    const std::string log = proxy.stop();
    CHECK(faultLines(log).size() == 2);
    CHECK(log.find("totals injected 2 drop 1 reset 0 stall 0 delay 0 corrupt 1 connections 5") != std::string::npos);
    // SIGTERM appended the final totals too.
    CHECK(lastLine(control + ".stats").rfind("injected 2 ", 0) == 0);
}

TEST_CASE("fault proxy: a fixed seed replays the same faults")
{
    EchoServer server;
    const std::string data = randomBytes(48 * 1024, 8);
    auto run = [&](const char *seed) {
        ProxyProcess proxy(proxyArguments(server.port(), "drop,reset,stall,delay,corrupt", 0.6,
                                          {"--seed", seed, "--max-offset", "40000", "--stall-ms", "50",
                                           "--delay-ms", "2", "--delay-pieces", "5"}));
        for (int i = 0; i < 10; ++i)
            exchange(proxy.port(), data);
        return faultLines(proxy.stop());
    };
    const auto first = run("1234");
    const auto second = run("1234");
    const auto other = run("4321");
    CHECK(first.size() >= 3);
    CHECK(first == second);
    CHECK(first != other);
}

TEST_CASE("fault proxy: peers that vanish or a target that is down do not stop it")
{
    EchoServer server;
    const std::string data = randomBytes(256 * 1024, 10);
    {
        // A target nobody listens on: the client is closed at once.
        ProxyProcess proxy(QStringList{QStringLiteral("--target"), QStringLiteral("127.0.0.1:1")});
        const ClientResult refused = exchange(proxy.port(), data);
        CHECK(refused.received.empty());
        CHECK(refused.elapsed < 2000ms);
        CHECK(proxy.running());
    }
    ProxyProcess proxy(proxyArguments(server.port(), "drop", 0.0));
    for (int i = 0; i < 5; ++i)
        abortAfterSending(proxy.port(), data);
    std::this_thread::sleep_for(100ms);
    CHECK(proxy.running());
    CHECK(exchange(proxy.port(), data).received == data);
    proxy.stop();
    CHECK(proxy.exitCode() == 0);
}

TEST_CASE("fault proxy: 40 connections at once with every fault kind, then recovery")
{
    QTemporaryDir dir;
    const std::string control = dir.filePath(QStringLiteral("control")).toStdString();
    EchoServer server;
    ProxyProcess proxy(proxyArguments(server.port(), "drop,reset,stall,delay,corrupt", 0.5,
                                      {"--seed", "99", "--max-offset", "100000", "--stall-ms", "300",
                                       "--delay-ms", "5", "--delay-pieces", "10", "--control", control.c_str()}));
    const std::string data = randomBytes(128 * 1024, 12);
    auto burst = [&] {
        std::vector<std::future<ClientResult>> clients;
        for (int i = 0; i < 40; ++i)
            clients.push_back(std::async(std::launch::async, [&] { return exchange(proxy.port(), data); }));
        int intact = 0;
        for (auto &client : clients)
            intact += client.get().received == data;
        return intact;
    };
    const int intactWithFaults = burst();
    const std::string stats = command(control, "rate 0");
    unsigned long long injected = 0;
    REQUIRE(std::sscanf(stats.c_str(), "injected %llu", &injected) == 1);
    CHECK(injected >= 10);
    // A faulted connection may still come through intact (a stall that continues, a delay, a
    // fault at an offset past the end); an unfaulted one always does.
    CHECK(intactWithFaults >= 40 - int(injected));
    CHECK(intactWithFaults < 40);
    CHECK(burst() == 40);
    CHECK(proxy.running());
    const std::string log = proxy.stop();
    CHECK(faultLines(log).size() == injected);
}
