#include "sync/NetworkTransport.h"

#include "sync/HttpResponseParser.h"
#include "sync/SyncLogging.h"

#include <QEventLoop>
#include <QSslSocket>
#include <QStringList>
#include <QTimer>

namespace motcua::sync {

namespace {

constexpr int kInterruptionPollMs = 200;

QString joinedErrors(const QList<QSslError> &errors)
{
    QStringList texts;
    for (const QSslError &error : errors)
        texts.append(error.errorString());
    return texts.join(QStringLiteral("; "));
}

} // namespace

QSslConfiguration pinnedTlsConfiguration(const SyncIdentity &identity)
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    tls.setLocalCertificate(identity.certificate);
    tls.setPrivateKey(identity.key);
    tls.setCaCertificates({identity.ca});
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    return tls;
}

NetworkTransport::NetworkTransport(const QUrl &base, const QSslConfiguration &tls, int transferTimeoutMs)
    : m_base(base), m_tls(tls), m_timeoutMs(transferTimeoutMs)
{
}

NetworkTransport::~NetworkTransport() = default;

QByteArray NetworkTransport::requestHead(const SyncRequest &request) const
{
    QUrl url = m_base;
    const qsizetype query = request.path.indexOf(QLatin1Char('?'));
    url.setPath(m_base.path().chopped(m_base.path().endsWith(QLatin1Char('/')) ? 1 : 0) + request.path.left(query));
    if (query >= 0)
        url.setQuery(request.path.mid(query + 1));
    const QByteArray target = url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment);

    const QString host = m_base.host(QUrl::FullyEncoded);
    QByteArray head = request.method + ' ' + target + " HTTP/1.1\r\nHost: "
                      + (host.contains(QLatin1Char(':')) ? '[' + host.toLatin1() + ']' : host.toLatin1());
    if (m_base.port() > 0)
        head += ':' + QByteArray::number(m_base.port());
    head += "\r\n";
    for (const auto &[name, value] : request.headers)
        head += name + ": " + value + "\r\n";
    if (!request.body.isEmpty() || request.method == "PUT" || request.method == "POST")
        head += "Content-Length: " + QByteArray::number(request.body.size()) + "\r\n";
    head += "\r\n";
    return head;
}

void NetworkTransport::openConnection()
{
    m_socket = std::make_unique<QSslSocket>();
    m_socket->setSslConfiguration(m_tls);
    m_lastPeerChain.clear();
}

void NetworkTransport::closeConnection()
{
    if (!m_socket)
        return;
    m_socket->abort();
    m_socket.reset();
}

SyncResponse NetworkTransport::send(const SyncRequest &request)
{
    if (m_base.scheme() != QLatin1String("https"))
        return SyncResponse{0, QStringLiteral("the server address must start with https://"), {}, {}};
    // A connection the server closed while we were not looking is not worth a retry: start afresh.
    if (m_socket && m_socket->state() != QAbstractSocket::ConnectedState)
        closeConnection();
    const bool reused = m_socket != nullptr;
    bool answerStarted = false;
    SyncResponse response = exchange(request, answerStarted);
    const bool interrupted = m_isInterrupted && m_isInterrupted();
    if (response.status == 0 && reused && !answerStarted && request.method != "POST" && !interrupted) {
        // Every request but enrollment's POST is idempotent: the same bytes on a new connection.
        qCDebug(lcSync) << "kept-alive connection lost before an answer (" << response.networkError << "); once more";
        response = exchange(request, answerStarted);
    }
    return response;
}

Result<QList<QSslCertificate>> NetworkTransport::openAndShowPeer()
{
    if (m_base.scheme() != QLatin1String("https"))
        return Error{QStringLiteral("sync.address"), {}, QStringLiteral("the server address must start with https://")};
    closeConnection();
    bool answerStarted = false;
    const SyncResponse handshake = exchange(SyncRequest{}, answerStarted);
    if (handshake.status == 0)
        return Error{QStringLiteral("sync.unreachable"), {}, handshake.networkError};
    return m_lastPeerChain;
}

SyncResponse NetworkTransport::exchange(const SyncRequest &request, bool &answerStarted)
{
    const bool fresh = !m_socket;
    if (fresh)
        openConnection();
    QSslSocket *socket = m_socket.get();
    HttpResponseParser parser(request.method == "HEAD");
    QByteArray received;
    QString failure;
    QString tlsErrors;
    bool sent = false;

    QEventLoop loop;
    QTimer idle;
    idle.setSingleShot(true);
    idle.setInterval(m_timeoutMs);
    QTimer interruptionPoll;
    interruptionPoll.setInterval(kInterruptionPollMs);

    const auto sendRequest = [&] {
        if (sent)
            return;
        sent = true;
        // Head and body go into the TLS layer before it flushes: one write, one run of segments.
        socket->write(requestHead(request));
        if (!request.body.isEmpty())
            socket->write(request.body);
    };
    const auto readAnswer = [&] {
        idle.start();
        received += socket->readAll();
        if (parser.feed(received) != HttpResponseParser::State::NeedMore)
            loop.quit();
    };
    QObject::connect(socket, &QSslSocket::connected, &loop, [&] {
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        socket->setSocketOption(QAbstractSocket::KeepAliveOption, 1);
        idle.start();
    });
    QObject::connect(socket, &QSslSocket::encrypted, &loop, [&] {
        idle.start();
        if (request.method.isEmpty())
            loop.quit(); // handshake only: nothing to send
        else
            sendRequest();
    });
    QObject::connect(socket, &QSslSocket::sslErrors, &loop, [&](const QList<QSslError> &errors) {
        if (m_acceptAny)
            socket->ignoreSslErrors(); // enrollment checks the chain itself, before trusting anything
        else
            tlsErrors = joinedErrors(errors);
    });
    QObject::connect(socket, &QSslSocket::readyRead, &loop, readAnswer);
    QObject::connect(socket, &QAbstractSocket::bytesWritten, &loop, [&] { idle.start(); });
    QObject::connect(socket, &QSslSocket::encryptedBytesWritten, &loop, [&] { idle.start(); });
    QObject::connect(socket, &QAbstractSocket::disconnected, &loop, &QEventLoop::quit);
    QObject::connect(socket, &QAbstractSocket::errorOccurred, &loop, &QEventLoop::quit);
    QObject::connect(&idle, &QTimer::timeout, &loop, [&] {
        failure = QStringLiteral("no progress for %1 s").arg(m_timeoutMs / 1000.0);
        loop.quit();
    });
    QObject::connect(&interruptionPoll, &QTimer::timeout, &loop, [&] {
        if (m_isInterrupted && m_isInterrupted()) {
            failure = QStringLiteral("interrupted");
            loop.quit();
        }
    });

    if (fresh) {
        ++m_connectionsOpened;
        socket->connectToHostEncrypted(m_base.host(), quint16(m_base.port(443)));
    } else if (!request.method.isEmpty()) {
        sendRequest();
    }
    idle.start();
    if (m_isInterrupted)
        interruptionPoll.start();
    if (socket->state() != QAbstractSocket::UnconnectedState && !(request.method.isEmpty() && socket->isEncrypted()))
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (request.method.isEmpty() && failure.isEmpty() && socket->isEncrypted()) {
        m_lastPeerChain = socket->peerCertificateChain();
        return SyncResponse{200, {}, {}, {}};
    }

    // The answer's last bytes may have come with the close.
    if (failure.isEmpty() && parser.state() == HttpResponseParser::State::NeedMore) {
        received += socket->readAll();
        parser.feed(received);
        if (parser.state() == HttpResponseParser::State::NeedMore && socket->state() != QAbstractSocket::ConnectedState)
            parser.finishAtClose();
    }
    answerStarted = parser.startedAnswer();
    if (parser.state() != HttpResponseParser::State::Done) {
        if (failure.isEmpty()) {
            const QAbstractSocket::SocketError socketError = socket->error();
            if (!tlsErrors.isEmpty())
                failure = tlsErrors;
            else if (socketError != QAbstractSocket::UnknownSocketError && socketError != QAbstractSocket::RemoteHostClosedError)
                failure = socket->errorString(); // refused, unreachable, TLS handshake...
            else
                failure = parser.error().isEmpty() ? socket->errorString() : parser.error();
        }
        closeConnection();
        return SyncResponse{0, failure, {}, {}};
    }
    m_lastPeerChain = socket->peerCertificateChain();
    // An answer that came before the whole request left (an early refusal) spoils the connection.
    const bool requestLeftBehind = socket->bytesToWrite() > 0 || socket->encryptedBytesToWrite() > 0;
    if (!parser.keepAlive() || !received.isEmpty() || requestLeftBehind)
        closeConnection();
    return parser.takeResponse();
}

} // namespace motcua::sync
