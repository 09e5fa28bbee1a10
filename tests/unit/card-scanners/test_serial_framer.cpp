// SerialFramer: codes cut from bytes that arrive in arbitrary pieces, each terminator setting,
// the idle end of a code without suffix, and the cap on garbage without a terminator.
#include "TestSupport.h"
#include "scanners/SerialFramer.h"

#include <catch2/catch.hpp>

using namespace motcua::scanners;

using Codes = QList<QByteArray>;

TEST_CASE("a partial code is kept across reads until its terminator")
{
    SerialFramer framer(Terminator::Cr);
    CHECK(framer.feed("001090").isEmpty());
    CHECK(framer.hasPartialCode());
    CHECK(framer.feed("012345|\xe1\xbb") .isEmpty()); // cut inside a UTF-8 letter (ễ)
    CHECK(framer.feed("\x85\rNEXT") == Codes{"001090012345|\xe1\xbb\x85"});
    CHECK(framer.feed("\r") == Codes{"NEXT"});
    CHECK_FALSE(framer.hasPartialCode());
    CHECK(framer.takeDroppedBytes() == 0);
}

TEST_CASE("each terminator setting, and a scanner that sends another line end")
{
    SECTION("CR") { CHECK(SerialFramer(Terminator::Cr).feed("A1\rB2\r") == Codes{"A1", "B2"}); }
    SECTION("LF") { CHECK(SerialFramer(Terminator::Lf).feed("A1\nB2\n") == Codes{"A1", "B2"}); }
    SECTION("CRLF, split between CR and LF")
    {
        SerialFramer framer(Terminator::CrLf);
        CHECK(framer.feed("A1\r").isEmpty());
        CHECK(framer.feed("\nB2\r\n") == Codes{"A1", "B2"});
    }
    SECTION("CRLF keeps a lone CR inside a code")
    {
        CHECK(SerialFramer(Terminator::CrLf).feed("A\rB\r\n") == Codes{"A\rB"});
    }
    SECTION("port set to CR, scanner sends CRLF")
    {
        CHECK(SerialFramer(Terminator::Cr).feed("A1\r\nB2\r\n") == Codes{"A1", "B2"});
    }
    SECTION("port set to LF, scanner sends CRLF")
    {
        CHECK(SerialFramer(Terminator::Lf).feed("A1\r\nB2\r\n") == Codes{"A1", "B2"});
    }
    SECTION("empty lines are not codes") { CHECK(SerialFramer(Terminator::Cr).feed("\r\r\n\r").isEmpty()); }
}

TEST_CASE("without a terminator a code ends when the line goes idle")
{
    SerialFramer framer(Terminator::None);
    CHECK(framer.feed("000.00.31.").isEmpty());
    CHECK(framer.feed("H29-261204-0007").isEmpty());
    CHECK(framer.idle() == Codes{"000.00.31.H29-261204-0007"});
    CHECK(framer.idle().isEmpty());
}

TEST_CASE("an incomplete code at idle, or at a reset, is dropped and counted")
{
    SerialFramer framer(Terminator::Cr);
    framer.feed("half a co");
    CHECK(framer.idle().isEmpty());
    CHECK(framer.takeDroppedBytes() == 9);
    framer.feed("cut");
    framer.reset();
    CHECK(framer.takeDroppedBytes() == 3);
    CHECK(framer.takeDroppedBytes() == 0);
    CHECK(framer.feed("WHOLE\r") == Codes{"WHOLE"});
}

TEST_CASE("garbage without a terminator never grows past the cap, and the next code survives")
{
    SerialFramer framer(Terminator::Cr, 16);
    for (int i = 0; i < 100; ++i)
        CHECK(framer.feed(QByteArray(10, 'x')).isEmpty());
    CHECK(framer.takeDroppedBytes() == 1000);
    // The garbage line's tail up to its terminator goes too; the next line is a code again.
    CHECK(framer.feed("yyy\rGOOD\r") == Codes{"GOOD"});
    CHECK(framer.takeDroppedBytes() == 3);
    // An over-long code inside one read is dropped as well.
    CHECK(framer.feed(QByteArray(17, 'z') + "\rOK\r") == Codes{"OK"});
    CHECK(framer.takeDroppedBytes() == 17);
}

TEST_CASE("without a terminator, garbage is dropped until the line goes idle")
{
    SerialFramer framer(Terminator::None, 16);
    framer.feed(QByteArray(40, 'x'));
    framer.feed(QByteArray(40, 'x'));
    CHECK(framer.idle().isEmpty());
    CHECK(framer.takeDroppedBytes() == 80);
    framer.feed("CODE");
    CHECK(framer.idle() == Codes{"CODE"});
}
