#include "TestSupport.h"
#include "calendar/LunarCalendar.h"

#include <catch2/catch.hpp>

using namespace motcua;
using namespace motcua::calendar;

namespace {

QDate solarNewYear(const LunarCalendar &calendar, int lunarYear)
{
    const auto tet = calendar.newYear(lunarYear);
    REQUIRE(tet.ok());
    return *tet;
}

} // namespace

TEST_CASE("every solar day 1900-2100 converts to lunar and back")
{
    for (const double zone : {kVietnamUtcOffset, kChinaUtcOffset}) {
        const LunarCalendar calendar(zone);
        LunarDate previous;
        int failures = 0;
        for (QDate day(1900, 1, 1); day <= QDate(2100, 12, 31); day = day.addDays(1)) {
            const auto lunar = calendar.toLunar(day);
            const auto back = lunar ? calendar.toSolar(*lunar) : Result<QDate>(lunar.error());
            // Lunar dates advance one day at a time or start a new month at day 1.
            const bool continuous = !previous.isValid() || !lunar
                                    || (lunar->day == previous.day + 1 && lunar->month == previous.month
                                        && lunar->leapMonth == previous.leapMonth)
                                    || lunar->day == 1;
            if (!lunar || !back || *back != day || !continuous) {
                if (++failures <= 5)
                    FAIL_CHECK("zone " << zone << " day " << day.toString(Qt::ISODate).toStdString());
            }
            if (lunar)
                previous = *lunar;
        }
        CHECK(failures == 0);
    }
}

// Tết dates published by timeanddate-style holiday listing "Tet Nguyen Dan / Vietnamese New Year
// for the years 2022-2032" (https://boxhoidap.com/tet2023/amp), and for 2017-2021 the Tết
// periods listed by https://publicholidays.vn/tet/ (first day of the new year inside them),
// and Hồ Ngọc Đức's tables (https://www.informatik.uni-leipzig.de/~duc/amlich/).
TEST_CASE("Tết falls on the published dates")
{
    const LunarCalendar vietnam;
    const std::pair<int, QDate> published[] = {
        {2020, QDate(2020, 1, 25)}, {2021, QDate(2021, 2, 12)}, {2022, QDate(2022, 2, 1)},
        {2023, QDate(2023, 1, 22)}, {2024, QDate(2024, 2, 10)}, {2025, QDate(2025, 1, 29)},
        {2026, QDate(2026, 2, 17)}, {2027, QDate(2027, 2, 6)},  {2028, QDate(2028, 1, 26)},
        {2029, QDate(2029, 2, 13)}, {2030, QDate(2030, 2, 2)},  {2031, QDate(2031, 1, 23)},
        {2032, QDate(2032, 2, 11)},
    };
    for (const auto &[year, date] : published) {
        INFO("lunar year " << year);
        CHECK(solarNewYear(vietnam, year) == date);
    }
}

// Sources for the years in which Vietnam (UTC+7) and China (UTC+8) start the year on different days:
// - 1968: H. Aslaksen, "The Mathematics of the Chinese Calendar": North Vietnam (new UTC+7 calendar)
//   celebrated Tết on 29 January 1968, South Vietnam (still UTC+8) on 30 January.
// - 1985: Hồ Ngọc Đức, "Vietnamese calendar rules" (informatik.uni-leipzig.de/~duc/amlich/calrules_en.html,
//   cited by reddit r/todayilearned "in 1985 Vietnam's Lunar New Year occurred a full month earlier"):
//   Vietnam 21 January 1985, China 20 February 1985.
// - 2007: viet-jo.com news of 2006-07-06 (government calendar office): Tết 2007 is 17 February in
//   Vietnam, 18 February in China; next differences 2030 and 2053.
// - 2030: doxuta/amlich README ("VN 2030-02-02 ≠ KR 2030-02-03") and scienceinfo.net "Why is the
//   Vietnamese and Chinese New Year a day different?" (Vietnam earlier in 2030 and 2053).
TEST_CASE("the time zone moves Tết: Vietnam UTC+7 versus China UTC+8")
{
    const LunarCalendar vietnam(kVietnamUtcOffset);
    const LunarCalendar china(kChinaUtcOffset);
    const std::tuple<int, QDate, QDate> differences[] = {
        {1968, QDate(1968, 1, 29), QDate(1968, 1, 30)},
        {1985, QDate(1985, 1, 21), QDate(1985, 2, 20)},
        {2007, QDate(2007, 2, 17), QDate(2007, 2, 18)},
        {2030, QDate(2030, 2, 2), QDate(2030, 2, 3)},
    };
    for (const auto &[year, vietnamTet, chinaTet] : differences) {
        INFO("lunar year " << year);
        CHECK(solarNewYear(vietnam, year) == vietnamTet);
        CHECK(solarNewYear(china, year) == chinaTet);
    }
    // ...and in an ordinary year both agree.
    CHECK(solarNewYear(vietnam, 2024) == solarNewYear(china, 2024));
}

// Leap months: 2020 leap 4th (vnlunar docs and Hồ Ngọc Đức's tables), 2023 leap 2nd (pub.dev vnlunar:
// 2023-03-23 is day 2 of leap month 2), 2025 leap 6th (jdavid54/amlich: "the lunar month after
// month 6 has no major term").
TEST_CASE("leap months")
{
    const LunarCalendar calendar;
    CHECK(*calendar.leapMonth(2020) == 4);
    CHECK(*calendar.leapMonth(2023) == 2);
    CHECK(*calendar.leapMonth(2025) == 6);
    CHECK(*calendar.leapMonth(2024) == 0);

    const auto leapDay = calendar.toLunar(QDate(2023, 3, 23));
    REQUIRE(leapDay.ok());
    CHECK(*leapDay == LunarDate{2023, 2, 2, true});
    CHECK(*calendar.toSolar(LunarDate{2023, 2, 2, true}) == QDate(2023, 3, 23));
    CHECK(*calendar.toSolar(LunarDate{2023, 2, 2, false}) == QDate(2023, 2, 21));
}

TEST_CASE("impossible lunar dates are errors, not guesses")
{
    const LunarCalendar calendar;
    const auto noLeap = calendar.toSolar(LunarDate{2024, 5, 1, true});
    REQUIRE_FALSE(noLeap.ok());
    CHECK(noLeap.error().code == QStringLiteral("calendar.lunar.invalid"));

    const int length = *calendar.monthLength(2025, 12);
    CHECK((length == 29 || length == 30));
    CHECK_FALSE(calendar.toSolar(LunarDate{2025, 12, length + 1, false}).ok());
    CHECK(calendar.toSolar(LunarDate{2025, 12, length, false}).ok());

    const auto outside = calendar.toLunar(QDate(1899, 12, 31));
    REQUIRE_FALSE(outside.ok());
    CHECK(outside.error().code == QStringLiteral("calendar.range"));
    CHECK_FALSE(calendar.toLunar(QDate(2101, 1, 1)).ok());
}

TEST_CASE("Hùng Kings' day, 10th of the 3rd lunar month")
{
    const LunarCalendar calendar;
    // thanhnien.vn, 2026-02-23: Giỗ tổ 2026 falls on Sunday 26 April.
    CHECK(*calendar.toSolar(LunarDate{2026, 3, 10, false}) == QDate(2026, 4, 26));
    // tet-amlich.com "Các ngày nghỉ lễ 2025": 10/3 lunar is Monday 7 April 2025.
    CHECK(*calendar.toSolar(LunarDate{2025, 3, 10, false}) == QDate(2025, 4, 7));
}
