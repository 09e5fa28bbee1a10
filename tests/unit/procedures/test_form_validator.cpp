#include "ProcedureFixture.h"
#include "TestSupport.h"
#include "procedures/FormValidator.h"

#include <catch2/catch.hpp>

using namespace motcua;
using namespace motcua::test;

namespace {

const QDate kToday(2025, 7, 15);

// Every required field filled correctly; the requester pre-filled from a card.
FilledForm completeForm()
{
    FilledForm form;
    form.prefill(QStringLiteral("requester.fullName"), {QStringLiteral("Nguyễn Văn An"), FieldSource::Chip});
    form.prefill(QStringLiteral("requester.id12"), {QStringLiteral("001088012345"), FieldSource::Chip});
    form.markPartyPresent(QStringLiteral("requester"));
    form.setValue(QStringLiteral("child.fullName"), QStringLiteral("Nguyễn Minh Khôi"));
    form.setValue(QStringLiteral("child.dateOfBirth"), QStringLiteral("2025-07-01"));
    form.setValue(QStringLiteral("child.sex"), QStringLiteral("male"));
    form.setValue(QStringLiteral("requester.relationship"), QStringLiteral("father"));
    return form;
}

// The problems of the complete form with one field set to `value`.
QList<FormProblem> problemsWith(const QString &fieldId, const QString &value)
{
    FilledForm form = completeForm();
    form.setValue(fieldId, value);
    return FormValidator(kToday, QStringLiteral("en")).validate(parsedProcedure(), form);
}

// The message for `fieldId` when set to `value`, empty when it is accepted.
QString messageFor(const QString &fieldId, const QString &value)
{
    const QList<FormProblem> problems = problemsWith(fieldId, value);
    for (const FormProblem &problem : problems)
        UNSCOPED_INFO(problem.fieldId << ": " << problem.message);
    REQUIRE(problems.size() <= 1);
    if (problems.isEmpty())
        return {};
    CHECK(problems.first().fieldId == fieldId);
    return problems.first().message;
}

} // namespace

TEST_CASE("a complete form has no problems")
{
    const auto problems = FormValidator(kToday).validate(parsedProcedure(), completeForm());
    for (const FormProblem &problem : problems)
        UNSCOPED_INFO(problem.fieldId << ": " << problem.message);
    CHECK(problems.isEmpty());
}

TEST_CASE("required and requiredWhen fields")
{
    CHECK(messageFor(QStringLiteral("child.fullName"), QString()) == QStringLiteral("This field is required"));
    CHECK(messageFor(QStringLiteral("child.fullName"), QStringLiteral("   ")) == QStringLiteral("This field is required"));
    // requester.relationshipOther is required only when the relationship is "other".
    CHECK(messageFor(QStringLiteral("requester.relationshipOther"), QString()).isEmpty());
    FilledForm form = completeForm();
    form.setValue(QStringLiteral("requester.relationship"), QStringLiteral("other"));
    const auto problems = FormValidator(kToday).validate(parsedProcedure(), form);
    REQUIRE(problems.size() == 1);
    CHECK(problems.first() == FormProblem{QStringLiteral("requester.relationshipOther"), QStringLiteral("This field is required")});
}

TEST_CASE("dates are valid and not in the future where the form says so")
{
    CHECK(messageFor(QStringLiteral("child.dateOfBirth"), QStringLiteral("2025-02-30")) == QStringLiteral("This is not a valid date"));
    CHECK(messageFor(QStringLiteral("child.dateOfBirth"), QStringLiteral("01/07/2025")) == QStringLiteral("This is not a valid date"));
    CHECK(messageFor(QStringLiteral("child.dateOfBirth"), QStringLiteral("2025-07-16")) == QStringLiteral("Date of birth cannot be in the future"));
    CHECK(messageFor(QStringLiteral("child.dateOfBirth"), QStringLiteral("2025-07-15")).isEmpty()); // today is fine
}

TEST_CASE("numbers stay between min and max")
{
    CHECK(messageFor(QStringLiteral("child.weightKg"), QStringLiteral("3.2")).isEmpty());
    CHECK(messageFor(QStringLiteral("child.weightKg"), QStringLiteral("three")) == QStringLiteral("Enter a number"));
    CHECK(messageFor(QStringLiteral("child.weightKg"), QStringLiteral("0.2")) == QStringLiteral("The value must be at least 0.5"));
    CHECK(messageFor(QStringLiteral("child.weightKg"), QStringLiteral("12")) == QStringLiteral("The value must be at most 8"));
}

TEST_CASE("identity numbers, phone, e-mail and tax code have their shapes")
{
    CHECK(messageFor(QStringLiteral("mother.id12"), QStringLiteral("00119001234")) == QStringLiteral("A 12-digit personal ID has 12 digits"));
    CHECK(messageFor(QStringLiteral("mother.id12"), QStringLiteral("00119001234A")) == QStringLiteral("A 12-digit personal ID has 12 digits"));
    CHECK(messageFor(QStringLiteral("mother.id12"), QStringLiteral("001190012345")).isEmpty());
    // The structure is checked by identity/PersonalId: no province has the code 999.
    CHECK(messageFor(QStringLiteral("mother.id12"), QStringLiteral("999190012345")) == QStringLiteral("The personal ID number does not start with a known province code"));
    CHECK(messageFor(QStringLiteral("requester.oldId"), QStringLiteral("12345678")) == QStringLiteral("An old ID card (CMND) number has 9 digits"));
    CHECK(messageFor(QStringLiteral("requester.oldId"), QStringLiteral("123456789")).isEmpty());

    const QString phoneRule = QStringLiteral("A phone number has 10 digits starting with 0, or +84 and 9 digits");
    CHECK(messageFor(QStringLiteral("requester.phone"), QStringLiteral("0912 345 678")).isEmpty());
    CHECK(messageFor(QStringLiteral("requester.phone"), QStringLiteral("+84912345678")).isEmpty());
    CHECK(messageFor(QStringLiteral("requester.phone"), QStringLiteral("912345678")) == phoneRule);
    CHECK(messageFor(QStringLiteral("requester.phone"), QStringLiteral("09123456789")) == phoneRule);

    CHECK(messageFor(QStringLiteral("requester.email"), QStringLiteral("an@example.vn")).isEmpty());
    CHECK(messageFor(QStringLiteral("requester.email"), QStringLiteral("an@example")) == QStringLiteral("This is not a valid e-mail address"));

    CHECK(messageFor(QStringLiteral("requester.taxCode"), QStringLiteral("0101234567")).isEmpty());
    CHECK(messageFor(QStringLiteral("requester.taxCode"), QStringLiteral("0101234567-001")).isEmpty());
    CHECK(messageFor(QStringLiteral("requester.taxCode"), QStringLiteral("0101234567001")).isEmpty());
    CHECK(messageFor(QStringLiteral("requester.taxCode"), QStringLiteral("01012345")) == QStringLiteral("A tax code has 10 or 13 digits"));
}

TEST_CASE("choices, booleans, length and pattern")
{
    CHECK(messageFor(QStringLiteral("child.sex"), QStringLiteral("nam")) == QStringLiteral("Choose one of the listed options"));
    CHECK(messageFor(QStringLiteral("requester.agreed"), QStringLiteral("true")).isEmpty());
    CHECK(messageFor(QStringLiteral("requester.agreed"), QStringLiteral("yes")) == QStringLiteral("Answer yes or no"));
    CHECK(messageFor(QStringLiteral("child.fullName"), QString(21, QLatin1Char('a'))) == QStringLiteral("At most 20 characters"));
    CHECK(messageFor(QStringLiteral("child.fullName"), QString(20, QLatin1Char('a'))).isEmpty());
    CHECK(messageFor(QStringLiteral("requester.code"), QStringLiteral("AB1234")).isEmpty());
    CHECK(messageFor(QStringLiteral("requester.code"), QStringLiteral("ab1234")) == QStringLiteral("Two capitals and four digits"));

    FilledForm form = completeForm();
    form.setValue(QStringLiteral("requester.code"), QStringLiteral("x"));
    const auto vietnamese = FormValidator(kToday, QStringLiteral("vi")).validate(parsedProcedure(), form);
    REQUIRE(vietnamese.size() == 1);
    CHECK(vietnamese.first().message == QStringLiteral("Hai chữ hoa và bốn chữ số"));
}

TEST_CASE("a changed pre-filled value needs an override reason")
{
    FilledForm form = completeForm();
    form.setValue(QStringLiteral("requester.fullName"), QStringLiteral("Nguyễn Văn Ân"));
    auto problems = FormValidator(kToday).validate(parsedProcedure(), form);
    REQUIRE(problems.size() == 1);
    CHECK(problems.first().fieldId == QStringLiteral("requester.fullName"));
    CHECK(problems.first().message == QStringLiteral("This value comes from population data: record a reason to change it"));

    REQUIRE(form.overrideBoundValue(QStringLiteral("requester.fullName"), QStringLiteral("Nguyễn Văn Ân"), QStringLiteral("Name corrected by decision 5/QĐ")).ok());
    CHECK(FormValidator(kToday).validate(parsedProcedure(), form).isEmpty());
}

TEST_CASE("required parties must be present")
{
    FilledForm form;
    form.setValue(QStringLiteral("requester.relationship"), QStringLiteral("father"));
    const auto problems = FormValidator(kToday, QStringLiteral("en")).validate(parsedProcedure(), form);
    QList<FormProblem> partyProblems;
    for (const FormProblem &problem : problems)
        if (!problem.partyRole.isEmpty())
            partyProblems.append(problem);
    // The requester has typed data (relationship); the child has none; the mother is optional.
    REQUIRE(partyProblems.size() == 1);
    CHECK(partyProblems.first().partyRole == QStringLiteral("child"));
    CHECK(partyProblems.first().fieldId.isEmpty());
    CHECK(partyProblems.first().message == QStringLiteral("This procedure needs the child: add them to the dossier"));
}

TEST_CASE("checkDocuments lists the required documents not received")
{
    const Procedure procedure = parsedProcedure();
    FilledForm form = completeForm();
    auto missing = FormValidator::checkDocuments(procedure, {}, form);
    REQUIRE(missing.size() == 1);
    CHECK(missing.first().id == QStringLiteral("birth-notice"));
    CHECK(FormValidator::checkDocuments(procedure, {QStringLiteral("birth-notice")}, form).isEmpty());

    // The authorisation is needed only when someone other than a parent registers the birth.
    form.setValue(QStringLiteral("requester.relationship"), QStringLiteral("other"));
    missing = FormValidator::checkDocuments(procedure, {QStringLiteral("birth-notice")}, form);
    REQUIRE(missing.size() == 1);
    CHECK(missing.first().id == QStringLiteral("authorisation"));
}
