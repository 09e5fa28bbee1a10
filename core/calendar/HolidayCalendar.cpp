#include "calendar/HolidayCalendar.h"

#include "common/Logging.h"

#include <algorithm>
#include <optional>

namespace motcua::calendar {

namespace {

// The override to apply, recording every file that could not be used.
std::optional<CalendarOverride> chooseOverride(int year, const QString &folder, QList<Error> &problems)
{
    for (const QString &path : {folderOverridePath(folder, year), builtInOverridePath(year)}) {
        if (path.isEmpty())
            continue;
        auto loaded = loadCalendarOverride(path);
        if (loaded)
            return std::move(loaded).value();
        // The file name and the parser's complaint only: these files hold no personal data.
        qCWarning(lcCalendar).noquote() << loaded.error().code << loaded.error().detail;
        problems.append(loaded.error());
    }
    return std::nullopt;
}

void applyOverride(YearCalendar &calendar, const CalendarOverride &announced)
{
    calendar.overrideOrigin = announced.origin;
    calendar.overrideSource = announced.source;
    calendar.workingDays = announced.workingDays;
    std::sort(calendar.workingDays.begin(), calendar.workingDays.end(),
              [](const AnnouncedWorkingDay &a, const AnnouncedWorkingDay &b) { return a.date < b.date; });
    const auto cancelled = [&announced](const QDate &date) {
        return std::any_of(announced.cancelledDaysOff.cbegin(), announced.cancelledDaysOff.cend(),
                           [&](const AnnouncedWorkingDay &d) { return d.date == date; });
    };
    calendar.daysOff.removeIf(
        [&](const DayOff &day) { return calendar.isAnnouncedWorkingDay(day.date) || cancelled(day.date); });
    for (const DayOff &day : announced.daysOff) {
        if (!calendar.isDayOff(day.date))
            calendar.daysOff.append(day);
    }
    std::sort(calendar.daysOff.begin(), calendar.daysOff.end(),
              [](const DayOff &a, const DayOff &b) { return a.date < b.date; });
}

} // namespace

const DayOff *YearCalendar::dayOff(const QDate &date) const
{
    const auto found = std::find_if(daysOff.cbegin(), daysOff.cend(), [&](const DayOff &d) { return d.date == date; });
    return found == daysOff.cend() ? nullptr : &*found;
}

bool YearCalendar::isApproximate() const
{
    return std::any_of(rules.cbegin(), rules.cend(), [](const HolidayRules &r) { return r.approximate; });
}

bool YearCalendar::isAnnouncedWorkingDay(const QDate &date) const
{
    return std::any_of(workingDays.cbegin(), workingDays.cend(),
                       [&](const AnnouncedWorkingDay &d) { return d.date == date; });
}

HolidayCalendar::HolidayCalendar(QString overrideFolder) : m_overrideFolder(std::move(overrideFolder)) {}

Result<YearCalendar> HolidayCalendar::year(int year) const
{
    if (const auto cached = m_cache.constFind(year); cached != m_cache.cend())
        return *cached;
    auto statutory = statutoryDaysOff(year);
    if (!statutory)
        return statutory.error();

    YearCalendar calendar;
    calendar.year = year;
    calendar.daysOff = std::move(statutory).value();
    calendar.rules = *holidayRulesFor(year); // statutoryDaysOff succeeded, so the year has rules
    if (const auto announced = chooseOverride(year, m_overrideFolder, calendar.problems))
        applyOverride(calendar, *announced);
    m_cache.insert(year, calendar);
    return calendar;
}

} // namespace motcua::calendar
