// motcua-admin's read-only commands, run as a program: calendar, procedures, identity.
#include "ProcessRunner.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace motcua::test;

namespace {
QString q(const char *text) { return QString::fromUtf8(text); }

ProcessResult admin(const QStringList &args)
{
    static QTemporaryDir dir; // read-only commands: an empty data folder is enough
    return runAdmin(dir.path(), args);
}
} // namespace

TEST_CASE("calendar holidays prints one tab-separated line per day off")
{
    const auto result = admin({q("calendar"), q("holidays"), q("2025")});
    REQUIRE(result.exitCode == 0);
    const QStringList lines = result.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE_FALSE(lines.isEmpty());
    for (const QString &line : lines)
        CHECK(line.contains(QRegularExpression(q("^2025-\\d\\d-\\d\\d\\t\\S"))));
    CHECK(result.out.contains(q("2025-01-01\t")));
    CHECK(result.out.contains(q("2025-04-30\t")));
    CHECK(result.out.contains(q("2025-09-02\t")));
    // Tết 2025 as the government announced it: 27 to 31 January.
    for (const char *day : {"2025-01-27\t", "2025-01-28\t", "2025-01-29\t", "2025-01-30\t", "2025-01-31\t"})
        CHECK(result.out.contains(q(day)));
}

TEST_CASE("calendar due counts working days and skips the 30/4 and 1/5 holidays")
{
    // Tuesday 29 April 2025, afternoon; 30/4, 1/5 and 2/5 (swapped) are off: one working day -> Monday 5 May.
    const auto result = admin({q("calendar"), q("due"), q("--from"), q("2025-04-29T16:30"), q("--days"), q("1")});
    REQUIRE(result.exitCode == 0);
    CHECK(result.out.trimmed() == q("2025-05-05"));

    CHECK(admin({q("calendar"), q("due"), q("--from"), q("2025-13-01T08:00"), q("--days"), q("1")}).exitCode == 1);
    CHECK(admin({q("calendar"), q("due"), q("--days"), q("1")}).exitCode != 0);
    CHECK(admin({q("calendar"), q("holidays"), q("21000")}).exitCode == 1);
}

TEST_CASE("procedures list and show cover the 25 priority procedures")
{
    const auto list = admin({q("procedures"), q("list"), q("--json")});
    REQUIRE(list.exitCode == 0);
    const QJsonArray procedures = QJsonDocument::fromJson(list.out.toUtf8()).array();
    REQUIRE(procedures.size() == 25);
    for (int i = 0; i < 25; ++i)
        CHECK(procedures.at(i).toObject().value(q("number")).toInt() == i + 1);

    const auto birth = admin({q("procedures"), q("show"), q("9"), q("--json")});
    REQUIRE(birth.exitCode == 0);
    const QJsonObject procedure = QJsonDocument::fromJson(birth.out.toUtf8()).object();
    CHECK(procedure.value(q("id")).toString() == q("dang-ky-khai-sinh"));

    CHECK(admin({q("procedures"), q("show"), q("99")}).exitCode == 1);
    CHECK(admin({q("procedures"), q("frobnicate")}).exitCode == 2);
}

TEST_CASE("identity qr parses a card's QR and derives the CAN")
{
    const QString text = q("058090001234|264123456|Nguyễn Thị Hoa|15031990|Nữ|Thôn 1, Xã Phước Hữu, Tỉnh Khánh Hòa|20042021");
    const auto result = admin({q("identity"), q("qr"), text, q("--json")});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    const QJsonObject doc = QJsonDocument::fromJson(result.out.toUtf8()).object();
    CHECK(doc.value(q("id12")).toString() == q("058090001234"));
    CHECK(doc.value(q("derived")).toObject().value(q("can")).toString() == q("001234"));
    const QJsonObject name = doc.value(q("fields")).toObject().value(q("fullName")).toObject();
    CHECK(name.value(q("value")).toString() == q("Nguyễn Thị Hoa"));
    CHECK(name.value(q("source")).toString() == q("qr"));
}

TEST_CASE("identity rejects a torn QR and a confused MRZ with a message and exit 1")
{
    const auto torn = admin({q("identity"), q("qr"), q("058090001234|264123456|Nguyễn Thị")});
    CHECK(torn.exitCode == 1);
    CHECK_FALSE(torn.err.trimmed().isEmpty());

    const auto mrz = admin({q("identity"), q("mrz"), q("IDVNM0900O1234<058090001234<<8\n9003155F3003153VNM<<<<<<<<<<<6\nNGUYEN<<THI<HOA<<<<<<<<<<<<<<<")});
    CHECK(mrz.exitCode == 1);
    CHECK_FALSE(mrz.err.trimmed().isEmpty());
}
