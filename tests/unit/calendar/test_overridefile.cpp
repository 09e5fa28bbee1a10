#include "TestSupport.h"
#include "calendar/OverrideFile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace motcua;
using namespace motcua::calendar;

namespace {

QJsonObject entry(const QString &date, const QString &vi = QStringLiteral("Ngày nghỉ"),
                  const QString &en = QStringLiteral("Day off"))
{
    return QJsonObject{{QStringLiteral("date"), date},
                       {QStringLiteral("name"), QJsonObject{{QStringLiteral("vi"), vi}, {QStringLiteral("en"), en}}}};
}

QJsonObject announcement(int year)
{
    return QJsonObject{
        {QStringLiteral("year"), year},
        {QStringLiteral("source"), QStringLiteral("test announcement")},
        {QStringLiteral("daysOff"), QJsonArray{entry(QStringLiteral("%1-05-02").arg(year))}},
        {QStringLiteral("workingDays"), QJsonArray{entry(QStringLiteral("%1-04-26").arg(year))}},
        {QStringLiteral("cancelledDaysOff"), QJsonArray{entry(QStringLiteral("%1-02-03").arg(year))}},
    };
}

QByteArray toJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson();
}

Error parseError(const QByteArray &json, const QString &fileName = QStringLiteral("/data/calendar/2025.json"))
{
    const auto parsed = parseCalendarOverride(json, fileName);
    REQUIRE_FALSE(parsed.ok());
    CHECK(parsed.error().code == QStringLiteral("calendar.override.invalid"));
    CHECK(parsed.error().message.contains(fileName));
    return parsed.error();
}

} // namespace

TEST_CASE("a valid override file")
{
    const auto parsed = parseCalendarOverride(toJson(announcement(2025)), QStringLiteral("/x/2025.json"));
    REQUIRE(parsed.ok());
    CHECK(parsed->year == 2025);
    CHECK(parsed->source == QStringLiteral("test announcement"));
    REQUIRE(parsed->daysOff.size() == 1);
    CHECK(parsed->daysOff.first().date == QDate(2025, 5, 2));
    CHECK(parsed->daysOff.first().kind == DayOffKind::Announced);
    CHECK(parsed->daysOff.first().nameVi == QStringLiteral("Ngày nghỉ"));
    REQUIRE(parsed->workingDays.size() == 1);
    CHECK(parsed->workingDays.first().date == QDate(2025, 4, 26));
    REQUIRE(parsed->cancelledDaysOff.size() == 1);
    CHECK(parsed->cancelledDaysOff.first().date == QDate(2025, 2, 3));
    CHECK(parsed->origin == QStringLiteral("/x/2025.json"));
}

TEST_CASE("malformed override files are errors naming the file and the problem")
{
    CHECK(parseError("{\"year\": 2025,").message.contains(QStringLiteral("JSON")));
    CHECK(parseError("[]").message.contains(QStringLiteral("object")));

    QJsonObject noSource = announcement(2025);
    noSource.remove(QStringLiteral("source"));
    CHECK(parseError(toJson(noSource)).message.contains(QStringLiteral("source")));

    QJsonObject wrongYear = announcement(2025);
    wrongYear[QStringLiteral("year")] = QStringLiteral("2025");
    CHECK(parseError(toJson(wrongYear)).message.contains(QStringLiteral("year")));

    CHECK(parseError(toJson(announcement(2026))).message.contains(QStringLiteral("2026.json")));

    QJsonObject otherYearDate = announcement(2025);
    otherYearDate[QStringLiteral("daysOff")] = QJsonArray{entry(QStringLiteral("2024-12-31"))};
    CHECK(parseError(toJson(otherYearDate)).message.contains(QStringLiteral("2024-12-31")));

    QJsonObject badDate = announcement(2025);
    badDate[QStringLiteral("daysOff")] = QJsonArray{entry(QStringLiteral("2025-02-30"))};
    CHECK(parseError(toJson(badDate)).message.contains(QStringLiteral("date")));

    QJsonObject noName = announcement(2025);
    noName[QStringLiteral("workingDays")] = QJsonArray{entry(QStringLiteral("2025-04-26"), QString())};
    CHECK(parseError(toJson(noName)).message.contains(QStringLiteral("2025-04-26")));

    QJsonObject notAList = announcement(2025);
    notAList[QStringLiteral("daysOff")] = entry(QStringLiteral("2025-05-02"));
    CHECK(parseError(toJson(notAList)).message.contains(QStringLiteral("daysOff")));

    QJsonObject twice = announcement(2025);
    twice[QStringLiteral("workingDays")] = QJsonArray{entry(QStringLiteral("2025-05-02"))};
    CHECK(parseError(toJson(twice)).message.contains(QStringLiteral("2025-05-02")));
}

TEST_CASE("an unreadable override file is an error naming it")
{
    const auto missing = loadCalendarOverride(QStringLiteral("/nonexistent/calendar/2025.json"));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == QStringLiteral("calendar.override.unreadable"));
    CHECK(missing.error().message.contains(QStringLiteral("/nonexistent/calendar/2025.json")));
}

TEST_CASE("the built-in announcement files are valid and cite their source")
{
    for (const int year : {2025, 2026}) {
        INFO("year " << year);
        const QString path = builtInOverridePath(year);
        REQUIRE(path == QStringLiteral(":/calendar/%1.json").arg(year));
        const auto loaded = loadCalendarOverride(path);
        REQUIRE(loaded.ok());
        CHECK(loaded->year == year);
        CHECK(loaded->source.size() > 40);
    }
    CHECK(builtInOverridePath(1999).isEmpty());
}
