#include "StoreFixture.h"
#include "TestSupport.h"

using namespace motcua;
using test::StoreFixture;

TEST_CASE("the daily report counts per procedure and clerk")
{
    StoreFixture f;
    const QDate day(2025, 7, 1);
    Dossier d = test::makeDossier(); // 4 fields (2 reused), 3 documents (2 digitised)
    d.receivedAt = QDateTime(day, QTime(9, 0));
    f.saved(d);
    f.saved(d);
    Dossier other = d;
    other.clerk = QStringLiteral("clerk.minh");
    other.fields.clear();
    other.attachments.clear();
    f.saved(other);
    Dossier otherUnit = d;
    otherUnit.unit = QStringLiteral("phuong-khac");
    f.saved(otherUnit);

    // Due that day: one with its result in time, one late, one without a result.
    Dossier early = d;
    early.receivedAt = QDateTime(day.addDays(-7), QTime(9, 0));
    early.dueDate = day;
    REQUIRE(changeStatus(early, DossierStatus::Processing, QDateTime(day.addDays(-6), QTime(9, 0)), early.clerk).ok());
    REQUIRE(changeStatus(early, DossierStatus::ResultReady, QDateTime(day, QTime(8, 0)), early.clerk).ok());
    f.saved(early);
    Dossier late = early;
    late.history.removeLast();
    REQUIRE(changeStatus(late, DossierStatus::ResultReady, QDateTime(day.addDays(1), QTime(8, 0)), late.clerk).ok());
    f.saved(late);
    Dossier pending = early;
    pending.history.resize(1);
    f.saved(pending);

    auto report = f.store->dailyReport(day, QStringLiteral("xa-phuoc-dinh"));
    REQUIRE(report.ok());
    REQUIRE(report->size() == 2);
    const DailyReportRow &lan = report->at(0);
    CHECK(lan.clerk == QStringLiteral("clerk.lan"));
    CHECK(lan.procedureId == d.procedureId);
    CHECK(lan.received == 2);
    CHECK(lan.reusedDataShare() == Approx(0.5));
    CHECK(lan.digitisedShare() == Approx(2.0 / 3.0));
    CHECK(lan.due == 3);
    CHECK(lan.dueOnTime == 1);
    const DailyReportRow &minh = report->at(1);
    CHECK(minh.clerk == QStringLiteral("clerk.minh"));
    CHECK(minh.received == 1);
    CHECK(minh.digitisedShare() == 0.0);
    CHECK(minh.due == 0);

    auto everyUnit = f.store->dailyReport(day);
    REQUIRE(everyUnit.ok());
    CHECK(everyUnit->at(0).received == 3);
    CHECK(f.store->dailyReport(day.addDays(5))->isEmpty());
}
