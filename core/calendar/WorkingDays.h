#pragma once
// Working days and the appointment date (ngày hẹn trả kết quả) of a dossier.
//
// The rule, exactly:
// 1. A working day is a day that is not a weekly rest day and not a day off, or any day the
//    government announced as a working day (a make-up Saturday). Weekly rest days follow the law
//    in force (HolidayRules.h): Sunday only before 2 October 1999 (six-day week), Saturday and
//    Sunday since. Days off: HolidayCalendar.
// 2. The effective receipt day is the day the dossier was received, if that is a working day and
//    it was received before the office closes (time < closes; a dossier received before opening,
//    e.g. submitted online at night, counts for that day). Otherwise it is the next working day.
// 3. The appointment date is the effective receipt day moved forward by N working days; N = 0
//    gives the effective receipt day itself.
// The received time is read as the counter's wall-clock time: its date() and time() are used as
// they are, whatever its time spec.
#include "calendar/HolidayCalendar.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QTime>

namespace motcua::calendar {

struct OfficeHours {
    QTime opens = QTime(7, 30);
    QTime closes = QTime(17, 0);

    bool isValid() const { return opens.isValid() && closes.isValid() && opens < closes; }
};

class WorkingCalendar {
    Q_DECLARE_TR_FUNCTIONS(WorkingCalendar)
public:
    explicit WorkingCalendar(HolidayCalendar holidays = HolidayCalendar(), OfficeHours hours = {});

    const HolidayCalendar &holidays() const { return m_holidays; }
    const OfficeHours &officeHours() const { return m_hours; }

    // Errors from HolidayCalendar::year (a year without rules).
    Result<bool> isWorkingDay(const QDate &date) const;
    // The first working day strictly after a date.
    Result<QDate> nextWorkingDay(const QDate &date) const;
    // Rule 2 above. Errors: "calendar.received.invalid", "calendar.hours.invalid".
    Result<QDate> effectiveReceiptDay(const QDateTime &received) const;
    // Rule 3 above. Errors: as effectiveReceiptDay, and "calendar.days.invalid" for N < 0.
    Result<QDate> appointmentDate(const QDateTime &received, int workingDays) const;

private:
    HolidayCalendar m_holidays;
    OfficeHours m_hours;
};

} // namespace motcua::calendar
