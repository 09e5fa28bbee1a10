#pragma once
// One proxied TCP connection: the client's socket, the socket to the target, the bytes in flight
// each way, half-closes, and the one fault this connection may carry (drop, reset, stall, delay,
// corrupt at a byte offset of one direction). Driven by the Proxy's poll() loop: it says which
// events it waits for and when its next timer is due, and is told what happened.
#include "FaultPlan.h"

#include <poll.h>

#include <chrono>
#include <functional>
#include <optional>
#include <vector>

namespace motcua::faultproxy {

using Clock = std::chrono::steady_clock;

struct Timing
{
    std::chrono::milliseconds stall{3000};
    std::chrono::milliseconds delay{50};
    std::size_t delayPieceBytes = 512;
    int delayPieces = 20;
    std::chrono::milliseconds drainLimit{2000}; // how long a dropped connection waits for EOFs
};

class Connection
{
public:
    // Called once when the fault actually happens (a planned fault at an offset the stream
    // never reaches is never injected, and never counted).
    using FaultReport = std::function<void(const Fault &, std::uint64_t connection)>;

    Connection(std::uint64_t number, int client, int server, bool connected, std::optional<Fault> fault,
               const Timing &timing, FaultReport report);
    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    // Appends the descriptors to watch (none while stalled) and remembers where they are.
    void watch(std::vector<pollfd> &fds);
    void onEvents(const std::vector<pollfd> &fds, Clock::time_point now);
    // Fault triggers and timers; call every loop turn, after onEvents.
    void advance(Clock::time_point now);
    std::optional<Clock::time_point> nextDeadline() const;
    bool finished() const { return m_state == State::Closed; }

private:
    enum class State { Connecting, Forwarding, Stalled, ResetPending, Draining, Closed };

    struct Pipe
    {
        Direction direction;
        int *from;
        int *to;
        std::vector<char> buffer;
        std::size_t pending = 0; // bytes of buffer not written yet, from buffer.size() - pending
        std::uint64_t forwarded = 0; // bytes read from the source so far
        bool sourceEnded = false;
        bool shutDown = false; // SHUT_WR sent to the destination
        int delayPiecesLeft = 0;
        Clock::time_point nextReadAt{};
        int fromIndex = -1;
        int toIndex = -1;
    };

    bool faultPendsOn(const Pipe &pipe) const;
    bool wantsRead(const Pipe &pipe, Clock::time_point now) const;
    void readInto(Pipe &pipe, Clock::time_point now);
    void flush(Pipe &pipe);
    void fire(Clock::time_point now);
    void startDrain(Clock::time_point now);
    void drainRead(int &fd, bool &ended);
    void fail(int error);
    void abortAll();
    void closeAll();

    std::uint64_t m_number;
    int m_client;
    int m_server;
    State m_state;
    std::optional<Fault> m_fault;
    bool m_fired = false;
    Timing m_timing;
    FaultReport m_report;
    Pipe m_c2s;
    Pipe m_s2c;
    Clock::time_point m_until{}; // end of the stall, the reset wait, or the drain
    bool m_clientEnded = false;  // draining: EOF seen
    bool m_serverEnded = false;
    int m_clientIndex = -1;
    int m_serverIndex = -1;
};

} // namespace motcua::faultproxy
