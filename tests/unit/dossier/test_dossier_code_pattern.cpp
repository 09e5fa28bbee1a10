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

TEST_CASE("the pattern's regular expression matches every code it formats, whole")
{
    const QList<QString> patterns{DossierCodePattern::defaultPattern(),
                                  QStringLiteral("{unit}/{workstation}/{yyyy}.{yy}.{mm}.{dd}/{seq}"),
                                  QStringLiteral("HS(1+1)*{agencyCode}?{seq:06}"), QStringLiteral("{seq}")};
    const QList<CodeContext> contexts{kContext, CodeContext{QStringLiteral("H26.1"), QStringLiteral("x_1"), QStringLiteral("7")}};
    for (const QString &pattern : patterns) {
        const QRegularExpression expression = DossierCodePattern::toRegularExpression(pattern);
        INFO(pattern.toStdString() << " -> " << expression.pattern().toStdString());
        REQUIRE(expression.isValid());
        for (const CodeContext &context : contexts)
            for (const qint64 seq : {qint64(1), qint64(42), qint64(1234567)})
                for (const QDate &date : {QDate(2025, 7, 1), QDate(2031, 12, 31)}) {
                    const QString code = DossierCodePattern::format(pattern, context, date, seq);
                    CHECK(expression.match(code).hasMatch());
                    CHECK_FALSE(expression.match(code + QStringLiteral(" ")).hasMatch());
                    CHECK_FALSE(expression.match(QStringLiteral("#") + code).hasMatch());
                }
    }
}

TEST_CASE("the pattern's regular expression refuses what the pattern cannot produce")
{
    const QRegularExpression expression = DossierCodePattern::toRegularExpression(DossierCodePattern::defaultPattern());
    CHECK(expression.match(QStringLiteral("UBND-PD-250701-0007")).hasMatch());
    CHECK(expression.match(QStringLiteral("UBND-PD-250701-12345")).hasMatch());
    CHECK_FALSE(expression.match(QStringLiteral("UBND-PD-250701-007")).hasMatch());    // {seq:04}: at least 4 digits
    CHECK_FALSE(expression.match(QStringLiteral("UBND-PD-25071-0007")).hasMatch());    // {yymmdd}: 6 digits
    CHECK_FALSE(expression.match(QStringLiteral("UBND PD-250701-0007")).hasMatch());   // no space in an agency code
    CHECK_FALSE(expression.match(QStringLiteral("-250701-0007")).hasMatch());          // an agency code is not empty
    CHECK_FALSE(expression.match(QStringLiteral("001099012345")).hasMatch());          // a personal ID is no dossier code

    // Literal text is literal: '.' and '+' in the pattern are not regular-expression operators.
    const QRegularExpression dotted = DossierCodePattern::toRegularExpression(QStringLiteral("A.B+{seq}"));
    CHECK(dotted.match(QStringLiteral("A.B+12")).hasMatch());
    CHECK_FALSE(dotted.match(QStringLiteral("AxBB12")).hasMatch());
}

TEST_CASE("an invalid pattern gives an empty expression")
{
    CHECK(DossierCodePattern::toRegularExpression(QStringLiteral("{agency}-{seq}")).pattern().isEmpty());
    CHECK(DossierCodePattern::toRegularExpression(QString()).pattern().isEmpty());
}
