#include "TestSupport.h"
#include "pcsc/PcscError.h"

#include <catch2/catch.hpp>

#include "ScardCodes.h"

using namespace motcua;
using namespace motcua::card;
using namespace scard;

TEST_CASE("each PC/SC result code maps to its kind")
{
    struct Case {
        scard::Code rv;
        PcscErrorKind kind;
        const char *code;
    };
    const Case cases[] = {
        {SCARD_E_NO_READERS_AVAILABLE, PcscErrorKind::NoReader, "card.pcsc.no-reader"},
        {SCARD_E_NO_SERVICE, PcscErrorKind::NoReader, "card.pcsc.no-reader"},
        {SCARD_E_NO_SMARTCARD, PcscErrorKind::NoCard, "card.pcsc.no-card"},
        {SCARD_W_UNRESPONSIVE_CARD, PcscErrorKind::NoCard, "card.pcsc.no-card"},
        {SCARD_W_REMOVED_CARD, PcscErrorKind::CardRemoved, "card.pcsc.card-removed"},
        {SCARD_W_RESET_CARD, PcscErrorKind::CardRemoved, "card.pcsc.card-removed"},
        {SCARD_E_READER_UNAVAILABLE, PcscErrorKind::ReaderUnavailable, "card.pcsc.reader-unavailable"},
        {SCARD_E_UNKNOWN_READER, PcscErrorKind::ReaderUnavailable, "card.pcsc.reader-unavailable"},
        {SCARD_E_SHARING_VIOLATION, PcscErrorKind::SharingViolation, "card.pcsc.sharing-violation"},
        {SCARD_E_TIMEOUT, PcscErrorKind::Timeout, "card.pcsc.timeout"},
        {SCARD_E_CANCELLED, PcscErrorKind::Cancelled, "card.pcsc.cancelled"},
        {SCARD_F_COMM_ERROR, PcscErrorKind::Other, "card.pcsc.other"},
        {SCARD_E_INVALID_HANDLE, PcscErrorKind::Other, "card.pcsc.other"},
    };
    for (const Case &c : cases) {
        INFO("rv " << std::hex << c.rv);
        CHECK(pcscErrorKind(c.rv) == c.kind);
        const Error error = pcscError("SCardTransmit", c.rv);
        CHECK(error.code == QLatin1String(c.code));
        CHECK(!error.message.isEmpty());
        REQUIRE(pcscErrorKind(error).has_value());
        CHECK(*pcscErrorKind(error) == c.kind);
    }
}

TEST_CASE("the detail names the function and the SCard error, the message does not")
{
    const Error error = pcscError("SCardTransmit", SCARD_W_REMOVED_CARD);
    CHECK(error.detail == QStringLiteral("SCardTransmit: SCARD_W_REMOVED_CARD (0x80100069)"));
    CHECK(!error.message.contains(QStringLiteral("SCARD")));
    CHECK(error.message != pcscError("SCardConnect", SCARD_E_NO_SMARTCARD).message);
    CHECK(pcscErrorName(SCARD_E_SHARING_VIOLATION) == QStringLiteral("SCARD_E_SHARING_VIOLATION"));
    CHECK(pcscErrorName(scard::Code(0x80109999)) == QStringLiteral("0x80109999"));
}

TEST_CASE("a removed card or a busy card is retryable, a broken driver is not")
{
    CHECK(pcscErrorClass(PcscErrorKind::CardRemoved) == PcscErrorClass::Retryable);
    CHECK(pcscErrorClass(PcscErrorKind::NoCard) == PcscErrorClass::Retryable);
    CHECK(pcscErrorClass(PcscErrorKind::SharingViolation) == PcscErrorClass::Retryable);
    CHECK(pcscErrorClass(PcscErrorKind::ReaderUnavailable) == PcscErrorClass::Retryable);
    CHECK(pcscErrorClass(PcscErrorKind::Other) == PcscErrorClass::Fatal);
    CHECK(pcscErrorClass(PcscErrorKind::Cancelled) == PcscErrorClass::Fatal);
    CHECK(pcscErrorClass(pcscError("SCardTransmit", SCARD_W_REMOVED_CARD)) == PcscErrorClass::Retryable);
    CHECK(pcscErrorClass(Error{QStringLiteral("emrtd.sm.bad-mac"), QStringLiteral("x")}) == PcscErrorClass::Fatal);
    CHECK_FALSE(pcscErrorKind(Error{QStringLiteral("emrtd.sm.bad-mac"), QStringLiteral("x")}).has_value());
}
