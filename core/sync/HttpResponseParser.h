#pragma once
// Reads one HTTP/1.1 answer from bytes as they arrive on a connection: the status line, the
// headers, and a body framed by Content-Length, by chunked transfer coding, or by the end of the
// connection. 1xx answers are skipped. It knows nothing of sockets, so that every framing case is
// tested with plain byte strings; NetworkTransport feeds it.
#include "sync/SyncTransport.h"

#include <QByteArray>
#include <QString>

namespace motcua::sync {

class HttpResponseParser {
public:
    static constexpr qsizetype kMaxHeadBytes = 64 * 1024;
    static constexpr qint64 kMaxBodyBytes = 64 * 1024 * 1024; // answers are JSON pages, never documents

    enum class State { NeedMore, Done, Failed };

    // A HEAD request's answer has headers only, whatever Content-Length says.
    explicit HttpResponseParser(bool answersHead = false) : m_answersHead(answersHead) {}

    // Takes what it can use from the front of `bytes`; what is left belongs to a next answer.
    State feed(QByteArray &bytes);
    // The connection ended: completes a body that runs until the close, anything else is cut short.
    State finishAtClose();

    State state() const { return m_state; }
    bool startedAnswer() const { return m_startedAnswer; }
    // False when the server said Connection: close, spoke HTTP/1.0, or framed the body by closing.
    bool keepAlive() const { return m_keepAlive; }
    const QString &error() const { return m_error; }
    SyncResponse takeResponse() { return std::move(m_response); }

private:
    enum class Part { Head, FixedBody, ChunkSize, ChunkData, ChunkEnd, Trailers, UntilClose };

    bool parseHead(const QByteArray &head);
    void startBody();
    bool appendBody(QByteArray &bytes, qint64 wanted);
    State fail(const QString &why);
    State done();

    bool m_answersHead;
    State m_state = State::NeedMore;
    Part m_part = Part::Head;
    bool m_startedAnswer = false;
    bool m_keepAlive = true;
    qint64 m_remaining = 0; // of the fixed body or the current chunk
    QString m_error;
    SyncResponse m_response;
};

} // namespace motcua::sync
