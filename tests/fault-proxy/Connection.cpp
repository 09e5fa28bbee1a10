#include "Connection.h"

#include <linux/sockios.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>

namespace motcua::faultproxy {

namespace {

constexpr std::size_t kReadChunk = 64 * 1024;

void closeFd(int &fd)
{
    if (fd >= 0)
        ::close(fd);
    fd = -1;
}

// SO_LINGER with a zero timeout turns close() into an RST: the peer sees ECONNRESET.
void resetFd(int &fd)
{
    if (fd < 0)
        return;
    const linger hard{1, 0};
    ::setsockopt(fd, SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
    closeFd(fd);
}

} // namespace

Connection::Connection(std::uint64_t number, int client, int server, bool connected,
                       std::optional<Fault> fault, const Timing &timing, FaultReport report)
    : m_number(number)
    , m_client(client)
    , m_server(server)
    , m_state(connected ? State::Forwarding : State::Connecting)
    , m_fault(fault)
    , m_timing(timing)
    , m_report(std::move(report))
    , m_c2s{Direction::ClientToServer, &m_client, &m_server, {}, 0, 0, false, false, 0, {}, -1, -1}
    , m_s2c{Direction::ServerToClient, &m_server, &m_client, {}, 0, 0, false, false, 0, {}, -1, -1}
{
}

Connection::~Connection()
{
    closeAll();
}

bool Connection::faultPendsOn(const Pipe &pipe) const
{
    return m_fault && !m_fired && m_fault->direction == pipe.direction;
}

bool Connection::wantsRead(const Pipe &pipe, Clock::time_point now) const
{
    if (pipe.sourceEnded || pipe.pending > 0 || now < pipe.nextReadAt)
        return false;
    // Reads stop at the fault's offset so that it falls between two reads, exactly.
    if (faultPendsOn(pipe) && pipe.forwarded == m_fault->offset && m_fault->kind != FaultKind::Corrupt)
        return false;
    return true;
}

void Connection::watch(std::vector<pollfd> &fds)
{
    m_clientIndex = m_serverIndex = -1;
    const auto now = Clock::now();
    short clientEvents = 0;
    short serverEvents = 0;
    switch (m_state) {
    case State::Connecting:
        serverEvents = POLLOUT;
        break;
    case State::Forwarding:
        if (wantsRead(m_c2s, now))
            clientEvents |= POLLIN;
        if (m_c2s.pending > 0)
            serverEvents |= POLLOUT;
        if (wantsRead(m_s2c, now))
            serverEvents |= POLLIN;
        if (m_s2c.pending > 0)
            clientEvents |= POLLOUT;
        break;
    case State::Draining:
        if (!m_clientEnded)
            clientEvents = POLLIN;
        if (!m_serverEnded)
            serverEvents = POLLIN;
        break;
    case State::Stalled: // nothing moves; a peer that vanished is noticed when the stall ends
    case State::ResetPending:
    case State::Closed:
        return;
    }
    // An fd with nothing to do is left out: poll() would report a hang-up on it at once, again and
    // again (a busy loop); a peer's RST there is seen at the next read or write instead.
    if (m_client >= 0 && clientEvents) {
        m_clientIndex = int(fds.size());
        fds.push_back({m_client, clientEvents, 0});
    }
    if (m_server >= 0 && serverEvents) {
        m_serverIndex = int(fds.size());
        fds.push_back({m_server, serverEvents, 0});
    }
}

void Connection::onEvents(const std::vector<pollfd> &fds, Clock::time_point now)
{
    const short clientEvents = m_clientIndex >= 0 ? fds[std::size_t(m_clientIndex)].revents : 0;
    const short serverEvents = m_serverIndex >= 0 ? fds[std::size_t(m_serverIndex)].revents : 0;
    if (!clientEvents && !serverEvents)
        return;
    if (m_state == State::Connecting) {
        int error = 0;
        socklen_t length = sizeof error;
        ::getsockopt(m_server, SOL_SOCKET, SO_ERROR, &error, &length);
        if (error != 0)
            return fail(error);
        m_state = State::Forwarding;
        return;
    }
    if (m_state == State::Draining) {
        if (clientEvents)
            drainRead(m_client, m_clientEnded);
        if (serverEvents)
            drainRead(m_server, m_serverEnded);
        return;
    }
    if (m_state != State::Forwarding)
        return;
    // Read first (the error, if any, comes with the data before it), then write.
    if (clientEvents & (POLLIN | POLLHUP | POLLERR) && wantsRead(m_c2s, now))
        readInto(m_c2s, now);
    if (m_state == State::Forwarding && serverEvents & (POLLIN | POLLHUP | POLLERR) && wantsRead(m_s2c, now))
        readInto(m_s2c, now);
    if (m_state == State::Forwarding)
        flush(m_c2s);
    if (m_state == State::Forwarding)
        flush(m_s2c);
    // An error the read or write above did not consume (a read that returned data first).
    if (m_state == State::Forwarding && ((clientEvents | serverEvents) & POLLERR)) {
        int error = 0;
        socklen_t length = sizeof error;
        const int fd = (clientEvents & POLLERR) ? m_client : m_server;
        ::getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &length);
        fail(error ? error : ECONNRESET);
    }
}

void Connection::readInto(Pipe &pipe, Clock::time_point now)
{
    std::size_t limit = kReadChunk;
    const bool pends = faultPendsOn(pipe);
    if (pends && pipe.forwarded < m_fault->offset)
        limit = std::min<std::uint64_t>(limit, m_fault->offset - pipe.forwarded);
    if (pipe.delayPiecesLeft > 0)
        limit = std::min(limit, m_timing.delayPieceBytes);
    pipe.buffer.resize(limit);
    const ssize_t got = ::recv(*pipe.from, pipe.buffer.data(), limit, 0);
    if (got < 0) {
        if (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR)
            return;
        return fail(errno);
    }
    if (got == 0) {
        pipe.sourceEnded = true;
        return;
    }
    pipe.buffer.resize(std::size_t(got));
    pipe.pending = std::size_t(got);
    if (pends && m_fault->kind == FaultKind::Corrupt && pipe.forwarded == m_fault->offset) {
        pipe.buffer[0] = char(std::uint8_t(pipe.buffer[0]) ^ m_fault->corruptMask);
        fire(now);
    }
    pipe.forwarded += std::uint64_t(got);
    if (pipe.delayPiecesLeft > 0 && --pipe.delayPiecesLeft > 0)
        pipe.nextReadAt = now + m_timing.delay;
}

void Connection::flush(Pipe &pipe)
{
    while (pipe.pending > 0) {
        const char *data = pipe.buffer.data() + (pipe.buffer.size() - pipe.pending);
        const ssize_t sent = ::send(*pipe.to, data, pipe.pending, MSG_NOSIGNAL);
        if (sent < 0) {
            if (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR)
                return;
            return fail(errno);
        }
        pipe.pending -= std::size_t(sent);
    }
    // Half-close: the source ended its writes, so do we (once everything it sent is passed on).
    if (pipe.sourceEnded && !pipe.shutDown) {
        ::shutdown(*pipe.to, SHUT_WR);
        pipe.shutDown = true;
    }
}

void Connection::advance(Clock::time_point now)
{
    switch (m_state) {
    case State::Forwarding:
        for (Pipe *pipe : {&m_c2s, &m_s2c}) {
            if (m_state != State::Forwarding || !faultPendsOn(*pipe) || pipe->forwarded != m_fault->offset
                || m_fault->kind == FaultKind::Corrupt)
                continue;
            // Drop, reset and stall wait until the first `offset` bytes have left the proxy.
            if (pipe->pending == 0)
                fire(now);
        }
        if (m_state == State::Forwarding && m_c2s.shutDown && m_s2c.shutDown)
            closeAll();
        break;
    case State::Stalled:
        if (now < m_until)
            break;
        if (m_fault->stallThenClose) {
            startDrain(now);
        } else {
            m_state = State::Forwarding;
        }
        break;
    case State::ResetPending: {
        // Wait (briefly) until the kernel has delivered the bytes before the offset, so that the
        // peer really got `offset` bytes before the RST (an RST discards unsent data).
        Pipe &pipe = m_fault->direction == Direction::ClientToServer ? m_c2s : m_s2c;
        int unsent = 0;
        if (*pipe.to >= 0 && ::ioctl(*pipe.to, SIOCOUTQ, &unsent) == 0 && unsent > 0 && now < m_until)
            break;
        abortAll();
        break;
    }
    case State::Draining:
        if ((m_clientEnded && m_serverEnded) || now >= m_until)
            closeAll();
        break;
    case State::Connecting:
    case State::Closed:
        break;
    }
}

void Connection::fire(Clock::time_point now)
{
    m_fired = true;
    m_report(*m_fault, m_number);
    Pipe &pipe = m_fault->direction == Direction::ClientToServer ? m_c2s : m_s2c;
    switch (m_fault->kind) {
    case FaultKind::Drop:
        return startDrain(now);
    case FaultKind::Reset:
        m_state = State::ResetPending;
        m_until = now + std::chrono::seconds(1);
        return;
    case FaultKind::Stall:
        m_state = State::Stalled;
        m_until = now + m_timing.stall;
        return;
    case FaultKind::Delay:
        pipe.delayPiecesLeft = m_timing.delayPieces;
        pipe.nextReadAt = now + m_timing.delay;
        return;
    case FaultKind::Corrupt: // the byte was flipped by the caller
        return;
    }
}

// A drop closes both sides cleanly (FIN): each peer reads EOF. The proxy keeps reading and
// discarding what the peers still send, because close() with unread bytes would be an RST.
void Connection::startDrain(Clock::time_point now)
{
    m_state = State::Draining;
    m_until = now + m_timing.drainLimit;
    m_clientEnded = m_c2s.sourceEnded;
    m_serverEnded = m_s2c.sourceEnded;
    if (m_client >= 0)
        ::shutdown(m_client, SHUT_WR);
    if (m_server >= 0)
        ::shutdown(m_server, SHUT_WR);
}

void Connection::drainRead(int &fd, bool &ended)
{
    char sink[16 * 1024];
    const ssize_t got = ::recv(fd, sink, sizeof sink, 0);
    if (got == 0 || (got < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR))
        ended = true;
}

// A peer that reset is passed on as a reset; any other failure closes both sides.
void Connection::fail(int error)
{
    if (error == ECONNRESET || error == EPIPE)
        abortAll();
    else
        closeAll();
}

void Connection::abortAll()
{
    resetFd(m_client);
    resetFd(m_server);
    m_state = State::Closed;
}

void Connection::closeAll()
{
    closeFd(m_client);
    closeFd(m_server);
    m_state = State::Closed;
}

std::optional<Clock::time_point> Connection::nextDeadline() const
{
    switch (m_state) {
    case State::Stalled:
    case State::Draining:
        return m_until;
    case State::ResetPending:
        return Clock::now() + std::chrono::milliseconds(2);
    case State::Forwarding: {
        std::optional<Clock::time_point> next;
        for (const Pipe *pipe : {&m_c2s, &m_s2c})
            if (pipe->pending == 0 && !pipe->sourceEnded && pipe->nextReadAt > Clock::now())
                next = next ? std::min(*next, pipe->nextReadAt) : pipe->nextReadAt;
        return next;
    }
    case State::Connecting:
    case State::Closed:
        break;
    }
    return std::nullopt;
}

} // namespace motcua::faultproxy
