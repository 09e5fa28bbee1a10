#pragma once
// Public holidays for civil servants, as the law sets them by default: the days off per the
// Labour Code in force that year, plus compensatory days when a holiday falls on the weekly rest
// day. What the government announces each year on top (swapped days, make-up Saturdays) comes
// from override files (OverrideFile.h) and is merged by HolidayCalendar.
#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace motcua::calendar {

enum class DayOffKind {
    Holiday,      // a statutory holiday (also listed when it falls on a weekend)
    Compensatory, // nghỉ bù: a holiday fell on Saturday or Sunday
    Announced,    // announced by the government for that year (override file)
};

// Stable lower-case names for JSON and logs: "holiday", "compensatory", "announced".
QString dayOffKindName(DayOffKind kind);

struct DayOff {
    QDate date;
    DayOffKind kind = DayOffKind::Holiday;
    QString nameVi; // the official Vietnamese name, shown on receipts whatever the UI language
    QString nameEn; // English; also the source text for translation (context "HolidayCalendar")

    // The name in the application's language (tr of the English source).
    QString localizedName() const;
    friend bool operator==(const DayOff &, const DayOff &) = default;
};

// A Saturday or a default day off that the government turned into a working day.
struct AnnouncedWorkingDay {
    QDate date;
    QString nameVi;
    QString nameEn;
    friend bool operator==(const AnnouncedWorkingDay &, const AnnouncedWorkingDay &) = default;
};

// The law in force for a range of years. Changes of the law are new rows in the table
// (Holidays.cpp), not new branches in the code.
struct HolidayRules {
    int firstYear = 0;
    int lastYear = 0;
    int tetDaysBeforeNewYear = 0; // the last day(s) of the old lunar year
    int tetDaysFromNewYear = 0;   // counting the 1st day of the 1st lunar month
    bool hungKings = false;       // 10th day of the 3rd lunar month
    bool nationalDayAdjacent = false; // 2/9 plus 1/9 or 3/9
    const char *law = "";
};

// The rules for a year, or an error ("calendar.rules.none") outside the table (before 2000,
// when the five-day week for civil servants began, or after 2100).
Result<HolidayRules> holidayRulesFor(int year);

// Saturday and Sunday: the weekly rest days of civil servants (since October 1999).
bool isWeeklyRestDay(const QDate &date);

// The statutory days off of a year, sorted by date: holidays (also those on a weekend) and the
// compensatory days they cause. Tết of lunar year Y lies in solar year Y (from 20 January
// to 20 February), so a solar year has exactly one Tết.
Result<QList<DayOff>> statutoryDaysOff(int year);

// 1/9 or 3/9: the day the government adds to National Day by default (Labour Code 2019).
QDate nationalDayAdjacentDay(int year);

} // namespace motcua::calendar
