#include "TestSupport.h"
#include "lds/Der.h"

#include <catch2/catch.hpp>

using namespace motcua::card;

TEST_CASE("DER items read back what was encoded, long lengths and two-byte tags included")
{
    const QByteArray big(300, 'x');
    const QByteArray encoded = Tlv::encode(0x5f2e, big);
    CHECK(encoded.left(5) == QByteArray::fromHex("5f2e82012c"));
    const auto item = der::readSingle(encoded);
    REQUIRE(item.has_value());
    CHECK(item->tag == 0x5f2e);
    CHECK(item->value == big);
    CHECK(der::readSingle(encoded + '\0') == std::nullopt);
    CHECK(der::readFirst(encoded + '\0').has_value());
    CHECK(der::readSingle(encoded.left(encoded.size() - 1)) == std::nullopt);
}

TEST_CASE("DER integers and OIDs round trip")
{
    for (qint64 v : {0LL, 1LL, 127LL, 128LL, 255LL, 256LL, -1LL, -129LL, 65535LL, 1LL << 40}) {
        const auto item = der::readSingle(der::encodeInteger(v));
        REQUIRE(item.has_value());
        CHECK(der::toInteger(*item) == v);
    }
    CHECK(der::encodeInteger(128) == QByteArray::fromHex("02020080"));
    CHECK(der::encodeOid(QStringLiteral("1.0.10646.1.0.8")) == QByteArray::fromHex("060628d316010008"));
    for (const char *oid : {"2.23.136.1.1.1", "0.4.0.127.0.7.2.2.4.2.2", "1.2.840.10045.4.3.2", "2.16.840.1.101.3.4.2.1"}) {
        const auto item = der::readSingle(der::encodeOid(QLatin1String(oid)));
        REQUIRE(item.has_value());
        CHECK(der::toOid(*item) == QLatin1String(oid));
    }
}

TEST_CASE("DER refuses indefinite lengths and lengths past the end")
{
    CHECK(der::readSingle(QByteArray::fromHex("3080000000")) == std::nullopt);
    CHECK(der::readSingle(QByteArray::fromHex("3005020101")) == std::nullopt);
    CHECK(der::readSingle(QByteArray::fromHex("30850100000000")) == std::nullopt);
    CHECK(der::readSingle(QByteArray::fromHex("5f")) == std::nullopt);
}
