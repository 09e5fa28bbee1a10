#pragma once
// The days off of civil servants in a year: the statutory rules (Holidays.h) with what the
// government announced for that year (OverrideFile.h) applied on top.
#include "calendar/Holidays.h"
#include "calendar/OverrideFile.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace motcua::calendar {

struct YearCalendar {
    int year = 0;
    QList<DayOff> daysOff;                  // sorted by date; weekend holidays included
    QList<AnnouncedWorkingDay> workingDays; // announced working days (make-up Saturdays...), sorted
    QString overrideOrigin;                 // the override file applied, or "" for the rules alone
    QString overrideSource;                 // the announcement that file records
    QList<Error> problems;                  // override files that could not be used (rules still apply)
    QList<HolidayRules> rules;              // the text(s) of the law in force that year, in date order

    // True when a rule applied that year is not verified against the law text (show a warning).
    bool isApproximate() const;

    const DayOff *dayOff(const QDate &date) const; // nullptr when the date is not a day off
    bool isDayOff(const QDate &date) const { return dayOff(date) != nullptr; }
    bool isAnnouncedWorkingDay(const QDate &date) const;
};

// Which override applies to a year: the data folder's file wins over the built-in one. When the
// data folder's file is malformed it is reported in YearCalendar::problems and the built-in file
// (if any) is used instead; a malformed file never hides the statutory rules.
//
// Years are computed once and cached: a value type, not thread-safe; use one per thread and
// make a new one to see edited override files.
class HolidayCalendar {
    Q_DECLARE_TR_FUNCTIONS(HolidayCalendar)
public:
    // overrideFolder: the workstation's "<data>/calendar" folder; empty for built-in data only.
    explicit HolidayCalendar(QString overrideFolder = {});

    const QString &overrideFolder() const { return m_overrideFolder; }

    // Errors: "calendar.rules.none" for a year outside the rules table (1900..2100).
    Result<YearCalendar> year(int year) const;

private:
    QString m_overrideFolder;
    mutable QHash<int, YearCalendar> m_cache;
};

} // namespace motcua::calendar
