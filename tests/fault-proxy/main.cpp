// motcua-fault-proxy: a TCP proxy that injects faults (drop, reset, stall, delay, corrupt) between
// the sync client and the server, for the tests of issue 5. See usage() and Proxy.h.
#include "Proxy.h"

#include <sys/resource.h>

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

using namespace motcua::faultproxy;

namespace {

volatile std::sig_atomic_t g_stop = 0;
volatile std::sig_atomic_t g_stats = 0;

void onStop(int) { g_stop = 1; }
void onStats(int) { g_stats = 1; }

void usage()
{
    std::fputs(
        "usage: motcua-fault-proxy --listen HOST:PORT --target HOST:PORT [options]\n"
        "  --seed S            seed of the fault draws (default 1); same seed, same faults\n"
        "  --fault-rate R      share of connections that get one fault, 0..1 (default 0)\n"
        "  --faults LIST       enabled kinds: drop,reset,stall,delay,corrupt (default all)\n"
        "  --max-offset N      faults happen within the first N bytes of a direction (default 262144)\n"
        "  --stall-ms MS       length of a stall (default 3000)\n"
        "  --stall-then WHAT   after a stall: random (per seed, default), continue or close\n"
        "  --delay-ms MS       pause between the pieces of a delayed stream (default 50)\n"
        "  --delay-bytes N     size of those pieces (default 512)\n"
        "  --delay-pieces N    how many pieces are delayed (default 20)\n"
        "  --control FILE      re-read every 100 ms: 'rate R', 'faults LIST'; each change (and\n"
        "                      SIGUSR1, SIGTERM) appends a stats line to FILE.stats\n"
        "Prints 'listening on HOST:PORT' when ready, one stderr line per injected fault:\n"
        "  fault <n> <kind> conn=<c> offset=<o> dir=<c2s|s2c>\n",
        stderr);
}

bool number(const char *text, double low, double high, double &out)
{
    char *end = nullptr;
    const double value = std::strtod(text, &end);
    if (end == text || *end != '\0' || value < low || value > high)
        return false;
    out = value;
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    ProxyConfig config;
    config.plan.kinds = *parseKinds("drop,reset,stall,delay,corrupt");
    std::string listenText;
    std::string targetText;
    for (int i = 1; i < argc; ++i) {
        const std::string option = argv[i];
        if (option == "--help" || option == "-h") {
            usage();
            return 0;
        }
        if (i + 1 >= argc) {
            std::fprintf(stderr, "missing value after %s\n", option.c_str());
            usage();
            return 2;
        }
        const char *value = argv[++i];
        double n = 0;
        bool ok = true;
        if (option == "--listen") {
            listenText = value;
        } else if (option == "--target") {
            targetText = value;
        } else if (option == "--seed") {
            char *end = nullptr;
            config.plan.seed = std::strtoull(value, &end, 10);
            ok = end != value && *end == '\0';
        } else if (option == "--fault-rate") {
            ok = number(value, 0, 1, config.plan.rate);
        } else if (option == "--faults") {
            auto kinds = parseKinds(value);
            ok = kinds.has_value();
            if (ok)
                config.plan.kinds = *kinds;
        } else if (option == "--max-offset") {
            ok = number(value, 0, 1e15, n);
            config.plan.maxOffset = std::uint64_t(n);
        } else if (option == "--stall-ms") {
            ok = number(value, 0, 3600e3, n);
            config.timing.stall = std::chrono::milliseconds(long(n));
        } else if (option == "--stall-then") {
            const std::string what = value;
            using End = PlanSettings::StallEnd;
            config.plan.stallEnd = what == "close" ? End::Close : what == "continue" ? End::Continue : End::Random;
            ok = what == "close" || what == "continue" || what == "random";
        } else if (option == "--delay-ms") {
            ok = number(value, 0, 3600e3, n);
            config.timing.delay = std::chrono::milliseconds(long(n));
        } else if (option == "--delay-bytes") {
            ok = number(value, 1, 1 << 20, n);
            config.timing.delayPieceBytes = std::size_t(n);
        } else if (option == "--delay-pieces") {
            ok = number(value, 1, 1e6, n);
            config.timing.delayPieces = int(n);
        } else if (option == "--control") {
            config.controlFile = value;
        } else {
            std::fprintf(stderr, "unknown option %s\n", option.c_str());
            usage();
            return 2;
        }
        if (!ok) {
            std::fprintf(stderr, "bad value for %s: %s\n", option.c_str(), value);
            return 2;
        }
    }
    std::string error;
    auto listen = parseEndpoint(listenText, error);
    auto target = listen ? parseEndpoint(targetText, error) : std::nullopt;
    if (!listen || !target) {
        std::fprintf(stderr, "%s\n", error.c_str());
        usage();
        return 2;
    }
    config.listen = *listen;
    config.target = *target;

    // A peer that goes away must never kill the proxy; stop cleanly on SIGTERM/SIGINT. No
    // SA_RESTART: poll() returns at once with EINTR and the loop sees the flag.
    std::signal(SIGPIPE, SIG_IGN);
    struct sigaction action{};
    action.sa_handler = onStop;
    sigemptyset(&action.sa_mask);
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
    action.sa_handler = onStats;
    sigaction(SIGUSR1, &action, nullptr);

    // Two descriptors per connection: take all the kernel allows (the soft limit is often 1024).
    rlimit files{};
    if (::getrlimit(RLIMIT_NOFILE, &files) == 0 && files.rlim_cur < files.rlim_max) {
        files.rlim_cur = files.rlim_max;
        ::setrlimit(RLIMIT_NOFILE, &files);
    }

    Proxy proxy(config);
    if (!proxy.listen(error)) {
        std::fprintf(stderr, "%s\n", error.c_str());
        return 1;
    }
    const bool v6 = config.listen.host.find(':') != std::string::npos;
    std::printf(v6 ? "listening on [%s]:%d\n" : "listening on %s:%d\n", config.listen.host.c_str(), proxy.port());
    std::fflush(stdout);

    proxy.run(&g_stop, &g_stats);
    std::fprintf(stderr, "totals %s\n", proxy.statsLine().c_str());
    std::fflush(stderr);
    proxy.appendStats();
    return 0;
}
