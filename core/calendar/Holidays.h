#pragma once
// Public holidays for civil servants, as the law sets them by default: the days off per the
// text in force on each date (HolidayRules.h, 1900-2100), plus compensatory days when that text
// provides them for a holiday on the weekly rest day. What the government announces each year on
// top (swapped days, make-up Saturdays) comes from override files (OverrideFile.h) and is merged
// by HolidayCalendar.
#include "calendar/HolidayRules.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace motcua::calendar {

enum class DayOffKind {
    Holiday,      // a statutory holiday (also listed when it falls on a weekend)
    Compensatory, // nghỉ bù: a holiday fell on the weekly rest day (since 1995)
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

// The statutory days off of a year, sorted by date: holidays (also those on a weekly rest day) and
// the compensatory days they cause. When the law changed during the year, each holiday follows the
// text in force on its date. Tết of lunar year Y lies in solar year Y (from 20 January
// to 20 February), so a solar year has exactly one Tết.
Result<QList<DayOff>> statutoryDaysOff(int year);

// 1/9 or 3/9: the day the government adds to National Day by default (Labour Code 2019).
QDate nationalDayAdjacentDay(int year);

} // namespace motcua::calendar
