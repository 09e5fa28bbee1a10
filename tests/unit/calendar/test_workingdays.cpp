#include "TestSupport.h"
#include "calendar/WorkingDays.h"

#include <catch2/catch.hpp>

using namespace motcua;
using namespace motcua::calendar;

namespace {

QDateTime at(int year, int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute));
}

QDate due(const WorkingCalendar &calendar, const QDateTime &received, int days)
{
    const auto date = calendar.appointmentDate(received, days);
    REQUIRE(date.ok());
    return *date;
}

} // namespace

TEST_CASE("working days: weekdays, days off, make-up Saturdays")
{
    const WorkingCalendar calendar;
    CHECK(*calendar.isWorkingDay(QDate(2025, 3, 10)));        // Monday
    CHECK_FALSE(*calendar.isWorkingDay(QDate(2025, 3, 8)));   // Saturday
    CHECK_FALSE(*calendar.isWorkingDay(QDate(2025, 3, 9)));   // Sunday
    CHECK_FALSE(*calendar.isWorkingDay(QDate(2025, 4, 30)));  // Reunification Day
    CHECK_FALSE(*calendar.isWorkingDay(QDate(2025, 5, 2)));   // announced swap
    CHECK(*calendar.isWorkingDay(QDate(2025, 4, 26)));        // make-up Saturday
    CHECK(*calendar.isWorkingDay(QDate(2025, 2, 3)));         // compensation cancelled by the announcement
    CHECK_FALSE(calendar.isWorkingDay(QDate(1899, 6, 1)).ok());
}

TEST_CASE("appointment dates across weekends")
{
    const WorkingCalendar calendar;
    CHECK(due(calendar, at(2025, 3, 7, 9), 1) == QDate(2025, 3, 10));  // Friday + 1 -> Monday
    CHECK(due(calendar, at(2025, 3, 8, 9), 0) == QDate(2025, 3, 10));  // Saturday counts from Monday
    CHECK(due(calendar, at(2025, 3, 8, 9), 2) == QDate(2025, 3, 12));
    CHECK(due(calendar, at(2025, 3, 10, 9), 5) == QDate(2025, 3, 17)); // a full week
}

TEST_CASE("office hours: after closing counts from the next working day")
{
    const WorkingCalendar calendar;
    CHECK(due(calendar, at(2025, 3, 10, 16, 59), 0) == QDate(2025, 3, 10));
    CHECK(due(calendar, at(2025, 3, 10, 17, 0), 0) == QDate(2025, 3, 11));
    CHECK(due(calendar, at(2025, 3, 10, 6, 0), 0) == QDate(2025, 3, 10)); // before opening: same day
    CHECK(due(calendar, at(2025, 3, 14, 18, 0), 1) == QDate(2025, 3, 18)); // Friday evening
    // Configurable hours: a counter closing at 11:30.
    const WorkingCalendar morning(HolidayCalendar(), OfficeHours{QTime(7, 30), QTime(11, 30)});
    CHECK(due(morning, at(2025, 3, 10, 12, 0), 0) == QDate(2025, 3, 11));
}

TEST_CASE("appointment dates across Tết and the 30/4 swap (2025 as announced)")
{
    const WorkingCalendar calendar;
    // Friday 24 Jan + 3: 25/1-2/2 off, Monday 3 Feb is a working day.
    CHECK(due(calendar, at(2025, 1, 24, 9), 3) == QDate(2025, 2, 5));
    // Received during Tết: counts from Monday 3 Feb.
    CHECK(due(calendar, at(2025, 1, 29, 9), 0) == QDate(2025, 2, 3));
    // Tuesday 29 Apr + 1: 30/4, 1/5, 2/5 off, weekend -> Monday 5 May.
    CHECK(due(calendar, at(2025, 4, 29, 16, 59), 1) == QDate(2025, 5, 5));
    CHECK(due(calendar, at(2025, 4, 29, 17, 30), 0) == QDate(2025, 5, 5));
    // Friday 25 Apr + 1: the make-up Saturday 26 Apr is a working day.
    CHECK(due(calendar, at(2025, 4, 25, 10), 1) == QDate(2025, 4, 26));
    // Across a year boundary: Wednesday 31 Dec 2025 + 1 -> 1/1 and 2/1 off, 3-4/1 weekend -> 5/1.
    CHECK(due(calendar, at(2025, 12, 31, 10), 1) == QDate(2026, 1, 5));
}

TEST_CASE("bad input is an error, never a silent default")
{
    const WorkingCalendar calendar;
    CHECK(calendar.appointmentDate(at(2025, 3, 10, 9), -1).error().code == QStringLiteral("calendar.days.invalid"));
    CHECK(calendar.appointmentDate(QDateTime(), 1).error().code == QStringLiteral("calendar.received.invalid"));
    const WorkingCalendar inverted(HolidayCalendar(), OfficeHours{QTime(17, 0), QTime(7, 30)});
    CHECK(inverted.appointmentDate(at(2025, 3, 10, 9), 1).error().code == QStringLiteral("calendar.hours.invalid"));
    // Counting past the end of the rules table.
    CHECK(calendar.appointmentDate(at(2100, 12, 29, 9), 10).error().code == QStringLiteral("calendar.rules.none"));
}
