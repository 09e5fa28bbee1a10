// The pure protocol pieces: Content-Range, Upload-Offset, answer classification, backoff, the
// clerk's reasons for the server's error codes.
#include "TestSupport.h"
#include "sync/SyncProtocol.h"

#include <catch2/catch.hpp>

using namespace motcua::sync;

TEST_CASE("Content-Range names the inclusive end and the total")
{
    CHECK(contentRange(0, 10, 10) == "bytes 0-9/10");
    CHECK(contentRange(4194304, 4194304, 10000000) == "bytes 4194304-8388607/10000000");
    CHECK(contentRange(9, 1, 10) == "bytes 9-9/10");
}

TEST_CASE("chunks are at most 4 MiB and end at the blob's end")
{
    const qint64 mib = 1024 * 1024;
    CHECK(chunkLength(0, 10 * mib) == 4 * mib);
    CHECK(chunkLength(8 * mib, 10 * mib) == 2 * mib);
    CHECK(chunkLength(10 * mib, 10 * mib) == 0);
    CHECK(chunkLength(11 * mib, 10 * mib) == 0);
    CHECK(chunkLength(0, 100, 30) == 30);
}

TEST_CASE("Upload-Offset parses only non-negative integers")
{
    CHECK(parseUploadOffset("1234") == 1234);
    CHECK(parseUploadOffset(" 0 ") == 0);
    CHECK_FALSE(parseUploadOffset("").has_value());
    CHECK_FALSE(parseUploadOffset("-5").has_value());
    CHECK_FALSE(parseUploadOffset("12abc").has_value());
}

TEST_CASE("answers are classified as the protocol says")
{
    CHECK(classify(200, {}) == Verdict::Done);
    CHECK(classify(201, {}) == Verdict::Done);
    CHECK(classify(202, {}) == Verdict::Done);
    CHECK(classify(0, {}) == Verdict::Retry);
    CHECK(classify(500, QStringLiteral("x")) == Verdict::Retry);
    CHECK(classify(503, {}) == Verdict::Retry);
    CHECK(classify(408, {}) == Verdict::Retry);
    CHECK(classify(429, {}) == Verdict::Retry);
    CHECK(classify(401, QStringLiteral("certificate.expired")) == Verdict::Refused);
    CHECK(classify(403, QStringLiteral("workstation.revoked")) == Verdict::Refused);
    CHECK(classify(409, QStringLiteral("dossier.blobsMissing")) == Verdict::BlobsMissing);
    CHECK(classify(409, QStringLiteral("dossier.staleRevision")) == Verdict::Rejected);
    CHECK(classify(416, QStringLiteral("blob.offsetMismatch")) == Verdict::OffsetMismatch);
    CHECK(classify(400, QStringLiteral("request.invalid")) == Verdict::Rejected);
    CHECK(classify(422, QStringLiteral("idempotency.conflict")) == Verdict::Rejected);
}

TEST_CASE("the server's error body is read, with the missing blobs")
{
    const ServerError e = parseServerError(R"({"error":"dossier.blobsMissing","message":"m","missing":["aa","bb"]})");
    CHECK(e.code == QStringLiteral("dossier.blobsMissing"));
    CHECK(e.missing == QStringList{QStringLiteral("aa"), QStringLiteral("bb")});
    CHECK(parseServerError("<html>proxy error</html>").code.isEmpty());
}

TEST_CASE("backoff doubles from 1 s to a 5 min ceiling, with full jitter")
{
    Backoff backoff(1000, 300000, 42);
    CHECK(backoff.ceilingMs(0) == 1000);
    CHECK(backoff.ceilingMs(1) == 2000);
    CHECK(backoff.ceilingMs(8) == 256000);
    CHECK(backoff.ceilingMs(9) == 300000);
    CHECK(backoff.ceilingMs(60) == 300000);
    qint64 sumLate = 0;
    for (int i = 0; i < 200; ++i) {
        const int attempt = backoff.attempt();
        const qint64 delay = backoff.nextDelayMs();
        REQUIRE(delay >= 0);
        REQUIRE(delay <= backoff.ceilingMs(attempt));
        if (i >= 100)
            sumLate += delay;
    }
    // Full jitter: the mean of uniform [0, cap] is cap / 2, not cap.
    const double mean = double(sumLate) / 100;
    CHECK(mean > 300000 * 0.35);
    CHECK(mean < 300000 * 0.65);
    backoff.reset();
    CHECK(backoff.attempt() == 0);
    CHECK(backoff.nextDelayMs() <= 1000);
}

TEST_CASE("each refusal code has its own clerk text, never the server's message")
{
    const QString revoked = SyncText::reasonFor(QStringLiteral("workstation.revoked"), 403);
    const QString expired = SyncText::reasonFor(QStringLiteral("certificate.expired"), 401);
    const QString stale = SyncText::reasonFor(QStringLiteral("dossier.staleRevision"), 409);
    CHECK(revoked != expired);
    CHECK(stale != revoked);
    CHECK_FALSE(revoked.isEmpty());
    CHECK(SyncText::reasonFor(QStringLiteral("something.new"), 400).contains(QStringLiteral("refused")));
}
