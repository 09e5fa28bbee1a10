#pragma once
// What the government announces for one year, on top of the statutory rules: swapped days off
// and make-up working Saturdays. One JSON file per year:
//   {"year": 2025, "source": "who announced it, document number, date",
//    "daysOff":     [{"date": "2025-05-02", "name": {"vi": "...", "en": "..."}}],
//    "workingDays": [{"date": "2025-04-26", "name": {"vi": "...", "en": "..."}}],
//    "cancelledDaysOff": [{"date": "2025-02-03", "name": {"vi": "...", "en": "..."}}]}
// "daysOff" are added (swapped days). "workingDays" are working days whatever the rules say (a
// make-up Saturday). "cancelledDaysOff" are statutory or compensatory days off that the
// announcement placed elsewhere (Tết moved two days earlier): they become ordinary days again,
// a working day on Monday to Friday, the weekly rest on Saturday and Sunday. The "name" of a
// cancelled day says why. Every list is optional; "year" and "source" are required.
// Built-in files are Qt resources ":/calendar/YYYY.json"; a file of the same name in the
// workstation's data folder (<data>/calendar/YYYY.json) wins.
#include "calendar/Holidays.h"
#include "common/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace motcua::calendar {

struct CalendarOverride {
    int year = 0;
    QString source;                          // the announcement it records (required)
    QList<DayOff> daysOff;                   // kind Announced
    QList<AnnouncedWorkingDay> workingDays;
    QList<AnnouncedWorkingDay> cancelledDaysOff; // the name says why
    QString origin;                          // the file it was read from
};

// Errors: "calendar.override.invalid" naming the file and the problem. The file name must be
// YYYY.json for the year inside it.
Result<CalendarOverride> parseCalendarOverride(const QByteArray &json, const QString &fileName);
// As above, reading the file; "calendar.override.unreadable" when it cannot be read.
Result<CalendarOverride> loadCalendarOverride(const QString &path);

// The built-in override file of a year (":/calendar/YYYY.json"), or "" when there is none.
QString builtInOverridePath(int year);
// "<folder>/YYYY.json", or "" when folder is empty or the file does not exist.
QString folderOverridePath(const QString &folder, int year);

} // namespace motcua::calendar
