#include "vpcd/VpcdConnection.h"

#include "vpcd/VpcdProtocol.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QThread>

#include <cerrno>
#include <cstring>

#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

namespace motcua::sim {
namespace {

constexpr int kRetryMs = 100;

Error socketError(const char *message, const QString &detail)
{
    return Error{QStringLiteral("sim.vpcd.connection"), QCoreApplication::translate("VpcdConnection", message), detail};
}

QString errnoText(const char *call)
{
    return QLatin1String(call) + QStringLiteral(": ") + QString::fromLocal8Bit(std::strerror(errno));
}

void setTcpOption(int fd, int option)
{
    const int on = 1;
    ::setsockopt(fd, IPPROTO_TCP, option, &on, sizeof on);
}

} // namespace

VpcdConnection::VpcdConnection(ApduHandler handler, QByteArray atr, VpcdOptions options)
    : m_handler(std::move(handler)), m_atr(std::move(atr)), m_options(std::move(options))
{
}

VpcdConnection::~VpcdConnection()
{
    closeSocket();
}

void VpcdConnection::closeSocket() noexcept
{
    const int fd = m_fd.exchange(-1);
    if (fd >= 0)
        ::close(fd);
}

void VpcdConnection::requestStop() noexcept
{
    m_stop = true;
    const int fd = m_fd.load();
    if (fd >= 0)
        ::shutdown(fd, SHUT_RDWR);
}

Status VpcdConnection::connect()
{
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo *addresses = nullptr;
    const QByteArray host = m_options.host.toUtf8();
    const QByteArray port = QByteArray::number(m_options.port);
    if (const int rv = ::getaddrinfo(host.constData(), port.constData(), &hints, &addresses); rv != 0) {
        return socketError(QT_TRANSLATE_NOOP("VpcdConnection", "The virtual reader's address is not valid."),
                           QStringLiteral("getaddrinfo: ") + QString::fromLocal8Bit(::gai_strerror(rv)));
    }
    const QDeadlineTimer deadline(m_options.connectTimeoutMs);
    QString lastError;
    while (!m_stop) {
        for (addrinfo *a = addresses; a; a = a->ai_next) {
            const int fd = ::socket(a->ai_family, a->ai_socktype | SOCK_CLOEXEC, a->ai_protocol);
            if (fd < 0) {
                lastError = errnoText("socket");
                continue;
            }
            if (::connect(fd, a->ai_addr, a->ai_addrlen) == 0) {
                ::freeaddrinfo(addresses);
                setTcpOption(fd, TCP_NODELAY);
                setTcpOption(fd, TCP_QUICKACK);
                m_fd = fd;
                if (m_stop) // a stop that raced the connect
                    ::shutdown(fd, SHUT_RDWR);
                return Status::success();
            }
            lastError = errnoText("connect");
            ::close(fd);
        }
        if (deadline.hasExpired())
            break;
        QThread::msleep(kRetryMs); // vpcd (pcscd) is still starting
    }
    ::freeaddrinfo(addresses);
    if (m_stop)
        return Status::success(); // stopped while waiting: serve() returns at once
    return socketError(QT_TRANSLATE_NOOP("VpcdConnection", "Cannot reach the virtual card reader. Is pcscd with vpcd running?"),
                       QStringLiteral("%1:%2 %3").arg(m_options.host).arg(m_options.port).arg(lastError));
}

Status VpcdConnection::sendPayload(const QByteArray &payload)
{
    const auto message = encodeVpcdMessage(payload);
    if (!message) {
        return socketError(QT_TRANSLATE_NOOP("VpcdConnection", "The simulated card's answer is too long for the virtual reader."),
                           QStringLiteral("payload of %1 bytes").arg(payload.size()));
    }
    qsizetype sent = 0;
    while (sent < message->size()) {
        const ssize_t n = ::send(m_fd, message->constData() + sent, size_t(message->size() - sent), MSG_NOSIGNAL);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return socketError(QT_TRANSLATE_NOOP("VpcdConnection", "The virtual card reader closed the connection."), errnoText("send"));
        sent += n;
    }
    return Status::success();
}

Status VpcdConnection::serve()
{
    VpcdMessageReader reader;
    char buffer[4096];
    while (!m_stop) {
        const ssize_t n = ::recv(m_fd, buffer, sizeof buffer, 0);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return m_stop ? Status::success() : socketError(QT_TRANSLATE_NOOP("VpcdConnection", "The virtual card reader closed the connection."), errnoText("recv"));
        if (n == 0)
            break; // vpcd (pcscd) went away, or requestStop() shut the socket
        // Linux clears QUICKACK after a while: re-arm it after every read.
        setTcpOption(m_fd, TCP_QUICKACK);
        reader.feed(QByteArray(buffer, n));
        while (auto payload = reader.next()) {
            if (const auto control = vpcdControl(*payload)) {
                if (*control == VpcdControl::GetAtr) {
                    if (Status sent = sendPayload(m_atr); !sent)
                        return sent;
                } else if (*control != VpcdControl::PowerOn && m_onReset) {
                    m_onReset(); // power off or reset: the chip loses its session
                }
                continue;
            }
            if (m_options.removeAfterApdus >= 0 && m_apduCount >= m_options.removeAfterApdus) {
                m_removed = true; // pulled out before answering: the reader sees the card removed
                closeSocket();
                return Status::success();
            }
            ++m_apduCount;
            if (m_options.latencyMs > 0)
                QThread::msleep(ulong(m_options.latencyMs));
            if (Status sent = sendPayload(m_handler(*payload)); !sent)
                return sent;
        }
    }
    closeSocket();
    return Status::success();
}

} // namespace motcua::sim
