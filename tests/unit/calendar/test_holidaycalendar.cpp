#include "TestSupport.h"
#include "calendar/HolidayCalendar.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace motcua;
using namespace motcua::calendar;

namespace {

void writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(content);
}

QByteArray oneDayOff(int year, const QString &date)
{
    return QStringLiteral(R"({"year": %1, "source": "provincial test",
        "daysOff": [{"date": "%2", "name": {"vi": "Nghỉ thử", "en": "Test day off"}}]})")
        .arg(year)
        .arg(date)
        .toUtf8();
}

QStringList isoDates(const QList<DayOff> &days)
{
    QStringList dates;
    for (const DayOff &day : days)
        dates << day.date.toString(Qt::ISODate);
    return dates;
}

} // namespace

// 2025 as announced (SGGP 2024-11-27; VietnamPlus on 30/4-1/5): Tết 27-31 January with no
// compensatory day, 2 May swapped with Saturday 26 April.
TEST_CASE("2025 with the built-in announcement")
{
    const HolidayCalendar calendar;
    const auto year = calendar.year(2025);
    REQUIRE(year.ok());
    CHECK(year->problems.isEmpty());
    CHECK(year->overrideOrigin == QStringLiteral(":/calendar/2025.json"));
    CHECK(isoDates(year->daysOff)
          == QStringList{QStringLiteral("2025-01-01"), QStringLiteral("2025-01-27"), QStringLiteral("2025-01-28"),
                         QStringLiteral("2025-01-29"), QStringLiteral("2025-01-30"), QStringLiteral("2025-01-31"),
                         QStringLiteral("2025-04-07"), QStringLiteral("2025-04-30"), QStringLiteral("2025-05-01"),
                         QStringLiteral("2025-05-02"), QStringLiteral("2025-09-01"), QStringLiteral("2025-09-02")});
    CHECK(year->dayOff(QDate(2025, 1, 27))->kind == DayOffKind::Announced);
    CHECK(year->dayOff(QDate(2025, 1, 28))->kind == DayOffKind::Holiday);
    CHECK(year->isAnnouncedWorkingDay(QDate(2025, 4, 26)));
    CHECK_FALSE(year->isDayOff(QDate(2025, 2, 3)));
}

TEST_CASE("2026 with the built-in announcement: New Year 1-4 January")
{
    const auto year = HolidayCalendar().year(2026);
    REQUIRE(year.ok());
    CHECK(year->isDayOff(QDate(2026, 1, 1)));
    CHECK(year->isDayOff(QDate(2026, 1, 2)));
    CHECK(year->isAnnouncedWorkingDay(QDate(2026, 1, 10)));
    // Tết Bính Ngọ: the statutory default is what was announced, 16-20 February.
    for (int day = 16; day <= 20; ++day)
        CHECK(year->dayOff(QDate(2026, 2, day))->kind == DayOffKind::Holiday);
    CHECK_FALSE(year->isDayOff(QDate(2026, 2, 23)));
}

TEST_CASE("a data folder's override file wins over the built-in one")
{
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    const QString path = QDir(folder.path()).filePath(QStringLiteral("2025.json"));
    writeFile(path, oneDayOff(2025, QStringLiteral("2025-06-02")));

    const auto year = HolidayCalendar(folder.path()).year(2025);
    REQUIRE(year.ok());
    CHECK(year->problems.isEmpty());
    CHECK(year->overrideOrigin == path);
    CHECK(year->dayOff(QDate(2025, 6, 2))->nameVi == QStringLiteral("Nghỉ thử"));
    // The built-in announcement no longer applies: the statutory Tết is back.
    CHECK_FALSE(year->isDayOff(QDate(2025, 1, 27)));
    CHECK(year->isDayOff(QDate(2025, 2, 3)));
    CHECK_FALSE(year->isAnnouncedWorkingDay(QDate(2025, 4, 26)));
}

TEST_CASE("a malformed data folder file is reported and the built-in data still apply")
{
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    const QString broken = QDir(folder.path()).filePath(QStringLiteral("2025.json"));
    writeFile(broken, "{\"year\": 2025, \"daysOff\": [");
    const QString brokenNoBuiltIn = QDir(folder.path()).filePath(QStringLiteral("2027.json"));
    writeFile(brokenNoBuiltIn, oneDayOff(2027, QStringLiteral("2026-12-31")));

    const HolidayCalendar calendar(folder.path());
    const auto y2025 = calendar.year(2025);
    REQUIRE(y2025.ok());
    REQUIRE(y2025->problems.size() == 1);
    CHECK(y2025->problems.first().message.contains(broken));
    CHECK(y2025->overrideOrigin == QStringLiteral(":/calendar/2025.json"));
    CHECK(y2025->isDayOff(QDate(2025, 1, 27)));

    const auto y2027 = calendar.year(2027);
    REQUIRE(y2027.ok());
    REQUIRE(y2027->problems.size() == 1);
    CHECK(y2027->problems.first().message.contains(QStringLiteral("2026-12-31")));
    CHECK(y2027->overrideOrigin.isEmpty());
    CHECK(y2027->daysOff == *statutoryDaysOff(2027));
}

TEST_CASE("a year without rules is an error")
{
    const auto year = HolidayCalendar().year(1899);
    REQUIRE_FALSE(year.ok());
    CHECK(year.error().code == QStringLiteral("calendar.rules.none"));
}
