#include "calendar/WorkingDays.h"

#include "calendar/Holidays.h"

namespace motcua::calendar {

WorkingCalendar::WorkingCalendar(HolidayCalendar holidays, OfficeHours hours)
    : m_holidays(std::move(holidays)), m_hours(hours)
{
}

Result<bool> WorkingCalendar::isWorkingDay(const QDate &date) const
{
    if (!date.isValid())
        return Error{QStringLiteral("calendar.date.invalid"), tr("The date is not valid."), QStringLiteral("isWorkingDay")};
    const auto year = m_holidays.year(date.year());
    if (!year)
        return year.error();
    if (year->isAnnouncedWorkingDay(date))
        return true;
    return !year->isDayOff(date) && !isWeeklyRestDay(date);
}

Result<QDate> WorkingCalendar::nextWorkingDay(const QDate &date) const
{
    QDate next = date.addDays(1);
    // The longest run of days off (Tết with weekends and swaps) is under two weeks; a month
    // without a working day means broken data, not a calendar.
    for (int tried = 0; tried < 31; ++tried, next = next.addDays(1)) {
        const auto working = isWorkingDay(next);
        if (!working)
            return working.error();
        if (*working)
            return next;
    }
    return Error{QStringLiteral("calendar.data.invalid"), tr("The holiday calendar has no working day for a month."),
                 QStringLiteral("nextWorkingDay(%1)").arg(date.toString(Qt::ISODate))};
}

Result<QDate> WorkingCalendar::effectiveReceiptDay(const QDateTime &received) const
{
    if (!received.isValid())
        return Error{QStringLiteral("calendar.received.invalid"), tr("The time of receipt is not valid."),
                     QStringLiteral("effectiveReceiptDay")};
    if (!m_hours.isValid())
        return Error{QStringLiteral("calendar.hours.invalid"),
                     tr("The office hours are not valid: the office must open before it closes."),
                     QStringLiteral("opens %1 closes %2").arg(m_hours.opens.toString(), m_hours.closes.toString())};
    const QDate day = received.date();
    const auto working = isWorkingDay(day);
    if (!working)
        return working.error();
    if (*working && received.time() < m_hours.closes)
        return day;
    return nextWorkingDay(day);
}

Result<QDate> WorkingCalendar::appointmentDate(const QDateTime &received, int workingDays) const
{
    if (workingDays < 0)
        return Error{QStringLiteral("calendar.days.invalid"), tr("The number of working days cannot be negative."),
                     QStringLiteral("appointmentDate(%1)").arg(workingDays)};
    auto day = effectiveReceiptDay(received);
    for (int counted = 0; day && counted < workingDays; ++counted)
        day = nextWorkingDay(*day);
    return day;
}

} // namespace motcua::calendar
