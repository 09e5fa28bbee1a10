#include "TestSupport.h"
#include "identity/ProvinceCodes.h"

#include <QSet>
#include <catch2/catch.hpp>

using namespace motcua;

TEST_CASE("the table holds the 63 codes of Circular 07/2016, unique, three digits, NFC names")
{
    const QList<ProvinceCode> &codes = provinceCodes();
    REQUIRE(codes.size() == 63);
    QSet<QString> seen;
    for (const ProvinceCode &p : codes) {
        CHECK(p.code.size() == 3);
        CHECK(p.code.toInt() >= 1);
        CHECK(p.code.toInt() <= 96);
        CHECK_FALSE(p.name.isEmpty());
        CHECK(p.name == p.name.normalized(QString::NormalizationForm_C));
        seen.insert(p.code);
    }
    CHECK(seen.size() == 63);
}

TEST_CASE("codes name the provinces of birth registration")
{
    CHECK(provinceName(QStringLiteral("001")) == QStringLiteral("Hà Nội"));
    CHECK(provinceName(QStringLiteral("031")) == QStringLiteral("Hải Phòng"));
    CHECK(provinceName(QStringLiteral("048")) == QStringLiteral("Đà Nẵng"));
    CHECK(provinceName(QStringLiteral("079")) == QStringLiteral("Hồ Chí Minh"));
    CHECK(provinceName(QStringLiteral("092")) == QStringLiteral("Cần Thơ"));
    CHECK(provinceName(QStringLiteral("096")) == QStringLiteral("Cà Mau"));
}

TEST_CASE("gaps in the numbering are not provinces")
{
    for (const char *code : {"000", "003", "005", "028", "078", "097", "099", "1", "0011"})
        CHECK_FALSE(isProvinceCode(QString::fromLatin1(code)));
    CHECK(provinceName(QStringLiteral("003")).isEmpty());
}
