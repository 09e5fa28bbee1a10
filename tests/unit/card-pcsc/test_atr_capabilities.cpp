#include "TestSupport.h"
#include "pcsc/AtrCapabilities.h"

#include <catch2/catch.hpp>

using namespace motcua::card;

namespace {
QByteArray hex(const char *text) { return QByteArray::fromHex(text); }

// T=1 ATR with TD1/TD2 interface bytes, the given historical bytes and TCK.
QByteArray atrWithHistorical(const QByteArray &historical)
{
    QByteArray atr = hex("3b");
    atr.append(char(0x80 | historical.size())); // T0: TD1 present, K historical bytes
    atr.append(hex("8001"));                    // TD1 (TD2 follows, T=1), TD2 (T=1)
    atr.append(historical);
    char tck = 0;
    for (qsizetype i = 1; i < atr.size(); ++i)
        tck = char(tck ^ atr.at(i));
    return atr.append(tck);
}
} // namespace

TEST_CASE("historical bytes are found after the interface bytes")
{
    const QByteArray historical = hex("80730000e0");
    REQUIRE(atrHistoricalBytes(atrWithHistorical(historical)).has_value());
    CHECK(*atrHistoricalBytes(atrWithHistorical(historical)) == historical);
    // TA1, TB1, TC1 and no TD: three interface bytes, then 2 historical bytes.
    CHECK(*atrHistoricalBytes(hex("3b7211223380ff")) == hex("80ff"));
    CHECK_FALSE(atrHistoricalBytes(hex("3b8f80")).has_value()); // announces more than it has
    CHECK_FALSE(atrHistoricalBytes(hex("3b")).has_value());
}

TEST_CASE("card capabilities byte 3 bit 7 announces extended length")
{
    // Category 80, compact-TLV 73 = card capabilities, 3 bytes; third byte 0x40 = extended Lc/Le.
    CHECK(atrAnnouncesExtendedLength(atrWithHistorical(hex("807300c040"))));
    CHECK_FALSE(atrAnnouncesExtendedLength(atrWithHistorical(hex("807300c000"))));
    // Category 00 ends with a 3-byte status indicator, which must not be read as TLV.
    CHECK(atrAnnouncesExtendedLength(atrWithHistorical(hex("00310073000040829000"))));
    CHECK_FALSE(atrAnnouncesExtendedLength(atrWithHistorical(hex("0031c0829000"))));
    // Short card capabilities (one byte) say nothing about length.
    CHECK_FALSE(atrAnnouncesExtendedLength(atrWithHistorical(hex("807100"))));
    CHECK_FALSE(atrAnnouncesExtendedLength(hex("3b00")));
    CHECK_FALSE(atrAnnouncesExtendedLength(atrWithHistorical(hex("8073c0"))));
}
