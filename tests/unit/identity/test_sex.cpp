#include "TestSupport.h"
#include "identity/Sex.h"

#include <catch2/catch.hpp>

using namespace motcua;

TEST_CASE("card spellings of sex map to the Person values")
{
    for (const QString &text : {QStringLiteral("Nam"), QStringLiteral("NAM"), QStringLiteral(" nam "),
                                QStringLiteral("M"), QStringLiteral("male"), QStringLiteral("Male")})
        CHECK(Sex::fromText(text) == Sex::male);
    for (const QString &text : {QStringLiteral("Nữ"), QStringLiteral("NỮ"), QStringLiteral("Nu"),
                                QStringLiteral("F"), QStringLiteral("female"),
                                QStringLiteral("Nữ").normalized(QString::NormalizationForm_D)})
        CHECK(Sex::fromText(text) == Sex::female);
}

TEST_CASE("anything else is unknown, not a default")
{
    for (const QString &text : {QString(), QStringLiteral("<"), QStringLiteral("X"), QStringLiteral("Nam Nữ"),
                                QStringLiteral("other")})
        CHECK(Sex::fromText(text).isEmpty());
}

TEST_CASE("the Vietnamese label of each value")
{
    CHECK(Sex::vietnameseLabel(Sex::male) == QStringLiteral("Nam"));
    CHECK(Sex::vietnameseLabel(Sex::female) == QStringLiteral("Nữ"));
    CHECK(Sex::vietnameseLabel(QStringLiteral("Nam")).isEmpty());
}
