#include "calendar/LunarCalendar.h"

#include <cmath>
#include <numbers>
#include <optional>

namespace motcua::calendar {

namespace {

// Julian date of the mean new moon of 1900-01-01 (lunation 0 of Meeus' numbering from 1900).
constexpr double kLunationZeroJd = 2415021.076998695;
constexpr double kSynodicMonth = 29.530588853;
constexpr double kDegree = std::numbers::pi / 180.0;

qint64 floorToInt(double x)
{
    return static_cast<qint64>(std::floor(x));
}

double sinDeg(double degrees)
{
    return std::sin(degrees * kDegree);
}

// Julian date (UT) of the k-th new moon after 1900-01-01, by Meeus' truncated series: the
// mean lunation plus the periodic terms of the Sun's and Moon's anomalies and the Moon's
// argument of latitude, minus ΔT (TT - UT) to get back to civil time.
double newMoonJd(qint64 k)
{
    const double kd = static_cast<double>(k);
    const double t = kd / 1236.85; // Julian centuries since 1900-01-00.5
    const double t2 = t * t;
    const double t3 = t2 * t;
    const double mean = 2415020.75933 + 29.53058868 * kd + 0.0001178 * t2 - 0.000000155 * t3
                        + 0.00033 * sinDeg(166.56 + 132.87 * t - 0.009173 * t2);
    const double sunAnomaly = 359.2242 + 29.10535608 * kd - 0.0000333 * t2 - 0.00000347 * t3;
    const double moonAnomaly = 306.0253 + 385.81691806 * kd + 0.0107306 * t2 + 0.00001236 * t3;
    const double latitudeArg = 21.2964 + 390.67050646 * kd - 0.0016528 * t2 - 0.00000239 * t3;
    const double m = sunAnomaly;
    const double mp = moonAnomaly;
    const double f = latitudeArg;
    const double correction = (0.1734 - 0.000393 * t) * sinDeg(m) + 0.0021 * sinDeg(2 * m)
                              - 0.4068 * sinDeg(mp) + 0.0161 * sinDeg(2 * mp) - 0.0004 * sinDeg(3 * mp)
                              + 0.0104 * sinDeg(2 * f) - 0.0051 * sinDeg(m + mp) - 0.0074 * sinDeg(m - mp)
                              + 0.0004 * sinDeg(2 * f + m) - 0.0004 * sinDeg(2 * f - m)
                              - 0.0006 * sinDeg(2 * f + mp) + 0.0010 * sinDeg(2 * f - mp)
                              + 0.0005 * sinDeg(2 * mp + m);
    const double deltaT = t < -11 ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
                                  : -0.000278 + 0.000265 * t + 0.000262 * t2;
    return mean + correction - deltaT;
}

// The local civil day (Julian day number) on which the k-th new moon falls.
qint64 newMoonDay(qint64 k, double utcOffset)
{
    return floorToInt(newMoonJd(k) + 0.5 + utcOffset / 24.0);
}

// Which 30° sector (0..11, 0 = spring equinox) the Sun's apparent longitude is in at the start
// of a local day. A major solar term (trung khí) begins each sector, so a month whose first
// day and the next month's first day share a sector contains no major term.
int sunSector(qint64 dayNumber, double utcOffset)
{
    const double jd = static_cast<double>(dayNumber) - 0.5 - utcOffset / 24.0;
    const double t = (jd - 2451545.0) / 36525.0; // Julian centuries since J2000.0
    const double t2 = t * t;
    const double anomaly = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
    const double meanLongitude = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
    const double centre = (1.914600 - 0.004817 * t - 0.000014 * t2) * sinDeg(anomaly)
                          + (0.019993 - 0.000101 * t) * sinDeg(2 * anomaly) + 0.000290 * sinDeg(3 * anomaly);
    double longitude = (meanLongitude + centre) * kDegree;
    longitude -= 2 * std::numbers::pi * std::floor(longitude / (2 * std::numbers::pi));
    return static_cast<int>(longitude / std::numbers::pi * 6);
}

qint64 lunationBefore(qint64 dayNumber)
{
    return floorToInt((static_cast<double>(dayNumber) - kLunationZeroJd) / kSynodicMonth);
}

qint64 lunationAt(qint64 monthStart)
{
    return floorToInt((static_cast<double>(monthStart) - kLunationZeroJd) / kSynodicMonth + 0.5);
}

// First day of the lunar month 11 of a solar year: the month that contains the winter solstice.
qint64 month11Start(int solarYear, double utcOffset)
{
    const qint64 k = lunationBefore(QDate(solarYear, 12, 31).toJulianDay());
    const qint64 candidate = newMoonDay(k, utcOffset);
    // Sector 9 starts at 270°, the solstice: if it has already begun, the solstice fell in
    // the month before.
    return sunSector(candidate, utcOffset) >= 9 ? newMoonDay(k - 1, utcOffset) : candidate;
}

// In a 13-month span starting at month 11, how many months after month 11 the leap month is.
int leapOffset(qint64 month11, double utcOffset)
{
    const qint64 k = lunationAt(month11);
    int i = 1;
    int sector = sunSector(newMoonDay(k + i, utcOffset), utcOffset);
    int previous = 0;
    do {
        previous = sector;
        ++i;
        sector = sunSector(newMoonDay(k + i, utcOffset), utcOffset);
    } while (sector != previous && i < 14);
    return i - 1;
}

struct MonthSpan {
    qint64 lunation = 0;
    qint64 start = 0;
};

// Where a lunar month starts, or nothing when (month, leap) does not exist that year.
std::optional<MonthSpan> locateMonth(int year, int month, bool leap, double utcOffset)
{
    const int firstYear = month < 11 ? year - 1 : year;
    const qint64 a11 = month11Start(firstYear, utcOffset);
    const qint64 b11 = month11Start(firstYear + 1, utcOffset);
    int offset = (month - 11 + 12) % 12;
    if (b11 - a11 > 365) {
        const int leapOff = leapOffset(a11, utcOffset);
        const int leapMonth = (leapOff - 2 + 12) % 12 == 0 ? 12 : (leapOff - 2 + 12) % 12;
        if (leap && month != leapMonth)
            return std::nullopt;
        if (leap || offset >= leapOff)
            ++offset;
    } else if (leap) {
        return std::nullopt;
    }
    const qint64 k = lunationAt(a11) + offset;
    return MonthSpan{k, newMoonDay(k, utcOffset)};
}

bool inRange(const QDate &date)
{
    return date.isValid() && date.year() >= LunarCalendar::kFirstSolarYear && date.year() <= LunarCalendar::kLastSolarYear;
}

Error rangeError(const QString &message, const QString &detail)
{
    return Error{QStringLiteral("calendar.range"), message, detail};
}

} // namespace

Result<LunarDate> LunarCalendar::toLunar(const QDate &solar) const
{
    if (!inRange(solar))
        return rangeError(tr("The date is outside the supported calendar (1900 to 2100)."),
                          QStringLiteral("toLunar(%1)").arg(solar.toString(Qt::ISODate)));
    const qint64 day = solar.toJulianDay();
    // The mean lunation is only a first guess: the true new moon can be over half a day later,
    // so step back until the month really has begun.
    qint64 k = lunationBefore(day) + 1;
    qint64 monthStart = newMoonDay(k, m_utcOffset);
    while (monthStart > day)
        monthStart = newMoonDay(--k, m_utcOffset);

    qint64 a11 = month11Start(solar.year(), m_utcOffset);
    qint64 b11 = a11;
    int lunarYear = solar.year() + 1;
    if (a11 >= monthStart) {
        lunarYear = solar.year();
        a11 = month11Start(solar.year() - 1, m_utcOffset);
    } else {
        b11 = month11Start(solar.year() + 1, m_utcOffset);
    }

    LunarDate lunar;
    lunar.day = static_cast<int>(day - monthStart + 1);
    const int diff = static_cast<int>((monthStart - a11) / 29);
    lunar.month = diff + 11;
    if (b11 - a11 > 365) {
        const int leapOff = leapOffset(a11, m_utcOffset);
        if (diff >= leapOff) {
            lunar.month = diff + 10;
            lunar.leapMonth = diff == leapOff;
        }
    }
    if (lunar.month > 12)
        lunar.month -= 12;
    if (lunar.month >= 11 && diff < 4)
        --lunarYear;
    lunar.year = lunarYear;
    return lunar;
}

Result<QDate> LunarCalendar::toSolar(const LunarDate &lunar) const
{
    const QString detail = QStringLiteral("toSolar(%1-%2%3-%4)")
                               .arg(lunar.year)
                               .arg(lunar.month)
                               .arg(lunar.leapMonth ? QStringLiteral("L") : QString())
                               .arg(lunar.day);
    if (lunar.year < kFirstSolarYear - 1 || lunar.year > kLastSolarYear)
        return rangeError(tr("The date is outside the supported calendar (1900 to 2100)."), detail);
    if (!lunar.isValid())
        return Error{QStringLiteral("calendar.lunar.invalid"), tr("This lunar date does not exist."), detail};
    const auto span = locateMonth(lunar.year, lunar.month, lunar.leapMonth, m_utcOffset);
    if (!span)
        return Error{QStringLiteral("calendar.lunar.invalid"),
                     tr("This lunar year has no leap month %1.").arg(lunar.month), detail};
    const qint64 nextStart = newMoonDay(span->lunation + 1, m_utcOffset);
    if (span->start + lunar.day - 1 >= nextStart)
        return Error{QStringLiteral("calendar.lunar.invalid"),
                     tr("This lunar month has only %1 days.").arg(nextStart - span->start), detail};
    const QDate solar = QDate::fromJulianDay(span->start + lunar.day - 1);
    if (!inRange(solar))
        return rangeError(tr("The date is outside the supported calendar (1900 to 2100)."), detail);
    return solar;
}

Result<QDate> LunarCalendar::newYear(int lunarYear) const
{
    return toSolar(LunarDate{lunarYear, 1, 1, false});
}

Result<int> LunarCalendar::leapMonth(int lunarYear) const
{
    if (lunarYear < kFirstSolarYear || lunarYear > kLastSolarYear - 1)
        return rangeError(tr("The date is outside the supported calendar (1900 to 2100)."),
                          QStringLiteral("leapMonth(%1)").arg(lunarYear));
    // A lunar year runs from its month 1 to its month 12, which straddles two month-11 spans.
    for (int month = 1; month <= 12; ++month) {
        if (locateMonth(lunarYear, month, true, m_utcOffset))
            return month;
    }
    return 0;
}

Result<int> LunarCalendar::monthLength(int lunarYear, int month, bool leap) const
{
    const auto first = toSolar(LunarDate{lunarYear, month, 1, leap});
    if (!first)
        return first.error();
    const auto span = locateMonth(lunarYear, month, leap, m_utcOffset);
    return static_cast<int>(newMoonDay(span->lunation + 1, m_utcOffset) - span->start);
}

} // namespace motcua::calendar
