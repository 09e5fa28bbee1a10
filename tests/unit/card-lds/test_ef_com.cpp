#include "TestSupport.h"
#include "lds/EfCom.h"
#include "lds/LdsWriter.h"

#include <catch2/catch.hpp>

using namespace motcua::card;

TEST_CASE("EF.COM round trips the LDS version and the data group list")
{
    const QByteArray bytes = LdsWriter::efCom({1, 2, 13, 14, 15});
    CHECK(bytes.startsWith(QByteArray::fromHex("60")));
    const auto com = EfCom::parse(bytes);
    REQUIRE(com.ok());
    CHECK(com->ldsVersion == QStringLiteral("0107"));
    CHECK(com->unicodeVersion == QStringLiteral("040000"));
    CHECK(com->dataGroups == QList<int>{1, 2, 13, 14, 15});
}

TEST_CASE("EF.COM errors name the file")
{
    const auto wrongTag = EfCom::parse(QByteArray::fromHex("6103010101"));
    REQUIRE_FALSE(wrongTag.ok());
    CHECK(wrongTag.error().message.contains(QStringLiteral("EF.COM")));
    CHECK(wrongTag.error().code == QStringLiteral("lds.ef.com.wrapper"));
    CHECK_FALSE(EfCom::parse(QByteArray::fromHex("60045f010130")).ok()); // no tag list
}
