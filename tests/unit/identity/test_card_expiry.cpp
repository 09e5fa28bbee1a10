#include "TestSupport.h"
#include "identity/CardExpiry.h"

#include <catch2/catch.hpp>

using namespace motcua;
using Law = CardExpiry::Law;

TEST_CASE("the 2014 law: renewal at 25, 40, 60, none after")
{
    const QDate dob(1990, 5, 10);
    CHECK(CardExpiry::expiryUnder(Law::CitizenIdentification2014, dob, QDate(2008, 1, 1)) == ExpiryDate::on(QDate(2015, 5, 10)));
    CHECK(CardExpiry::expiryUnder(Law::CitizenIdentification2014, dob, QDate(2021, 3, 1)) == ExpiryDate::on(QDate(2030, 5, 10)));
    CHECK(CardExpiry::expiryUnder(Law::CitizenIdentification2014, dob, QDate(2040, 1, 1)) == ExpiryDate::on(QDate(2050, 5, 10)));
    CHECK(CardExpiry::expiryUnder(Law::CitizenIdentification2014, dob, QDate(2049, 1, 1)) == ExpiryDate::never());
}

TEST_CASE("a card issued within 2 years before a renewal age lasts to the next one")
{
    const QDate dob(1990, 5, 10);
    // Age 23 years and a day: within 2 years of 25 → valid until 40.
    CHECK(CardExpiry::expiryUnder(Law::CitizenIdentification2014, dob, QDate(2013, 5, 11)) == ExpiryDate::on(QDate(2030, 5, 10)));
    // One day short of 23: still renewed at 25.
    CHECK(CardExpiry::expiryUnder(Law::CitizenIdentification2014, dob, QDate(2013, 5, 9)) == ExpiryDate::on(QDate(2015, 5, 10)));
    // Age 38 and a half: valid until 60. Age 58 and more: no expiry.
    CHECK(CardExpiry::expiryUnder(Law::CitizenIdentification2014, dob, QDate(2028, 11, 1)) == ExpiryDate::on(QDate(2050, 5, 10)));
    CHECK(CardExpiry::expiryUnder(Law::CitizenIdentification2014, dob, QDate(2048, 6, 1)) == ExpiryDate::never());
}

TEST_CASE("the 2023 law adds the age of 14")
{
    const QDate dob(2015, 9, 1);
    CHECK(CardExpiry::expiryUnder(Law::Identification2023, dob, QDate(2024, 9, 1)) == ExpiryDate::on(QDate(2029, 9, 1)));
    CHECK(CardExpiry::expiryUnder(Law::CitizenIdentification2014, dob, QDate(2024, 9, 1)) == ExpiryDate::on(QDate(2040, 9, 1)));
    CHECK(CardExpiry::expiryUnder(Law::Identification2023, dob, QDate(2028, 1, 1)) == ExpiryDate::on(QDate(2040, 9, 1)));
}

TEST_CASE("the law in force follows the issue date")
{
    CHECK(CardExpiry::lawInForce(QDate(2024, 6, 30)) == Law::CitizenIdentification2014);
    CHECK(CardExpiry::lawInForce(QDate(2024, 7, 1)) == Law::Identification2023);
}

TEST_CASE("candidates: the likely expiry first, alternatives after, no duplicates")
{
    const QList<ExpiryCandidate> c = CardExpiry::candidates(QDate(2015, 9, 1), QDate(2024, 9, 1));
    REQUIRE(c.size() >= 2);
    CHECK(c.at(0).expiry == ExpiryDate::on(QDate(2029, 9, 1)));
    CHECK(c.at(0).basis == QStringLiteral("law2023"));
    CHECK(c.at(1).expiry == ExpiryDate::on(QDate(2040, 9, 1)));
    for (qsizetype i = 0; i < c.size(); ++i)
        for (qsizetype j = i + 1; j < c.size(); ++j)
            CHECK_FALSE(c.at(i).expiry == c.at(j).expiry);
}

TEST_CASE("candidates near the 2-year edge include the other side")
{
    const QDate dob(1990, 5, 10);
    const QList<ExpiryCandidate> c = CardExpiry::candidates(dob, QDate(2013, 5, 20));
    REQUIRE(c.size() == 2);
    CHECK(c.at(0).expiry == ExpiryDate::on(QDate(2030, 5, 10)));
    CHECK(c.at(1).expiry == ExpiryDate::on(QDate(2015, 5, 10)));
    CHECK(c.at(1).basis == QStringLiteral("issueBoundary"));
}

TEST_CASE("no expiry is a candidate in its own right")
{
    const QList<ExpiryCandidate> c = CardExpiry::candidates(QDate(1950, 1, 1), QDate(2021, 6, 1));
    REQUIRE(c.size() == 1);
    CHECK(c.first().expiry.kind == ExpiryDate::Kind::Never);
}

TEST_CASE("someone born on 29 February also gets 1 March")
{
    const QList<ExpiryCandidate> c = CardExpiry::candidates(QDate(2000, 2, 29), QDate(2021, 6, 1));
    REQUIRE(c.size() == 2);
    CHECK(c.at(0).expiry == ExpiryDate::on(QDate(2025, 2, 28)));
    CHECK(c.at(1).expiry == ExpiryDate::on(QDate(2025, 3, 1)));
    CHECK(c.at(1).basis == QStringLiteral("leapDay"));
}

TEST_CASE("invalid input gives no candidate rather than a guess")
{
    CHECK(CardExpiry::candidates(QDate(), QDate(2021, 1, 1)).isEmpty());
    CHECK(CardExpiry::candidates(QDate(2000, 1, 1), QDate()).isEmpty());
    CHECK(CardExpiry::candidates(QDate(2000, 1, 1), QDate(1999, 1, 1)).isEmpty());
    CHECK_FALSE(CardExpiry::expiryUnder(Law::Identification2023, QDate(), QDate(2021, 1, 1)).isKnown());
}
