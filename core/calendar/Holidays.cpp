#include "calendar/Holidays.h"

#include "calendar/LunarCalendar.h"

#include <algorithm>
#include <array>

namespace motcua::calendar {

namespace {

constexpr char kNameContext[] = "HolidayCalendar";

// Sources (text of the laws; the split of Tết around the new year is the default the
// government starts from, it announces the exact days each year):
// - Labour Code 1994 art. 73, as amended in 2002: 1/1, Tết 4 days (customarily the last day of
//   the old year and the first 3 of the new), 30/4, 1/5, 2/9; holidays on the weekly rest day
//   are compensated on the next day. The five-day week for civil servants began in October
//   1999 (Decision 188/1999/QĐ-TTg), so the table starts in 2000.
// - Law 84/2007/QH11 amending art. 73: Hùng Kings' day (10/3 lunar) from 2007.
// - Labour Code 2012 art. 115: Tết 5 days from Tết 2013.
// - Labour Code 2019 art. 112 (in force 1/1/2021): Tết 5 days, National Day 2 days (2/9 and
//   1/9 or 3/9); art. 111(3): a holiday on the weekly rest day is compensated on the next
//   working day.
constexpr std::array kRules{
    HolidayRules{2000, 2006, 1, 3, false, false, "Labour Code 1994 art. 73 (amended 2002)"},
    HolidayRules{2007, 2012, 1, 3, true, false, "Labour Code 1994 art. 73 (amended by Law 84/2007/QH11)"},
    HolidayRules{2013, 2020, 1, 4, true, false, "Labour Code 2012 art. 115"},
    HolidayRules{2021, LunarCalendar::kLastSolarYear, 1, 4, true, true, "Labour Code 2019 art. 112"},
};

struct HolidayName {
    const char *vi;
    const char *en;
    const char *compensatoryVi;
    const char *compensatoryEn;
};

const HolidayName kNewYear{"Tết Dương lịch", QT_TRANSLATE_NOOP("HolidayCalendar", "New Year's Day"),
                           "Nghỉ bù Tết Dương lịch",
                           QT_TRANSLATE_NOOP("HolidayCalendar", "Compensatory day off for New Year's Day")};
const HolidayName kTet{"Tết Nguyên Đán", QT_TRANSLATE_NOOP("HolidayCalendar", "Lunar New Year (Tết)"),
                       "Nghỉ bù Tết Nguyên Đán",
                       QT_TRANSLATE_NOOP("HolidayCalendar", "Compensatory day off for Lunar New Year (Tết)")};
const HolidayName kHungKings{"Giỗ Tổ Hùng Vương", QT_TRANSLATE_NOOP("HolidayCalendar", "Hùng Kings' Commemoration Day"),
                             "Nghỉ bù Giỗ Tổ Hùng Vương",
                             QT_TRANSLATE_NOOP("HolidayCalendar", "Compensatory day off for Hùng Kings' Commemoration Day")};
const HolidayName kVictory{"Ngày Chiến thắng", QT_TRANSLATE_NOOP("HolidayCalendar", "Reunification Day"),
                           "Nghỉ bù Ngày Chiến thắng",
                           QT_TRANSLATE_NOOP("HolidayCalendar", "Compensatory day off for Reunification Day")};
const HolidayName kLabour{"Ngày Quốc tế Lao động", QT_TRANSLATE_NOOP("HolidayCalendar", "International Labour Day"),
                          "Nghỉ bù Ngày Quốc tế Lao động",
                          QT_TRANSLATE_NOOP("HolidayCalendar", "Compensatory day off for International Labour Day")};
const HolidayName kNationalDay{"Quốc khánh", QT_TRANSLATE_NOOP("HolidayCalendar", "National Day"),
                               "Nghỉ bù Quốc khánh",
                               QT_TRANSLATE_NOOP("HolidayCalendar", "Compensatory day off for National Day")};

struct NamedHoliday {
    QDate date;
    const HolidayName *name;
};

DayOff toDayOff(const NamedHoliday &day, DayOffKind kind)
{
    const bool isHoliday = kind == DayOffKind::Holiday;
    return DayOff{day.date, kind, QString::fromUtf8(isHoliday ? day.name->vi : day.name->compensatoryVi),
                  QString::fromUtf8(isHoliday ? day.name->en : day.name->compensatoryEn)};
}

// Each holiday on a weekly rest day gives the first following weekday that is not already off;
// in date order, so that a weekend of two holidays gives Monday and Tuesday.
QList<DayOff> withCompensatoryDays(const QList<NamedHoliday> &holidays)
{
    QList<DayOff> all;
    for (const NamedHoliday &day : holidays)
        all.append(toDayOff(day, DayOffKind::Holiday));
    const auto isOff = [&all](const QDate &date) {
        return std::any_of(all.cbegin(), all.cend(), [&](const DayOff &d) { return d.date == date; });
    };
    for (const NamedHoliday &day : holidays) {
        if (!isWeeklyRestDay(day.date))
            continue;
        QDate next = day.date.addDays(1);
        while (isWeeklyRestDay(next) || isOff(next))
            next = next.addDays(1);
        all.append(toDayOff(NamedHoliday{next, day.name}, DayOffKind::Compensatory));
    }
    std::sort(all.begin(), all.end(), [](const DayOff &a, const DayOff &b) { return a.date < b.date; });
    return all;
}

} // namespace

QString dayOffKindName(DayOffKind kind)
{
    switch (kind) {
    case DayOffKind::Holiday:
        return QStringLiteral("holiday");
    case DayOffKind::Compensatory:
        return QStringLiteral("compensatory");
    case DayOffKind::Announced:
        return QStringLiteral("announced");
    }
    return {};
}

QString DayOff::localizedName() const
{
    const QByteArray source = nameEn.toUtf8();
    return QCoreApplication::translate(kNameContext, source.constData());
}

Result<HolidayRules> holidayRulesFor(int year)
{
    for (const HolidayRules &rules : kRules) {
        if (year >= rules.firstYear && year <= rules.lastYear)
            return rules;
    }
    return Error{QStringLiteral("calendar.rules.none"),
                 QCoreApplication::translate(kNameContext, "There are no public holiday rules for the year %1 "
                                                           "(supported: %2 to %3).")
                     .arg(year)
                     .arg(kRules.front().firstYear)
                     .arg(kRules.back().lastYear),
                 QStringLiteral("holidayRulesFor(%1)").arg(year)};
}

bool isWeeklyRestDay(const QDate &date)
{
    return date.dayOfWeek() == Qt::Saturday || date.dayOfWeek() == Qt::Sunday;
}

QDate nationalDayAdjacentDay(int year)
{
    // The government picks 1/9 or 3/9 each year. Default: the one that joins 2/9 to a weekend
    // (2/9 on Tuesday -> Monday 1/9, as announced for 2025: 30/8-2/9; Thursday -> Friday 3/9;
    // Friday -> Thursday 1/9), and never a weekend day (Monday or Sunday 2/9 -> 3/9). Where
    // neither joins a weekend (Wednesday) or 2/9 is a Saturday: 1/9.
    const QDate nationalDay(year, 9, 2);
    switch (nationalDay.dayOfWeek()) {
    case Qt::Monday:
    case Qt::Thursday:
    case Qt::Sunday:
        return nationalDay.addDays(1);
    default:
        return nationalDay.addDays(-1);
    }
}

Result<QList<DayOff>> statutoryDaysOff(int year)
{
    const auto rules = holidayRulesFor(year);
    if (!rules)
        return rules.error();
    const LunarCalendar lunar(kVietnamUtcOffset);
    const auto tet = lunar.newYear(year);
    if (!tet)
        return tet.error();

    QList<NamedHoliday> holidays{{QDate(year, 1, 1), &kNewYear}};
    for (int offset = -rules->tetDaysBeforeNewYear; offset < rules->tetDaysFromNewYear; ++offset)
        holidays.append({tet->addDays(offset), &kTet});
    if (rules->hungKings) {
        const auto hungKings = lunar.toSolar(LunarDate{year, 3, 10, false});
        if (!hungKings)
            return hungKings.error();
        holidays.append({*hungKings, &kHungKings});
    }
    holidays.append({QDate(year, 4, 30), &kVictory});
    holidays.append({QDate(year, 5, 1), &kLabour});
    holidays.append({QDate(year, 9, 2), &kNationalDay});
    if (rules->nationalDayAdjacent)
        holidays.append({nationalDayAdjacentDay(year), &kNationalDay});
    std::sort(holidays.begin(), holidays.end(),
              [](const NamedHoliday &a, const NamedHoliday &b) { return a.date < b.date; });
    return withCompensatoryDays(holidays);
}

} // namespace motcua::calendar
