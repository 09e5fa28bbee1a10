#include "TestSupport.h"
#include "calendar/HolidayCalendar.h"
#include "calendar/HolidayRules.h"
#include "calendar/WorkingDays.h"

#include <catch2/catch.hpp>

using namespace motcua;
using namespace motcua::calendar;

// The law before 2000, from the texts named in HolidayRules.cpp: Decree 13-CP of 1977, the Labour
// Code 1994 art. 73 and Decision 188/1999/QĐ-TTg (five-day week from Saturday 2 October 1999).

namespace {

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

bool working(const QDate &date)
{
    const auto result = WorkingCalendar().isWorkingDay(date);
    REQUIRE(result.ok());
    return *result;
}

} // namespace

TEST_CASE("the rules table covers 1900-01-01 to 2100-12-31 without gap or overlap")
{
    const QList<HolidayRules> table = allHolidayRules();
    REQUIRE_FALSE(table.isEmpty());
    CHECK(table.front().from() == QDate(1900, 1, 1));
    CHECK(table.back().until() == QDate(2100, 12, 31));
    for (qsizetype i = 0; i < table.size(); ++i) {
        INFO("row " << i << ": " << table[i].law);
        CHECK(table[i].from().isValid());
        CHECK(table[i].from() <= table[i].until());
        if (i > 0)
            CHECK(table[i - 1].until().addDays(1) == table[i].from());
    }
    CHECK(holidayRulesOn(QDate(1899, 12, 31)).error().code == QStringLiteral("calendar.rules.none"));
    CHECK(holidayRulesOn(QDate(2101, 1, 1)).error().code == QStringLiteral("calendar.rules.none"));
}

// 1985 under Decree 13-CP (1977): Tết is the last day of the year and the 1st and 2nd days, on the
// Vietnamese dates (Tết 21 January 1985 at UTC+7, where China's is 20 February); 2/9 and 3/9; no
// full day for 30/4 (only its afternoon); no compensatory day for Sunday 20 January.
TEST_CASE("1985: Tết on the Vietnamese dates, the 1977 holiday list, no compensatory days")
{
    CHECK(summary(1985) == lines({"01-01 holiday", "01-20 holiday", "01-21 holiday", "01-22 holiday",
                                  "05-01 holiday", "09-02 holiday", "09-03 holiday"}));
    const auto rules = holidayRulesOn(QDate(1985, 6, 1));
    REQUIRE(rules.ok());
    CHECK(rules->week == WorkingWeek::SixDays);
    CHECK_FALSE(rules->compensatesRestDay);
    CHECK_FALSE(rules->approximate);
}

TEST_CASE("1984: holidays on Sunday are not compensated before the Labour Code 1994")
{
    // 1/1/1984 and 2/9/1984 were Sundays.
    CHECK(summary(1984).filter(QStringLiteral("compensatory")).isEmpty());
    CHECK(summary(1984).contains(QStringLiteral("09-02 holiday")));
}

TEST_CASE("six-day week: Saturdays are working days before 2 October 1999")
{
    CHECK(working(QDate(1985, 3, 9)));        // Saturday
    CHECK_FALSE(working(QDate(1985, 3, 10))); // Sunday
    CHECK_FALSE(working(QDate(1985, 1, 21))); // Tết
    CHECK(isWeeklyRestDay(QDate(1985, 3, 10)));
    CHECK_FALSE(isWeeklyRestDay(QDate(1985, 3, 9)));
    // Received on Saturday 19 January 1985, one working day: Sunday, then Tết 21-22 January.
    const auto due = WorkingCalendar().appointmentDate(QDateTime(QDate(1985, 1, 19), QTime(9, 0)), 1);
    REQUIRE(due.ok());
    CHECK(*due == QDate(1985, 1, 23));
}

// 1998 under the Labour Code 1994 art. 73: 1/1, Tết 4 days (27-30 January, Tết 28 January 1998),
// 30/4, 1/5, 2/9; no holiday fell on a Sunday.
TEST_CASE("1998: Labour Code 1994 with the six-day week")
{
    CHECK(summary(1998) == lines({"01-01 holiday", "01-27 holiday", "01-28 holiday", "01-29 holiday",
                                  "01-30 holiday", "04-30 holiday", "05-01 holiday", "09-02 holiday"}));
    CHECK(working(QDate(1998, 3, 7)));        // Saturday
    CHECK_FALSE(working(QDate(1998, 3, 8)));  // Sunday
}

TEST_CASE("1995: a holiday on Sunday is compensated, on Saturday it is not (six-day week)")
{
    // 1/1 on Sunday -> Monday 2/1; 30/4 on Sunday with 1/5 on Monday -> Tuesday 2/5; 2/9 on
    // Saturday, a working day then: nothing to compensate.
    const QStringList y1995 = summary(1995);
    CHECK(y1995.filter(QStringLiteral("01-0")) == lines({"01-01 holiday", "01-02 compensatory"}));
    CHECK(y1995.filter(QStringLiteral("04-30")) == lines({"04-30 holiday"}));
    CHECK(y1995.filter(QStringLiteral("05-0")) == lines({"05-01 holiday", "05-02 compensatory"}));
    CHECK(y1995.filter(QStringLiteral("09-")) == lines({"09-02 holiday"}));
}

TEST_CASE("1999: the five-day week begins on Saturday 2 October 1999")
{
    CHECK(working(QDate(1999, 9, 25)));        // the last working Saturday
    CHECK_FALSE(working(QDate(1999, 10, 2)));  // the first Saturday off
    CHECK_FALSE(working(QDate(1999, 10, 9)));
    CHECK(isWeeklyRestDay(QDate(1999, 10, 2)));
    CHECK_FALSE(isWeeklyRestDay(QDate(1999, 9, 25)));
    // 1/5/1999 was a Saturday, a working day then: no compensatory day.
    CHECK(summary(1999).filter(QStringLiteral("05-")) == lines({"05-01 holiday"}));
    const auto rules = holidayRulesFor(1999);
    REQUIRE(rules.ok());
    REQUIRE(rules->size() == 2);
    CHECK(rules->at(0).week == WorkingWeek::SixDays);
    CHECK(rules->at(0).until() == QDate(1999, 10, 1));
    CHECK(rules->at(1).week == WorkingWeek::FiveDays);
    // Friday 1 October 1999 + 1 working day: Saturday 2 October is already off.
    const auto due = WorkingCalendar().appointmentDate(QDateTime(QDate(1999, 10, 1), QTime(9, 0)), 1);
    REQUIRE(due.ok());
    CHECK(*due == QDate(1999, 10, 4));
}

TEST_CASE("1951-1977: Buddha's birthday and Christmas, no Victory Day")
{
    const auto days = statutoryDaysOff(1965);
    REQUIRE(days.ok());
    QStringList names;
    for (const DayOff &day : *days)
        names << day.nameVi;
    CHECK(names.contains(QStringLiteral("Lễ Phật đản")));
    CHECK(names.contains(QStringLiteral("Lễ Giáng sinh")));
    CHECK_FALSE(names.contains(QStringLiteral("Ngày Chiến thắng")));
    CHECK(summary(1965).contains(QStringLiteral("12-25 holiday")));
    // 1977: the 1959 list until 21 January, then Decree 13-CP: no Christmas that year.
    CHECK_FALSE(summary(1977).contains(QStringLiteral("12-25 holiday")));
    CHECK(summary(1977).contains(QStringLiteral("09-03 holiday")));
}

TEST_CASE("1900 and 2100 both work, the oldest rules flagged approximate")
{
    const HolidayCalendar calendar;
    const auto y1900 = calendar.year(1900);
    REQUIRE(y1900.ok());
    CHECK(y1900->isApproximate());
    // Before 1945 no 2/9, no 30/4, no 1/5: New Year and Tết only (Tết 31 January 1900).
    CHECK(summary(1900) == lines({"01-01 holiday", "01-31 holiday", "02-01 holiday", "02-02 holiday"}));
    CHECK(working(QDate(1900, 1, 6))); // Saturday

    const auto y2100 = calendar.year(2100);
    REQUIRE(y2100.ok());
    CHECK_FALSE(y2100->isApproximate());
    CHECK(summary(2100).contains(QStringLiteral("09-02 holiday")));
    CHECK_FALSE(working(QDate(2100, 1, 2))); // Saturday

    CHECK_FALSE(calendar.year(1899).ok());
    CHECK_FALSE(calendar.year(2101).ok());
}

TEST_CASE("a year's approximate flag follows every row in force that year")
{
    for (int year = 1900; year <= 2100; ++year) {
        const auto rules = holidayRulesFor(year);
        REQUIRE(rules.ok());
        const bool anyApproximate =
            std::any_of(rules->cbegin(), rules->cend(), [](const HolidayRules &r) { return r.approximate; });
        CHECK(anyApproximate == (year <= 1951));
    }
}
