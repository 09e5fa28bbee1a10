#include "TestSupport.h"
#include "calendar/Holidays.h"

#include <catch2/catch.hpp>

using namespace motcua;
using namespace motcua::calendar;

namespace {

// "MM-dd kind" for each day off: compact enough to compare a whole year at a glance.
QStringList summary(int year)
{
    const auto days = statutoryDaysOff(year);
    REQUIRE(days.ok());
    QStringList lines;
    for (const DayOff &day : *days)
        lines << day.date.toString(QStringLiteral("MM-dd ")) + dayOffKindName(day.kind);
    return lines;
}

QStringList lines(std::initializer_list<const char *> items)
{
    QStringList result;
    for (const char *item : items)
        result << QString::fromUtf8(item);
    return result;
}

} // namespace

// 2022 under the Labour Code 2019, every holiday as announced: New Year 1-3 Jan and Tết 31 Jan-4 Feb
// (SGGP 2021-12-05, "Ministry submits Tet holiday schedule"; publicholidays.vn/tet), Hùng Kings on
// Sunday 10 Apr observed Monday 11 Apr (boxhoidap.com holiday list "Hùng Kings' Festival Mon,
// Apr 11"), 30/4 and 1/5 on a weekend compensated Monday and Tuesday, 2/9 on Friday with 1/9.
TEST_CASE("2022: a full year of statutory days off, weekend holidays compensated")
{
    CHECK(summary(2022) == lines({"01-01 holiday", "01-03 compensatory", "01-31 holiday", "02-01 holiday",
                                  "02-02 holiday", "02-03 holiday", "02-04 holiday", "04-10 holiday",
                                  "04-11 compensatory", "04-30 holiday", "05-01 holiday", "05-02 compensatory",
                                  "05-03 compensatory", "09-01 holiday", "09-02 holiday"}));
}

// 2024: Tết on Saturday 10 Feb; the two weekend Tết days push the break to Thursday 15 Feb, as
// publicholidays.vn lists it ("2024 9 Feb to 15 Feb"). 2/9 on Monday takes Tuesday 3/9.
TEST_CASE("2024: Tết over a weekend is compensated after the Tết days")
{
    CHECK(summary(2024) == lines({"01-01 holiday", "02-09 holiday", "02-10 holiday", "02-11 holiday",
                                  "02-12 holiday", "02-13 holiday", "02-14 compensatory", "02-15 compensatory",
                                  "04-18 holiday", "04-30 holiday", "05-01 holiday", "09-02 holiday",
                                  "09-03 holiday"}));
}

TEST_CASE("the law in force decides the number of Tết days and the holidays")
{
    // Labour Code 2012: 5 Tết days, one day for National Day. 2019: publicholidays.vn "4 Feb to 8 Feb".
    const QStringList y2019 = summary(2019);
    CHECK(y2019.filter(QStringLiteral("02-0")) == lines({"02-04 holiday", "02-05 holiday", "02-06 holiday",
                                                         "02-07 holiday", "02-08 holiday"}));
    CHECK(y2019.filter(QStringLiteral("09-")) == lines({"09-02 holiday"}));
    // Labour Code 1994 (amended 2007): 4 Tết days, Hùng Kings' day included.
    const auto y2010 = statutoryDaysOff(2010);
    REQUIRE(y2010.ok());
    CHECK(std::count_if(y2010->cbegin(), y2010->cend(), [](const DayOff &d) {
              return d.kind == DayOffKind::Holiday && d.nameVi == QStringLiteral("Tết Nguyên Đán");
          }) == 4);
    // Before 2007: no Hùng Kings' day.
    const auto y2006 = statutoryDaysOff(2006);
    REQUIRE(y2006.ok());
    CHECK(std::none_of(y2006->cbegin(), y2006->cend(),
                       [](const DayOff &d) { return d.nameVi == QStringLiteral("Giỗ Tổ Hùng Vương"); }));
    CHECK(holidayRulesFor(2021)->front().nationalDay == NationalDayRule::WithAdjacentDay);
    CHECK(holidayRulesFor(2020)->front().nationalDay == NationalDayRule::OneDay);
}

TEST_CASE("compensatory days: Saturday 2/9 and Sunday Hùng Kings' day")
{
    // 2023: 2/9 on Saturday with 1/9 Friday; Monday 4/9 compensates.
    CHECK(summary(2023).filter(QStringLiteral("09-")) == lines({"09-01 holiday", "09-02 holiday", "09-04 compensatory"}));
    // 2026: Hùng Kings' day on Sunday 26 April, Monday 27 April off (thanhnien.vn, 2026-02-23).
    CHECK(summary(2026).filter(QStringLiteral("04-2")) == lines({"04-26 holiday", "04-27 compensatory"}));
}

TEST_CASE("the National Day adjacent day joins the weekend")
{
    CHECK(nationalDayAdjacentDay(2025) == QDate(2025, 9, 1)); // Tuesday 2/9 -> Monday
    CHECK(nationalDayAdjacentDay(2021) == QDate(2021, 9, 3)); // Thursday -> Friday
    CHECK(nationalDayAdjacentDay(2024) == QDate(2024, 9, 3)); // Monday -> Tuesday, never Sunday 1/9
    CHECK(nationalDayAdjacentDay(2029) == QDate(2029, 9, 3)); // Sunday -> Monday
    for (int year = 2021; year <= 2100; ++year)
        CHECK(std::abs(nationalDayAdjacentDay(year).daysTo(QDate(year, 9, 2))) == 1);
}

TEST_CASE("every day off has names, and years without rules are errors")
{
    for (int year = 1900; year <= 2100; ++year) {
        const auto days = statutoryDaysOff(year);
        REQUIRE(days.ok());
        for (const DayOff &day : *days) {
            CHECK(day.date.year() == year);
            CHECK_FALSE(day.nameVi.isEmpty());
            CHECK_FALSE(day.nameEn.isEmpty());
            CHECK_FALSE(day.localizedName().isEmpty());
            CHECK((day.kind == DayOffKind::Holiday || !isWeeklyRestDay(day.date)));
        }
    }
    const auto before = statutoryDaysOff(1899);
    REQUIRE_FALSE(before.ok());
    CHECK(before.error().code == QStringLiteral("calendar.rules.none"));
    CHECK_FALSE(statutoryDaysOff(2101).ok());
}
