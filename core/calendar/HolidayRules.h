#pragma once
// The law on public holidays and the weekly rest day, as a table of rows by date range
// (HolidayRules.cpp), 1900-01-01 to 2100-12-31. A change of the law is a new row, not a new branch
// in the code: what a row says (which holidays, how many Tết days, compensatory days, five- or
// six-day week) is data. Rows before 1995 are only as good as the texts found; a row that could not
// be checked against the law text says so (`approximate`), and callers show that to the clerk.
#include "common/Result.h"

#include <QDate>
#include <QList>

namespace motcua::calendar {

// A calendar date usable in a constexpr table (QDate's constructor is not constexpr).
struct CivilDate {
    int year = 0;
    int month = 0;
    int day = 0;
    QDate toQDate() const { return QDate(year, month, day); }
};

enum class WorkingWeek {
    SixDays,  // Monday to Saturday; Sunday is the only weekly rest day (until 1 October 1999)
    FiveDays, // Monday to Friday; Saturday and Sunday are rest days (civil servants, from 2 October 1999)
};

enum class NationalDayRule {
    None,               // before the Democratic Republic's first holiday list (1946)
    OneDay,             // 2/9
    WithThirdSeptember, // 2/9 and 3/9 (Decree 13-CP, 1977)
    WithAdjacentDay,    // 2/9 and 1/9 or 3/9 as the government announces (Labour Code 2019)
};

struct HolidayRules {
    CivilDate firstDay;
    CivilDate lastDay;
    WorkingWeek week = WorkingWeek::FiveDays;
    int tetDaysBeforeNewYear = 0; // the last day(s) of the old lunar year
    int tetDaysFromNewYear = 0;   // counting the 1st day of the 1st lunar month
    bool newYear = true;          // 1/1
    bool hungKings = false;       // 10th day of the 3rd lunar month
    bool victoryDay = false;      // 30/4 (a full day off)
    bool labourDay = false;       // 1/5
    NationalDayRule nationalDay = NationalDayRule::None;
    bool buddhasBirthday = false; // 8th day of the 4th lunar month (1951-1977)
    bool christmas = false;       // 25/12 (1951-1977)
    bool compensatesRestDay = false; // a holiday on the weekly rest day gives the next working day off
    bool approximate = false;        // not verified against the law text (see the row's comment)
    const char *law = "";            // the text the row follows (English, for logs and warnings)

    QDate from() const { return firstDay.toQDate(); }
    QDate until() const { return lastDay.toQDate(); }
    bool covers(const QDate &date) const { return date >= from() && date <= until(); }
    bool isWeeklyRestDay(const QDate &date) const;
};

// The whole table, oldest first (for checks and listings).
QList<HolidayRules> allHolidayRules();

// The row in force on a date, or "calendar.rules.none" outside 1900-01-01..2100-12-31.
Result<HolidayRules> holidayRulesOn(const QDate &date);

// The rows in force during a solar year, in date order (two when the law changed that year),
// or "calendar.rules.none" outside 1900..2100.
Result<QList<HolidayRules>> holidayRulesFor(int year);

// The weekly rest day(s) under the rules in force on that date: Sunday before 2 October 1999,
// Saturday and Sunday since. Dates outside the table use its nearest row.
bool isWeeklyRestDay(const QDate &date);

} // namespace motcua::calendar
