#include "calendar/Holidays.h"

#include "calendar/LunarCalendar.h"

#include <algorithm>

namespace motcua::calendar {

namespace {

constexpr char kNameContext[] = "HolidayCalendar";

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
const HolidayName kBuddhasBirthday{"Lễ Phật đản", QT_TRANSLATE_NOOP("HolidayCalendar", "Buddha's Birthday"),
                                   "Nghỉ bù Lễ Phật đản",
                                   QT_TRANSLATE_NOOP("HolidayCalendar", "Compensatory day off for Buddha's Birthday")};
const HolidayName kChristmas{"Lễ Giáng sinh", QT_TRANSLATE_NOOP("HolidayCalendar", "Christmas Day"),
                             "Nghỉ bù Lễ Giáng sinh",
                             QT_TRANSLATE_NOOP("HolidayCalendar", "Compensatory day off for Christmas Day")};
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

// Where the text in force provides it, each holiday on a weekly rest day gives the first following
// day that is neither a rest day nor already off; in date order, so that a weekend of two holidays
// gives Monday and Tuesday.
QList<DayOff> withCompensatoryDays(const QList<NamedHoliday> &holidays)
{
    QList<DayOff> all;
    for (const NamedHoliday &day : holidays)
        all.append(toDayOff(day, DayOffKind::Holiday));
    const auto isOff = [&all](const QDate &date) {
        return std::any_of(all.cbegin(), all.cend(), [&](const DayOff &d) { return d.date == date; });
    };
    for (const NamedHoliday &day : holidays) {
        const auto rules = holidayRulesOn(day.date);
        if (!rules || !rules->compensatesRestDay || !rules->isWeeklyRestDay(day.date))
            continue;
        QDate next = day.date.addDays(1);
        while (isWeeklyRestDay(next) || isOff(next))
            next = next.addDays(1);
        all.append(toDayOff(NamedHoliday{next, day.name}, DayOffKind::Compensatory));
    }
    std::sort(all.begin(), all.end(), [](const DayOff &a, const DayOff &b) { return a.date < b.date; });
    return all;
}

// The holidays one row of the law gives in a solar year, limited to the dates the row is in force.
Result<QList<NamedHoliday>> holidaysUnder(const HolidayRules &rules, int year)
{
    const LunarCalendar lunar(kVietnamUtcOffset);
    QList<NamedHoliday> holidays;
    const auto addLunar = [&](int month, int day, const HolidayName *name) -> Status {
        const auto date = lunar.toSolar(LunarDate{year, month, day, false});
        if (!date)
            return date.error();
        holidays.append({*date, name});
        return {};
    };
    if (rules.newYear)
        holidays.append({QDate(year, 1, 1), &kNewYear});
    const auto tet = lunar.newYear(year);
    if (!tet)
        return tet.error();
    for (int offset = -rules.tetDaysBeforeNewYear; offset < rules.tetDaysFromNewYear; ++offset)
        holidays.append({tet->addDays(offset), &kTet});
    if (rules.hungKings) {
        if (const Status added = addLunar(3, 10, &kHungKings); !added)
            return added.error();
    }
    if (rules.buddhasBirthday) {
        if (const Status added = addLunar(4, 8, &kBuddhasBirthday); !added)
            return added.error();
    }
    if (rules.victoryDay)
        holidays.append({QDate(year, 4, 30), &kVictory});
    if (rules.labourDay)
        holidays.append({QDate(year, 5, 1), &kLabour});
    if (rules.nationalDay != NationalDayRule::None)
        holidays.append({QDate(year, 9, 2), &kNationalDay});
    if (rules.nationalDay == NationalDayRule::WithThirdSeptember)
        holidays.append({QDate(year, 9, 3), &kNationalDay});
    if (rules.nationalDay == NationalDayRule::WithAdjacentDay)
        holidays.append({nationalDayAdjacentDay(year), &kNationalDay});
    if (rules.christmas)
        holidays.append({QDate(year, 12, 25), &kChristmas});
    holidays.removeIf([&](const NamedHoliday &day) { return !rules.covers(day.date) || day.date.year() != year; });
    return holidays;
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
    const auto inForce = holidayRulesFor(year);
    if (!inForce)
        return inForce.error();
    QList<NamedHoliday> holidays;
    for (const HolidayRules &rules : *inForce) {
        auto given = holidaysUnder(rules, year);
        if (!given)
            return given.error();
        holidays.append(*given);
    }
    std::sort(holidays.begin(), holidays.end(),
              [](const NamedHoliday &a, const NamedHoliday &b) { return a.date < b.date; });
    return withCompensatoryDays(holidays);
}

} // namespace motcua::calendar
