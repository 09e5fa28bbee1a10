// HttpResponseParser: the framings an HTTP/1.1 server may use, fed whole and byte by byte,
// and the answers that must fail instead of being half believed.
#include "TestSupport.h"
#include "sync/HttpResponseParser.h"

#include <catch2/catch.hpp>

using namespace motcua::sync;
using State = HttpResponseParser::State;

namespace {

// Feeds `bytes` in pieces of `step` bytes, as a slow connection would deliver them.
State feedInPieces(HttpResponseParser &parser, const QByteArray &bytes, qsizetype step, QByteArray &left)
{
    State state = State::NeedMore;
    for (qsizetype at = 0; at < bytes.size() && state == State::NeedMore; at += step) {
        left += bytes.mid(at, step);
        state = parser.feed(left);
    }
    return state;
}

} // namespace

TEST_CASE("a Content-Length answer is read whole, in one piece or byte by byte")
{
    const QByteArray answer = "HTTP/1.1 201 Created\r\nContent-Type: application/json\r\nContent-Length: 11\r\n"
                              "Upload-Offset: 42\r\n\r\n{\"ok\":true}";
    for (const qsizetype step : {qsizetype(1), qsizetype(7), answer.size()}) {
        HttpResponseParser parser;
        QByteArray left;
        REQUIRE(feedInPieces(parser, answer, step, left) == State::Done);
        CHECK(parser.keepAlive());
        CHECK(left.isEmpty());
        const SyncResponse r = parser.takeResponse();
        CHECK(r.status == 201);
        CHECK(r.header("upload-offset") == "42");
        CHECK(r.body == "{\"ok\":true}");
    }
}

TEST_CASE("bytes after the answer are left for the next one")
{
    QByteArray bytes = "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nabHTTP/1.1 404";
    HttpResponseParser parser;
    REQUIRE(parser.feed(bytes) == State::Done);
    CHECK(parser.takeResponse().body == "ab");
    CHECK(bytes == "HTTP/1.1 404");
}

TEST_CASE("a HEAD answer ends after its headers whatever Content-Length says")
{
    QByteArray bytes = "HTTP/1.1 404 Not Found\r\nContent-Length: 120\r\nUpload-Offset: 4096\r\n\r\n";
    HttpResponseParser parser(true);
    REQUIRE(parser.feed(bytes) == State::Done);
    const SyncResponse r = parser.takeResponse();
    CHECK(r.status == 404);
    CHECK(r.body.isEmpty());
    CHECK(r.header("Upload-Offset") == "4096");
}

TEST_CASE("chunked bodies are joined, with extensions and trailers ignored")
{
    const QByteArray answer = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                              "5;name=x\r\nhello\r\n1\r\n \r\n5\r\nworld\r\n0\r\nX-Trailer: 1\r\n\r\n";
    for (const qsizetype step : {qsizetype(1), qsizetype(3), answer.size()}) {
        HttpResponseParser parser;
        QByteArray left;
        REQUIRE(feedInPieces(parser, answer, step, left) == State::Done);
        CHECK(parser.takeResponse().body == "hello world");
        CHECK(left.isEmpty());
    }
}

TEST_CASE("100 Continue is skipped and the real answer read")
{
    QByteArray bytes = "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 204 No Content\r\n\r\n";
    HttpResponseParser parser;
    REQUIRE(parser.feed(bytes) == State::Done);
    CHECK(parser.takeResponse().status == 204);
}

TEST_CASE("an answer without a length runs until the connection closes and ends it")
{
    QByteArray bytes = "HTTP/1.1 200 OK\r\n\r\npart one, ";
    HttpResponseParser parser;
    CHECK(parser.feed(bytes) == State::NeedMore);
    bytes += "part two";
    CHECK(parser.feed(bytes) == State::NeedMore);
    REQUIRE(parser.finishAtClose() == State::Done);
    CHECK_FALSE(parser.keepAlive());
    CHECK(parser.takeResponse().body == "part one, part two");
}

TEST_CASE("Connection: close and HTTP/1.0 do not keep the connection")
{
    QByteArray closing = "HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 0\r\n\r\n";
    HttpResponseParser a;
    REQUIRE(a.feed(closing) == State::Done);
    CHECK_FALSE(a.keepAlive());

    QByteArray old = "HTTP/1.0 200 OK\r\nContent-Length: 0\r\n\r\n";
    HttpResponseParser b;
    REQUIRE(b.feed(old) == State::Done);
    CHECK_FALSE(b.keepAlive());

    QByteArray oldKept = "HTTP/1.0 200 OK\r\nConnection: Keep-Alive\r\nContent-Length: 0\r\n\r\n";
    HttpResponseParser c;
    REQUIRE(c.feed(oldKept) == State::Done);
    CHECK(c.keepAlive());
}

TEST_CASE("a connection closed before or inside the answer is a failure, never a short answer")
{
    HttpResponseParser silent;
    CHECK(silent.finishAtClose() == State::Failed);
    CHECK_FALSE(silent.startedAnswer());

    QByteArray cut = "HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc";
    HttpResponseParser parser;
    CHECK(parser.feed(cut) == State::NeedMore);
    CHECK(parser.finishAtClose() == State::Failed);
    CHECK(parser.startedAnswer());
    CHECK(parser.error().contains(QStringLiteral("middle")));

    QByteArray cutChunk = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhel";
    HttpResponseParser chunked;
    CHECK(chunked.feed(cutChunk) == State::NeedMore);
    CHECK(chunked.finishAtClose() == State::Failed);
}

TEST_CASE("garbage, bad lengths and oversized answers fail")
{
    const auto failsOn = [](QByteArray bytes) {
        HttpResponseParser parser;
        return parser.feed(bytes) == State::Failed && !parser.error().isEmpty() && !parser.keepAlive();
    };
    CHECK(failsOn("SSH-2.0-OpenSSH_9.2\r\n\r\n"));
    CHECK(failsOn("HTTP/1.1 2000 OK\r\n\r\n"));
    CHECK(failsOn("HTTP/1.1 abc OK\r\n\r\n"));
    CHECK(failsOn("HTTP/1.1 200 OK\r\nno colon here\r\n\r\n"));
    CHECK(failsOn("HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n"));
    CHECK(failsOn("HTTP/1.1 200 OK\r\nContent-Length: 12x\r\n\r\n"));
    CHECK(failsOn("HTTP/1.1 200 OK\r\nContent-Length: 999999999999\r\n\r\n"));
    CHECK(failsOn("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n"));
    CHECK(failsOn("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nabXX"));
    CHECK(failsOn("HTTP/1.1 200 OK\r\nX: " + QByteArray(HttpResponseParser::kMaxHeadBytes + 1, 'a')));
}
