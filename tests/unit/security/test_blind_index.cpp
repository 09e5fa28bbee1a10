#include "TestSupport.h"
#include "security/BlindIndex.h"
#include "security/Crypto.h"

#include <catch2/catch.hpp>

using namespace motcua;

namespace {
DataKey testKey(char fill = '\x42')
{
    return DataKey::fromBytes(QByteArray(32, fill));
}
} // namespace

TEST_CASE("blind tokens are 16 bytes and stable across instances")
{
    const QString name = QStringLiteral("nguyen van an");
    const QByteArray a = BlindIndex(testKey()).token("name", name);
    CHECK(a.size() == BlindIndex::kTokenSize);
    CHECK(BlindIndex(testKey()).token("name", name) == a);
}

TEST_CASE("blind tokens follow the documented construction")
{
    // HMAC-SHA256(subkey("index-v1"), domain || 0x00 || UTF-8 value), first 16 bytes: another
    // implementation (the server, a migration script) must be able to compute the same token.
    const DataKey key = testKey();
    const QString value = QStringLiteral("Đỗ");
    const QByteArray expected = detail::hmacSha256(key.subkey("index-v1"), QByteArray("id12") + '\0' + value.toUtf8()).left(16);
    CHECK(BlindIndex(key).token("id12", value) == expected);
}

TEST_CASE("blind tokens are separated by domain, value and key")
{
    const BlindIndex index(testKey());
    const QString id = QStringLiteral("001099012345");
    CHECK(index.token("id12", id) != index.token("phone", id));
    CHECK(index.token("id12", id) != index.token("id12", QStringLiteral("001099012346")));
    CHECK(index.token("id12", id) != BlindIndex(testKey('\x43')).token("id12", id));
    // The 0x00 separator keeps "ab"+"c" apart from "a"+"bc".
    CHECK(index.token("ab", QStringLiteral("c")) != index.token("a", QStringLiteral("bc")));
}

TEST_CASE("blind tokens are exact: callers fold names before indexing")
{
    const BlindIndex index(testKey());
    CHECK(index.token("name", QStringLiteral("Nguyễn")) != index.token("name", QStringLiteral("nguyen")));
}
