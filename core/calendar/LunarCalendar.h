#pragma once
// The Vietnamese lunisolar calendar (âm lịch), computed astronomically rather than read from a
// table: a month starts on the local day of the new moon, month 11 holds the winter solstice,
// and in a year with 13 months the first month after month 11 without a major solar term
// (trung khí) is the leap month. This is the method of Hồ Ngọc Đức's published algorithm
// (new moons and solar longitude from Jean Meeus' series). The local day depends on the time
// zone: Vietnam uses UTC+7 since 1968, China UTC+8, and that hour moves a new moon across
// midnight often enough that Tết differs between the two in some years (1985, 2007, 2030).
#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>

#include <compare>

namespace motcua::calendar {

// Hours east of UTC used to decide on which local day a new moon or solar term falls.
inline constexpr double kVietnamUtcOffset = 7.0;
inline constexpr double kChinaUtcOffset = 8.0;

struct LunarDate {
    int year = 0;           // the lunar year, numbered like the solar year in which it mostly lies
    int month = 0;          // 1..12
    int day = 0;            // 1..30
    bool leapMonth = false; // true for the repeated (nhuận) month

    bool isValid() const { return year != 0 && month >= 1 && month <= 12 && day >= 1 && day <= 30; }
    friend auto operator<=>(const LunarDate &, const LunarDate &) = default;
};

// Solar <-> lunar conversion for solar dates 1900-01-01 .. 2100-12-31. A value type: cheap to
// copy, no state beyond the time zone.
class LunarCalendar {
    Q_DECLARE_TR_FUNCTIONS(LunarCalendar)
public:
    static constexpr int kFirstSolarYear = 1900;
    static constexpr int kLastSolarYear = 2100;

    explicit LunarCalendar(double utcOffsetHours = kVietnamUtcOffset) : m_utcOffset(utcOffsetHours) {}

    double utcOffsetHours() const { return m_utcOffset; }

    // Errors: "calendar.range" outside 1900..2100.
    Result<LunarDate> toLunar(const QDate &solar) const;
    // Errors: "calendar.lunar.invalid" when the month is not leap that year, the day exceeds the
    // month's length (29 or 30), or "calendar.range" when the result leaves 1900..2100.
    Result<QDate> toSolar(const LunarDate &lunar) const;

    // The solar date of Tết Nguyên Đán (1st day of the 1st month) of a lunar year.
    Result<QDate> newYear(int lunarYear) const;
    // The leap month of a lunar year (1..12), or 0 when the year has none.
    Result<int> leapMonth(int lunarYear) const;
    // 29 or 30.
    Result<int> monthLength(int lunarYear, int month, bool leapMonth = false) const;

private:
    double m_utcOffset;
};

} // namespace motcua::calendar
