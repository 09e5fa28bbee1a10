#include "TestSupport.h"
#include "identity/PersonalId.h"
#include "identity/Sex.h"

#include <catch2/catch.hpp>

using namespace motcua;

namespace {
const QDate kToday(2025, 6, 1);

QString codeOf(const QString &id)
{
    const Status s = PersonalId::validate(id, kToday);
    return s ? QString() : s.error().code;
}
} // namespace

TEST_CASE("a well-formed ID validates")
{
    CHECK(PersonalId::validate(QStringLiteral("001099012345"), kToday).ok());
    CHECK(PersonalId::validate(QStringLiteral("079301000001"), kToday).ok()); // female, 2001
}

TEST_CASE("each structural fault has its own error")
{
    CHECK(codeOf(QStringLiteral("00109901234")) == QStringLiteral("personalId.length.invalid"));
    CHECK(codeOf(QStringLiteral("0010990123456")) == QStringLiteral("personalId.length.invalid"));
    CHECK(codeOf(QString()) == QStringLiteral("personalId.length.invalid"));
    CHECK(codeOf(QStringLiteral("00109901234A")) == QStringLiteral("personalId.nonDigit"));
    CHECK(codeOf(QStringLiteral("001099０12345")) == QStringLiteral("personalId.nonDigit")); // full-width zero
    CHECK(codeOf(QStringLiteral("003099012345")) == QStringLiteral("personalId.province.unknown"));
    CHECK(codeOf(QStringLiteral("001499012345")) == QStringLiteral("personalId.century.invalid")); // 2199
    CHECK(codeOf(QStringLiteral("001699012345")) == QStringLiteral("personalId.century.invalid")); // 2299
    CHECK(codeOf(QStringLiteral("001230012345")) == QStringLiteral("personalId.century.invalid")); // 2030
}

TEST_CASE("errors carry a clerk message and no citizen data in the detail")
{
    const Status s = PersonalId::validate(QStringLiteral("003099012345"), kToday);
    REQUIRE_FALSE(s.ok());
    CHECK_FALSE(s.error().message.isEmpty());
    CHECK_FALSE(s.error().detail.contains(QStringLiteral("099012345")));
}

TEST_CASE("digit 4 gives century and sex")
{
    struct Case { char code; int century; QString sex; };
    const Case cases[] = {{'0', 1900, Sex::male}, {'1', 1900, Sex::female}, {'2', 2000, Sex::male},
                          {'3', 2000, Sex::female}, {'8', 1800, Sex::male}, {'9', 1800, Sex::female}};
    for (const Case &c : cases) {
        const QString id = QStringLiteral("079") + QLatin1Char(c.code) + QStringLiteral("05000001");
        const Result<PersonalIdFacts> facts = PersonalId::facts(id, kToday);
        REQUIRE(facts.ok());
        CHECK(facts->centuryStart == c.century);
        CHECK(facts->birthYear == c.century + 5);
        CHECK(facts->sex == c.sex);
        CHECK(facts->provinceName == QStringLiteral("Hồ Chí Minh"));
    }
}

TEST_CASE("checkAgainst finds no mismatch when the ID agrees")
{
    CHECK(PersonalId::checkAgainst(QStringLiteral("001099012345"), QDate(1999, 3, 14), QStringLiteral("Nam"), kToday).isEmpty());
    CHECK(PersonalId::checkAgainst(QStringLiteral("001301012345"), QDate(2001, 1, 1), Sex::female, kToday).isEmpty());
}

TEST_CASE("checkAgainst names each mismatch")
{
    auto codes = [](const QList<Error> &errors) {
        QStringList out;
        for (const Error &e : errors)
            out.append(e.code);
        return out;
    };
    const QString id = QStringLiteral("001099012345"); // male, 1999
    CHECK(codes(PersonalId::checkAgainst(id, QDate(1998, 3, 14), Sex::male, kToday))
          == QStringList{QStringLiteral("personalId.birthYear.mismatch")});
    CHECK(codes(PersonalId::checkAgainst(id, QDate(2099, 3, 14), Sex::male, kToday))
          == QStringList{QStringLiteral("personalId.century.mismatch")});
    CHECK(codes(PersonalId::checkAgainst(id, QDate(1999, 3, 14), QStringLiteral("Nữ"), kToday))
          == QStringList{QStringLiteral("personalId.sex.mismatch")});
    const QList<Error> all = PersonalId::checkAgainst(id, QDate(2005, 1, 1), Sex::female, kToday);
    CHECK(codes(all).size() == 3);
    for (const Error &e : all)
        CHECK_FALSE(e.message.isEmpty());
}

TEST_CASE("checkAgainst skips what it was not given and reports an invalid ID")
{
    CHECK(PersonalId::checkAgainst(QStringLiteral("001099012345"), QDate(), QString(), kToday).isEmpty());
    const QList<Error> bad = PersonalId::checkAgainst(QStringLiteral("12"), QDate(1999, 1, 1), Sex::male, kToday);
    REQUIRE(bad.size() == 1);
    CHECK(bad.first().code == QStringLiteral("personalId.length.invalid"));
}
