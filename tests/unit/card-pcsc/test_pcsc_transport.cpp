#include "TestSupport.h"
#include "pcsc/PcscError.h"
#include "pcsc/PcscTransport.h"

#include <catch2/catch.hpp>

#include "ScardCodes.h"

#include <deque>
#include <functional>

#include <QList>

using namespace motcua;
using namespace motcua::card;
using namespace scard;

namespace {

QByteArray hex(const char *text) { return QByteArray::fromHex(text); }

// An ATR whose card capabilities announce extended length (or not).
QByteArray atrBytesFor(bool extended)
{
    QByteArray bytes = hex("3b8580") + hex("01") + hex("807300c0") + QByteArray(1, extended ? '\x40' : '\x00');
    char tck = 0;
    for (qsizetype i = 1; i < bytes.size(); ++i)
        tck = char(tck ^ bytes.at(i));
    return bytes.append(tck);
}

// A scripted card: records every command and answers with a function of it.
class FakeChannel final : public CardChannel {
public:
    std::function<Result<QByteArray>(const QByteArray &)> answer;
    QList<QByteArray> sent;
    QByteArray atrBytes = atrBytesFor(false);
    std::optional<int> maxInput;

    Result<QByteArray> transmitRaw(const QByteArray &command) override
    {
        sent.append(command);
        return answer(command);
    }
    QByteArray atr() const override { return atrBytes; }
    std::optional<int> readerMaxInput() const override { return maxInput; }
};

QByteArray withSw(const QByteArray &data, quint16 sw)
{
    return ResponseApdu(data, sw).encode();
}

} // namespace

TEST_CASE("61xx responses are collected with GET RESPONSE into one answer")
{
    FakeChannel card;
    const QByteArray file = QByteArray(300, 'x') + QByteArray(20, 'y');
    card.answer = [&](const QByteArray &command) -> Result<QByteArray> {
        if (command == CommandApdu::readBinary(0, 256).encode())
            return withSw(file.left(100), 0x61c8); // 200 more
        if (command == hex("00c00000c8"))
            return withSw(file.mid(100, 200), 0x6114); // 20 more
        if (command == hex("00c0000014"))
            return withSw(file.mid(300), 0x9000);
        return withSw({}, 0x6d00);
    };
    PcscTransport transport(card);
    auto response = transport.transmit(CommandApdu::readBinary(0, 256));
    REQUIRE(response.ok());
    CHECK(response->sw() == 0x9000);
    CHECK(response->data() == file);
    CHECK(transport.apduCount() == 3);
    CHECK(card.sent.size() == 3);
}

TEST_CASE("6Cxx makes the transport resend once with the Le the card asks for")
{
    FakeChannel card;
    card.answer = [](const QByteArray &command) -> Result<QByteArray> {
        if (command == hex("0084000010"))
            return withSw({}, 0x6c08);
        if (command == hex("0084000008"))
            return withSw(hex("0102030405060708"), 0x9000);
        return withSw({}, 0x6f00);
    };
    PcscTransport transport(card);
    auto response = transport.transmit(CommandApdu::getChallenge(16));
    REQUIRE(response.ok());
    CHECK(response->data() == hex("0102030405060708"));
    CHECK(transport.apduCount() == 2);
}

TEST_CASE("a card that keeps answering 6Cxx is asked only once more")
{
    FakeChannel card;
    card.answer = [](const QByteArray &) -> Result<QByteArray> { return withSw({}, 0x6c08); };
    PcscTransport transport(card);
    auto response = transport.transmit(CommandApdu::getChallenge(16));
    REQUIRE(response.ok());
    CHECK(response->sw() == 0x6c08);
    CHECK(card.sent.size() == 2);
}

TEST_CASE("an endless 61xx chain ends in an error, not a hang")
{
    FakeChannel card;
    card.answer = [](const QByteArray &) -> Result<QByteArray> { return withSw(QByteArray(255, 'z'), 0x61ff); };
    PcscTransport transport(card);
    auto response = transport.transmit(CommandApdu::readBinary(0, 256));
    REQUIRE_FALSE(response.ok());
    CHECK(response.error().code == QStringLiteral("card.pcsc.response-too-long"));
}

TEST_CASE("extended length follows the ATR and the reader")
{
    FakeChannel card;
    card.answer = [](const QByteArray &) -> Result<QByteArray> { return withSw({}, 0x9000); };
    CHECK_FALSE(PcscTransport(card).supportsExtendedLength());
    CHECK(PcscTransport(card).maxResponseLength() == 256);

    card.atrBytes = atrBytesFor(true);
    CHECK(PcscTransport(card).supportsExtendedLength());
    CHECK(PcscTransport(card).maxResponseLength() == 65536);
    CHECK(PcscTransport(card, {.maxResponseLength = 1000}).maxResponseLength() == 1000);
    CHECK_FALSE(PcscTransport(card, {.allowExtendedLength = false}).supportsExtendedLength());

    card.maxInput = 261; // a short-APDU reader
    CHECK_FALSE(PcscTransport(card).supportsExtendedLength());
    card.maxInput = 65544;
    CHECK(PcscTransport(card).supportsExtendedLength());
}

TEST_CASE("long reads are cut to short APDUs when extended length is off")
{
    FakeChannel card;
    card.answer = [](const QByteArray &command) -> Result<QByteArray> {
        return withSw(QByteArray(command.back() == 0 ? 256 : 0, 'a'), 0x9000);
    };
    PcscTransport transport(card);
    auto response = transport.transmit(CommandApdu::readBinary(0, 1000));
    REQUIRE(response.ok());
    CHECK(card.sent.first() == hex("00b0000000"));
    CHECK(response->data().size() == 256);
}

TEST_CASE("a card that refuses extended length gets short APDUs from then on")
{
    FakeChannel card;
    card.atrBytes = atrBytesFor(true);
    card.answer = [](const QByteArray &command) -> Result<QByteArray> {
        if (command.size() > 5)
            return withSw({}, 0x6700); // extended: refused
        return withSw(QByteArray(256, 'b'), 0x9000);
    };
    PcscTransport transport(card);
    REQUIRE(transport.supportsExtendedLength());
    auto response = transport.transmit(CommandApdu::readBinary(0, 4000));
    REQUIRE(response.ok());
    CHECK(response->sw() == 0x9000);
    CHECK(card.sent == QList<QByteArray>{hex("00b00000000fa0"), hex("00b0000000")});
    CHECK_FALSE(transport.supportsExtendedLength());
    CHECK(transport.maxResponseLength() == 256);

    // Later reads go short at once.
    REQUIRE(transport.transmit(CommandApdu::readBinary(256, 4000)).ok());
    CHECK(card.sent.last() == hex("00b0010000"));
    CHECK(transport.apduCount() == 3);
}

TEST_CASE("a command too long for short APDUs is refused without sending")
{
    FakeChannel card;
    card.answer = [](const QByteArray &) -> Result<QByteArray> { return withSw({}, 0x9000); };
    PcscTransport transport(card);
    auto response = transport.transmit(CommandApdu(0x00, 0xd6, 0, 0, QByteArray(300, 'c')));
    REQUIRE_FALSE(response.ok());
    CHECK(response.error().code == QStringLiteral("card.pcsc.command-too-long"));
    CHECK(card.sent.isEmpty());
}

TEST_CASE("transport errors pass through typed, malformed answers are errors")
{
    FakeChannel card;
    card.answer = [](const QByteArray &) -> Result<QByteArray> { return pcscError("SCardTransmit", SCARD_W_REMOVED_CARD); };
    PcscTransport transport(card);
    auto removed = transport.transmit(CommandApdu::getChallenge());
    REQUIRE_FALSE(removed.ok());
    CHECK(pcscErrorKind(removed.error()) == PcscErrorKind::CardRemoved);
    CHECK(pcscErrorClass(removed.error()) == PcscErrorClass::Retryable);

    card.answer = [](const QByteArray &) -> Result<QByteArray> { return hex("90"); };
    auto malformed = transport.transmit(CommandApdu::getChallenge());
    REQUIRE_FALSE(malformed.ok());
    CHECK(malformed.error().code == QStringLiteral("card.pcsc.response-malformed"));

    // A removal in the middle of a 61xx chain is the removal, not a short answer.
    int calls = 0;
    card.answer = [&](const QByteArray &) -> Result<QByteArray> {
        if (++calls == 1)
            return withSw(hex("01"), 0x6110);
        return pcscError("SCardTransmit", SCARD_W_REMOVED_CARD);
    };
    auto midChain = transport.transmit(CommandApdu::readBinary(0, 17));
    REQUIRE_FALSE(midChain.ok());
    CHECK(pcscErrorKind(midChain.error()) == PcscErrorKind::CardRemoved);
}
