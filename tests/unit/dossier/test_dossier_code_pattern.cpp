#include "TestSupport.h"
#include "dossier/DossierCodePattern.h"

#include <catch2/catch.hpp>

using namespace motcua;

namespace {
const CodeContext kContext{QStringLiteral("UBND-PD"), QStringLiteral("xa-pd"), QStringLiteral("ws-02")};
}

TEST_CASE("the default pattern gives agency, day and a padded sequence")
{
    const QString pattern = DossierCodePattern::defaultPattern();
    REQUIRE(DossierCodePattern::validate(pattern).ok());
    CHECK(DossierCodePattern::format(pattern, kContext, QDate(2025, 7, 1), 7) == QStringLiteral("UBND-PD-250701-0007"));
    CHECK(DossierCodePattern::format(pattern, kContext, QDate(2025, 7, 1), 12345) == QStringLiteral("UBND-PD-250701-12345"));
}

TEST_CASE("every token expands")
{
    const QString pattern = QStringLiteral("{unit}/{workstation}/{yyyy}.{yy}.{mm}.{dd}/{seq}");
    REQUIRE(DossierCodePattern::validate(pattern).ok());
    CHECK(DossierCodePattern::format(pattern, kContext, QDate(2026, 1, 9), 42) == QStringLiteral("xa-pd/ws-02/2026.26.01.09/42"));
}

TEST_CASE("the scope leaves out the sequence, so the default restarts each day")
{
    const QString pattern = DossierCodePattern::defaultPattern();
    const QString day1 = DossierCodePattern::scope(pattern, kContext, QDate(2025, 7, 1));
    const QString day2 = DossierCodePattern::scope(pattern, kContext, QDate(2025, 7, 2));
    CHECK(day1 == QStringLiteral("UBND-PD-250701-"));
    CHECK(day1 != day2);
    CHECK(DossierCodePattern::scope(QStringLiteral("{agencyCode}-{seq:06}"), kContext, QDate(2025, 7, 1))
          == DossierCodePattern::scope(QStringLiteral("{agencyCode}-{seq:06}"), kContext, QDate(2025, 7, 2)));
}

TEST_CASE("invalid patterns are refused with a reason")
{
    for (const QString &bad : {QStringLiteral("{agencyCode}-{yymmdd}"), QStringLiteral("{agencyCode}-{seq:04"),
                               QStringLiteral("{agency}-{seq}"), QStringLiteral("{seq}-{seq}"),
                               QStringLiteral("x}{seq}"), QStringLiteral("{seq:0}"), QStringLiteral("{seq:x}"),
                               QString()}) {
        INFO(bad.toStdString());
        const Status status = DossierCodePattern::validate(bad);
        REQUIRE_FALSE(status.ok());
        CHECK(status.error().code == QStringLiteral("dossier.codePattern.invalid"));
        CHECK_FALSE(status.error().message.isEmpty());
    }
}
