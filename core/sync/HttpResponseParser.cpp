#include "sync/HttpResponseParser.h"

#include <QList>

namespace motcua::sync {

namespace {

const QByteArray kCrLf = QByteArrayLiteral("\r\n");

bool hasToken(const QByteArray &value, const char *token)
{
    for (const QByteArray &part : value.split(','))
        if (part.trimmed().compare(token, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

} // namespace

HttpResponseParser::State HttpResponseParser::fail(const QString &why)
{
    m_error = why;
    m_keepAlive = false;
    return m_state = State::Failed;
}

HttpResponseParser::State HttpResponseParser::done()
{
    return m_state = State::Done;
}

bool HttpResponseParser::parseHead(const QByteArray &head)
{
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> statusLine = lines.first().trimmed().split(' ');
    if (statusLine.size() < 2 || !statusLine[0].startsWith("HTTP/1."))
        return false;
    bool numeric = false;
    const int status = statusLine[1].toInt(&numeric);
    if (!numeric || status < 100 || status > 999 || statusLine[1].size() != 3)
        return false;
    m_response = SyncResponse{};
    m_response.status = status;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return false;
        m_response.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    const QByteArray connection = m_response.header("Connection");
    m_keepAlive = statusLine[0] == "HTTP/1.0" ? hasToken(connection, "keep-alive") : !hasToken(connection, "close");
    return true;
}

void HttpResponseParser::startBody()
{
    const int status = m_response.status;
    if (m_answersHead || status == 204 || status == 304) {
        done();
        return;
    }
    if (hasToken(m_response.header("Transfer-Encoding"), "chunked")) {
        m_part = Part::ChunkSize;
        return;
    }
    const QByteArray length = m_response.header("Content-Length");
    if (length.isNull()) {
        m_part = Part::UntilClose; // the end of the connection ends the body
        m_keepAlive = false;
        return;
    }
    bool numeric = false;
    m_remaining = length.trimmed().toLongLong(&numeric);
    if (!numeric || m_remaining < 0) {
        fail(QStringLiteral("invalid Content-Length"));
        return;
    }
    if (m_remaining > kMaxBodyBytes) {
        fail(QStringLiteral("answer of %1 bytes is larger than any the protocol has").arg(m_remaining));
        return;
    }
    m_part = Part::FixedBody;
    if (m_remaining == 0)
        done();
}

bool HttpResponseParser::appendBody(QByteArray &bytes, qint64 wanted)
{
    const qsizetype take = qsizetype(qMin<qint64>(wanted, bytes.size()));
    if (m_response.body.size() + take > kMaxBodyBytes) {
        fail(QStringLiteral("answer larger than any the protocol has"));
        return false;
    }
    m_response.body.append(bytes.constData(), take);
    bytes.remove(0, take);
    m_remaining -= take;
    return true;
}

HttpResponseParser::State HttpResponseParser::feed(QByteArray &bytes)
{
    while (m_state == State::NeedMore && !bytes.isEmpty()) {
        m_startedAnswer = true;
        switch (m_part) {
        case Part::Head: {
            const qsizetype end = bytes.indexOf("\r\n\r\n");
            if (end < 0) {
                if (bytes.size() > kMaxHeadBytes)
                    return fail(QStringLiteral("answer headers larger than %1 bytes").arg(kMaxHeadBytes));
                return m_state;
            }
            const QByteArray head = bytes.left(end);
            bytes.remove(0, end + 4);
            if (!parseHead(head))
                return fail(QStringLiteral("not an HTTP/1.x answer"));
            if (m_response.status < 200)
                continue; // 100 Continue and friends: the real answer follows
            startBody();
            break;
        }
        case Part::FixedBody:
            if (!appendBody(bytes, m_remaining))
                return m_state;
            if (m_remaining == 0)
                return done();
            break;
        case Part::ChunkSize: {
            const qsizetype end = bytes.indexOf(kCrLf);
            if (end < 0) {
                if (bytes.size() > 1024)
                    return fail(QStringLiteral("chunk size line too long"));
                return m_state;
            }
            QByteArray size = bytes.left(end);
            bytes.remove(0, end + 2);
            if (const qsizetype extension = size.indexOf(';'); extension >= 0)
                size.truncate(extension);
            bool numeric = false;
            m_remaining = size.trimmed().toLongLong(&numeric, 16);
            if (!numeric || m_remaining < 0 || m_remaining > kMaxBodyBytes)
                return fail(QStringLiteral("invalid chunk size"));
            m_part = m_remaining == 0 ? Part::Trailers : Part::ChunkData;
            break;
        }
        case Part::ChunkData:
            if (!appendBody(bytes, m_remaining))
                return m_state;
            if (m_remaining == 0)
                m_part = Part::ChunkEnd;
            break;
        case Part::ChunkEnd:
            if (bytes.size() < 2)
                return m_state;
            if (!bytes.startsWith(kCrLf))
                return fail(QStringLiteral("chunk not followed by CRLF"));
            bytes.remove(0, 2);
            m_part = Part::ChunkSize;
            break;
        case Part::Trailers: {
            const qsizetype end = bytes.indexOf(kCrLf);
            if (end < 0)
                return m_state;
            bytes.remove(0, end + 2);
            if (end == 0) // the empty line after the trailers ends the answer
                return done();
            break;
        }
        case Part::UntilClose:
            if (!appendBody(bytes, bytes.size()))
                return m_state;
            break;
        }
    }
    return m_state;
}

HttpResponseParser::State HttpResponseParser::finishAtClose()
{
    if (m_state != State::NeedMore)
        return m_state;
    if (m_part == Part::UntilClose)
        return done();
    return fail(m_startedAnswer ? QStringLiteral("connection closed in the middle of the answer")
                                : QStringLiteral("connection closed before any answer"));
}

} // namespace motcua::sync
