// A new workstation from nothing: init, demo dossiers, listing, and the data check catching damage.
#include "ProcessRunner.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace motcua::test;

namespace {
QString q(const char *text) { return QString::fromUtf8(text); }
}

TEST_CASE("workstation init creates the store, the key outside it, and the settings")
{
    QTemporaryDir dir;
    const QString data = dir.filePath(q("ws"));
    const auto init = runAdmin(data, {q("workstation"), q("init"), q("--agency"), q("XA01"), q("--workstation"), q("Q1")});
    INFO(init.err.toStdString());
    REQUIRE(init.exitCode == 0);
    CHECK(QFile::exists(data + q("/motcua.db")));
    CHECK(QFile::exists(data + q("/keys/data.key")));
    CHECK(QFile::exists(data + q("/workstation.json")));
    CHECK((QFile::permissions(data + q("/keys/data.key")) & (QFile::ReadOther | QFile::ReadGroup)) == 0);
    CHECK(init.out.contains(q("XA01")));

    const auto again = runAdmin(data, {q("workstation"), q("init")});
    CHECK(again.exitCode == 0);
    CHECK(again.out.contains(q("XA01"))); // settings kept
}

TEST_CASE("demo dossiers are saved once, listed, and pass the data check")
{
    QTemporaryDir dir;
    const QString data = dir.filePath(q("ws"));
    REQUIRE(runAdmin(data, {q("workstation"), q("init"), q("--agency"), q("DEMO")}).exitCode == 0);
    const auto seed = runAdmin(data, {q("workstation"), q("seed-demo"), q("--count"), q("30")});
    INFO(seed.err.toStdString());
    REQUIRE(seed.exitCode == 0);
    CHECK(seed.out.contains(q("30")));

    const auto list = runAdmin(data, {q("dossiers"), q("list")});
    REQUIRE(list.exitCode == 0);
    CHECK(list.out.count(q("DEMO-")) == 30);

    const auto check = runAdmin(data, {q("db"), q("check")});
    INFO(check.out.toStdString() << check.err.toStdString());
    CHECK(check.exitCode == 0);

    // A day's report counts exactly the dossiers received that day (the newest dossier's day).
    const QString today = list.out.section(QLatin1Char('\t'), 1, 1).left(10);
    REQUIRE(QDate::fromString(today, Qt::ISODate).isValid());
    const auto todays = runAdmin(data, {q("dossiers"), q("list"), q("--from"), today, q("--to"), today});
    REQUIRE(todays.exitCode == 0);
    const auto report = runAdmin(data, {q("report"), q("daily"), q("--date"), today, q("--json")});
    REQUIRE(report.exitCode == 0);
    int received = 0;
    for (const auto &row : QJsonDocument::fromJson(report.out.toUtf8()).object().value(q("rows")).toArray())
        received += row.toObject().value(q("received")).toInt();
    CHECK(received > 0);
    CHECK(received == todays.out.count(q("DEMO-")));

    // Seeding twice would mix demo data into a live store: refused, nothing added.
    CHECK(runAdmin(data, {q("workstation"), q("seed-demo"), q("--count"), q("5")}).exitCode != 0);
    CHECK(runAdmin(data, {q("dossiers"), q("list")}).out.count(q("DEMO-")) == 30);
}

TEST_CASE("the data check reports a damaged database file and does not replace it")
{
    QTemporaryDir dir;
    const QString data = dir.filePath(q("ws"));
    REQUIRE(runAdmin(data, {q("workstation"), q("init")}).exitCode == 0);
    REQUIRE(overwriteFile(data + q("/motcua.db"), QByteArray(4096, 'x')));

    const auto check = runAdmin(data, {q("db"), q("check")});
    CHECK(check.exitCode == 1);
    CHECK_FALSE(check.err.isEmpty());
    QFile db(data + q("/motcua.db"));
    REQUIRE(db.open(QIODevice::ReadOnly));
    CHECK(db.readAll() == QByteArray(4096, 'x'));
}
