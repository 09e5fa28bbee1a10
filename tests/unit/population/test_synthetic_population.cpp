#include "TestSupport.h"
#include "identity/PersonalId.h"
#include "population/SyntheticPopulation.h"
#include "text/Folding.h"

#include <catch2/catch.hpp>

#include <QSet>

using namespace motcua;
using motcua::population::SyntheticPopulation;

TEST_CASE("a citizen is a pure function of seed and index")
{
    const SyntheticPopulation a, b;
    CHECK(a.citizen(12345) == b.citizen(12345));
    CHECK_FALSE(a.citizen(12345) == a.citizen(12346));
    const SyntheticPopulation other(42);
    CHECK_FALSE(other.citizen(12345) == a.citizen(12345));
}

TEST_CASE("synthetic IDs are valid, unique and agree with date of birth and sex")
{
    const SyntheticPopulation population;
    QSet<QString> seen;
    for (qint64 i = 0; i < 20000; ++i) {
        const Person p = population.citizen(i);
        const QString id = p.text(PersonKey::id12);
        INFO("index " << i);
        REQUIRE(PersonalId::validate(id, population.today()).ok());
        REQUIRE(PersonalId::checkAgainst(id, p.date(PersonKey::dateOfBirth), p.text(PersonKey::sex), population.today()).isEmpty());
        REQUIRE_FALSE(seen.contains(id));
        seen.insert(id);
        REQUIRE(p.source(PersonKey::fullName) == FieldSource::PopulationRegistry);
        REQUIRE(p.date(PersonKey::dateOfBirth) <= population.today());
    }
}

TEST_CASE("children carry their parents' names and the father's family name")
{
    const SyntheticPopulation population;
    for (qint64 household = 0; household < 200; ++household) {
        const qint64 first = household * SyntheticPopulation::kHouseholdSize;
        const Person head = population.citizen(first), spouse = population.citizen(first + 1);
        const Person &father = head.text(PersonKey::sex) == QLatin1String("male") ? head : spouse;
        const Person &mother = head.text(PersonKey::sex) == QLatin1String("male") ? spouse : head;
        REQUIRE(father.text(PersonKey::sex) == QLatin1String("male"));
        REQUIRE(mother.text(PersonKey::sex) == QLatin1String("female"));
        CHECK(head.text(PersonKey::spouseName) == spouse.text(PersonKey::fullName));
        for (int c = 2; c < SyntheticPopulation::kHouseholdSize; ++c) {
            const Person child = population.citizen(first + c);
            CHECK(child.text(PersonKey::fatherName) == father.text(PersonKey::fullName));
            CHECK(child.text(PersonKey::motherName) == mother.text(PersonKey::fullName));
            CHECK(child.text(PersonKey::fullName).section(QLatin1Char(' '), 0, 0)
                  == father.text(PersonKey::fullName).section(QLatin1Char(' '), 0, 0));
            CHECK(child.text(PersonKey::householdId) == head.text(PersonKey::householdId));
            CHECK(child.date(PersonKey::dateOfBirth) > mother.date(PersonKey::dateOfBirth));
        }
    }
}

TEST_CASE("family names follow the real shares")
{
    const SyntheticPopulation population;
    int nguyen = 0;
    const int count = 20000;
    for (qint64 i = 0; i < count; ++i)
        nguyen += text::foldedWords(population.citizen(i).text(PersonKey::fullName)).first() == QLatin1String("nguyen");
    // Nguyễn is about 38% of Vietnamese; children take the father's name, so allow a band.
    CHECK(nguyen > count * 0.33);
    CHECK(nguyen < count * 0.43);
}
