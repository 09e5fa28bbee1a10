#include "calendar/HolidayRules.h"

#include <QCoreApplication>

#include <array>

namespace motcua::calendar {

namespace {

// One row per text in force, oldest first, contiguous from 1900-01-01 to 2100-12-31 (a unit test
// checks there is no gap). Where a text gives half a day (the afternoon before a holiday), the
// half day is not a day off here: the office is open that morning, so it is a working day for
// counting. Texts were read in published copies of the law (named per row).
constexpr std::array kRules{
    // Before the Democratic Republic's first holiday list: no Vietnamese state law to follow.
    // Only New Year's Day and Tết (the customary first three days of the lunar year) are kept;
    // approximate: not verified against the law text (colonial administration rules not found).
    HolidayRules{.firstDay = {1900, 1, 1}, .lastDay = {1946, 3, 4}, .week = WorkingWeek::SixDays,
                 .tetDaysBeforeNewYear = 0, .tetDaysFromNewYear = 3,
                 .approximate = true,
                 .law = "no state holiday law (customary New Year and Tet only)"},
    // Decree 22/SL of 18 Feb 1946 (in force 5 Mar 1946) lists Tết, New Year, Hùng Vương, Labour
    // Day, Independence Day (2/9) and other commemorations and religious feasts whose day counts
    // were not found. Kept: the holidays later texts confirm, with 2 Tết days as in 1951-1977;
    // approximate: not verified against the law text.
    HolidayRules{.firstDay = {1946, 3, 5}, .lastDay = {1951, 2, 16}, .week = WorkingWeek::SixDays,
                 .tetDaysBeforeNewYear = 0, .tetDaysFromNewYear = 2,
                 .hungKings = true, .labourDay = true, .nationalDay = NationalDayRule::OneDay,
                 .approximate = true,
                 .law = "Decree 22/SL of 1946 (day counts not verified)"},
    // Circular 71-TTg of 17 Feb 1951: 1/1; Tết: the 1st lunar day "and one day before or after"
    // (here the 2nd, the day the 1959 decree names); Buddha's birthday 8/4 lunar; 1/5; 2/9;
    // Christmas 25/12. No compensatory days.
    HolidayRules{.firstDay = {1951, 2, 17}, .lastDay = {1959, 2, 11}, .week = WorkingWeek::SixDays,
                 .tetDaysBeforeNewYear = 0, .tetDaysFromNewYear = 2,
                 .labourDay = true, .nationalDay = NationalDayRule::OneDay,
                 .buddhasBirthday = true, .christmas = true,
                 .law = "Circular 71-TTg of 1951"},
    // Decree 028-TTg of 28 Jan 1959 (in force 12 Feb 1959), art. 2: Tết 2.5 days (the afternoon
    // of the last day, the 1st and 2nd), 1/1, Buddha's birthday, 1/5, 2/9, Christmas; "if a holiday
    // falls on Sunday there is no compensatory day". A text of the North (Democratic Republic);
    // the South's calendar of 1954-1975 is not modelled.
    HolidayRules{.firstDay = {1959, 2, 12}, .lastDay = {1977, 1, 21}, .week = WorkingWeek::SixDays,
                 .tetDaysBeforeNewYear = 0, .tetDaysFromNewYear = 2,
                 .labourDay = true, .nationalDay = NationalDayRule::OneDay,
                 .buddhasBirthday = true, .christmas = true,
                 .law = "Decree 028-TTg of 1959"},
    // Decree 13-CP of 22 Jan 1977, art. 1: 1/1; Tết 3 days (the last day of the year, the 1st and
    // 2nd); Labour Day 1.5 days (the afternoon of 30/4 and 1/5: 30/4 is no full day off); National
    // Day 2 days (2/9 and 3/9); "if a holiday falls on Sunday there is no compensatory day". Taken
    // to stay in force until the Labour Code 1994; no amendment between was found.
    HolidayRules{.firstDay = {1977, 1, 22}, .lastDay = {1994, 12, 31}, .week = WorkingWeek::SixDays,
                 .tetDaysBeforeNewYear = 1, .tetDaysFromNewYear = 2,
                 .labourDay = true, .nationalDay = NationalDayRule::WithThirdSeptember,
                 .law = "Decree 13-CP of 1977"},
    // Labour Code 1994 art. 73 (in force 1 Jan 1995): 1/1, Tết 4 days (the last day of the old year
    // and the first 3 of the new), 30/4, 1/5, 2/9; a holiday on the weekly rest day gives the next
    // day off. Six-day week: Saturday worked until Decision 188/1999/QĐ-TTg of 17 Sep 1999 (Art. 1:
    // 40 hours in 5 days, Saturday and Sunday off; from 2 Oct 1999 per Nhân Dân, 29 Aug 1999).
    HolidayRules{.firstDay = {1995, 1, 1}, .lastDay = {1999, 10, 1}, .week = WorkingWeek::SixDays,
                 .tetDaysBeforeNewYear = 1, .tetDaysFromNewYear = 3,
                 .victoryDay = true, .labourDay = true, .nationalDay = NationalDayRule::OneDay,
                 .compensatesRestDay = true,
                 .law = "Labour Code 1994 art. 73 (six-day week)"},
    HolidayRules{.firstDay = {1999, 10, 2}, .lastDay = {2006, 12, 31}, .week = WorkingWeek::FiveDays,
                 .tetDaysBeforeNewYear = 1, .tetDaysFromNewYear = 3,
                 .victoryDay = true, .labourDay = true, .nationalDay = NationalDayRule::OneDay,
                 .compensatesRestDay = true,
                 .law = "Labour Code 1994 art. 73 (amended 2002); Decision 188/1999/QD-TTg"},
    // Law 84/2007/QH11 amending art. 73: Hùng Kings' day (10/3 lunar) from 2007.
    HolidayRules{.firstDay = {2007, 1, 1}, .lastDay = {2012, 12, 31}, .week = WorkingWeek::FiveDays,
                 .tetDaysBeforeNewYear = 1, .tetDaysFromNewYear = 3, .hungKings = true,
                 .victoryDay = true, .labourDay = true, .nationalDay = NationalDayRule::OneDay,
                 .compensatesRestDay = true,
                 .law = "Labour Code 1994 art. 73 (amended by Law 84/2007/QH11)"},
    // Labour Code 2012 art. 115: Tết 5 days from Tết 2013 (the government picks the split; the
    // default here is the last day of the old year and the first 4 of the new).
    HolidayRules{.firstDay = {2013, 1, 1}, .lastDay = {2020, 12, 31}, .week = WorkingWeek::FiveDays,
                 .tetDaysBeforeNewYear = 1, .tetDaysFromNewYear = 4, .hungKings = true,
                 .victoryDay = true, .labourDay = true, .nationalDay = NationalDayRule::OneDay,
                 .compensatesRestDay = true,
                 .law = "Labour Code 2012 art. 115"},
    // Labour Code 2019 art. 112 (in force 1 Jan 2021): Tết 5 days, National Day 2 days (2/9 and
    // 1/9 or 3/9); art. 111(3): a holiday on the weekly rest day is compensated on the next
    // working day.
    HolidayRules{.firstDay = {2021, 1, 1}, .lastDay = {2100, 12, 31}, .week = WorkingWeek::FiveDays,
                 .tetDaysBeforeNewYear = 1, .tetDaysFromNewYear = 4, .hungKings = true,
                 .victoryDay = true, .labourDay = true, .nationalDay = NationalDayRule::WithAdjacentDay,
                 .compensatesRestDay = true,
                 .law = "Labour Code 2019 art. 112"},
};

constexpr int kFirstYear = kRules.front().firstDay.year;
constexpr int kLastYear = kRules.back().lastDay.year;

} // namespace

bool HolidayRules::isWeeklyRestDay(const QDate &date) const
{
    switch (week) {
    case WorkingWeek::SixDays:
        return date.dayOfWeek() == Qt::Sunday;
    case WorkingWeek::FiveDays:
        return date.dayOfWeek() == Qt::Saturday || date.dayOfWeek() == Qt::Sunday;
    }
    return false;
}

QList<HolidayRules> allHolidayRules()
{
    return QList<HolidayRules>(kRules.cbegin(), kRules.cend());
}

Result<HolidayRules> holidayRulesOn(const QDate &date)
{
    for (const HolidayRules &rules : kRules) {
        if (rules.covers(date))
            return rules;
    }
    const QString day = date.toString(Qt::ISODate);
    return Error{QStringLiteral("calendar.rules.none"),
                 QCoreApplication::translate("HolidayCalendar", "There are no public holiday rules for %1 "
                                                                "(supported: %2 to %3).")
                     .arg(day)
                     .arg(kFirstYear)
                     .arg(kLastYear),
                 QStringLiteral("holidayRulesOn(%1)").arg(day)};
}

Result<QList<HolidayRules>> holidayRulesFor(int year)
{
    QList<HolidayRules> inForce;
    for (const HolidayRules &rules : kRules) {
        if (rules.firstDay.year <= year && rules.lastDay.year >= year)
            inForce.append(rules);
    }
    if (inForce.isEmpty())
        return Error{QStringLiteral("calendar.rules.none"),
                     QCoreApplication::translate("HolidayCalendar", "There are no public holiday rules for the "
                                                                    "year %1 (supported: %2 to %3).")
                         .arg(year)
                         .arg(kFirstYear)
                         .arg(kLastYear),
                     QStringLiteral("holidayRulesFor(%1)").arg(year)};
    return inForce;
}

bool isWeeklyRestDay(const QDate &date)
{
    if (date < kRules.front().from())
        return kRules.front().isWeeklyRestDay(date);
    for (const HolidayRules &rules : kRules) {
        if (rules.covers(date))
            return rules.isWeeklyRestDay(date);
    }
    return kRules.back().isWeeklyRestDay(date);
}

} // namespace motcua::calendar
