#include "ProcedureFixture.h"
#include "TestSupport.h"
#include "procedures/Prefill.h"

#include <catch2/catch.hpp>

using namespace motcua;
using namespace motcua::test;

namespace {

Person motherFromChip()
{
    Person mother;
    mother.set(PersonKey::fullName, QStringLiteral("Trần Thị Mai"), FieldSource::Chip);
    mother.set(PersonKey::id12, QStringLiteral("001190012345"), FieldSource::Chip);
    mother.set(PersonKey::dateOfBirth, QStringLiteral("1990-05-17"), FieldSource::Chip);
    return mother;
}

Person requesterFromQr()
{
    Person requester;
    requester.set(PersonKey::fullName, QStringLiteral("Nguyễn Văn An"), FieldSource::Qr);
    requester.set(PersonKey::id12, QStringLiteral("001088012345"), FieldSource::Qr);
    requester.set(PersonKey::sex, QStringLiteral("male"), FieldSource::Qr);
    requester.set(PersonKey::permanentResidence, QStringLiteral("12 Lê Lợi, Phan Rang"), FieldSource::PopulationRegistry);
    return requester;
}

} // namespace

TEST_CASE("bound fields take their party's values with the Person's source")
{
    const Procedure procedure = parsedProcedure();
    const PrefillResult result = Prefill::fill(procedure, {{QStringLiteral("mother"), motherFromChip()},
                                                           {QStringLiteral("requester"), requesterFromQr()}});
    const FilledForm &form = result.form;
    CHECK(form.value(QStringLiteral("mother.fullName")) == SourcedValue{QStringLiteral("Trần Thị Mai"), FieldSource::Chip});
    CHECK(form.value(QStringLiteral("mother.dateOfBirth")) == SourcedValue{QStringLiteral("1990-05-17"), FieldSource::Chip});
    CHECK(form.value(QStringLiteral("requester.id12")) == SourcedValue{QStringLiteral("001088012345"), FieldSource::Qr});
    CHECK(form.value(QStringLiteral("requester.sex")) == SourcedValue{QStringLiteral("male"), FieldSource::Qr});
    CHECK(form.value(QStringLiteral("requester.residence")).source == FieldSource::PopulationRegistry);

    CHECK(result.boundFields == QStringList{QStringLiteral("mother.fullName"), QStringLiteral("mother.id12"), QStringLiteral("mother.dateOfBirth"),
                                            QStringLiteral("requester.fullName"), QStringLiteral("requester.id12"), QStringLiteral("requester.sex"),
                                            QStringLiteral("requester.phone"), QStringLiteral("requester.residence"), QStringLiteral("requester.oldId")});
    CHECK(result.filledFields.size() == 7);
    CHECK(form.prefilled().keys() == QStringList{QStringLiteral("mother.dateOfBirth"), QStringLiteral("mother.fullName"), QStringLiteral("mother.id12"),
                                                 QStringLiteral("requester.fullName"), QStringLiteral("requester.id12"),
                                                 QStringLiteral("requester.residence"), QStringLiteral("requester.sex")});
    CHECK(form.isReadOnly(QStringLiteral("mother.fullName")));
    CHECK(form.overrideReasons().isEmpty());
}

TEST_CASE("what the State does not hold is left empty for the clerk")
{
    const Procedure procedure = parsedProcedure();
    const PrefillResult result = Prefill::fill(procedure, {{QStringLiteral("requester"), requesterFromQr()}});
    CHECK(result.missingFields == QStringList{QStringLiteral("mother.fullName"), QStringLiteral("mother.id12"), QStringLiteral("mother.dateOfBirth"),
                                              QStringLiteral("requester.phone"), QStringLiteral("requester.oldId")});
    CHECK(result.form.text(QStringLiteral("requester.phone")).isEmpty());
    CHECK_FALSE(result.form.isPrefilled(QStringLiteral("requester.phone")));
    CHECK_FALSE(result.form.isReadOnly(QStringLiteral("requester.phone")));
    // Unbound fields are never touched.
    CHECK(result.form.text(QStringLiteral("child.fullName")).isEmpty());
    CHECK_FALSE(result.boundFields.contains(QStringLiteral("child.fullName")));
}

TEST_CASE("each party is filled from its own person only")
{
    const Procedure procedure = parsedProcedure();
    // The mother's card read as the requester: nothing of it may land in the mother's fields.
    const PrefillResult result = Prefill::fill(procedure, {{QStringLiteral("requester"), motherFromChip()}});
    CHECK(result.form.text(QStringLiteral("requester.fullName")) == QStringLiteral("Trần Thị Mai"));
    CHECK(result.form.text(QStringLiteral("mother.fullName")).isEmpty());
    CHECK(result.form.presentParties() == QSet<QString>{QStringLiteral("requester")});
}

TEST_CASE("representations are converted to what the field expects")
{
    const Procedure procedure = parsedProcedure();
    REQUIRE(procedure.field(QStringLiteral("mother.dateOfBirth")));
    const FormField date = *procedure.field(QStringLiteral("mother.dateOfBirth"));
    CHECK(Prefill::convert(date, PersonKey::dateOfBirth, QStringLiteral("1990-05-17")) == QStringLiteral("1990-05-17"));
    CHECK(Prefill::convert(date, PersonKey::dateOfBirth, QStringLiteral("17/05/1990")) == QStringLiteral("1990-05-17"));
    CHECK(Prefill::convert(date, PersonKey::dateOfBirth, QStringLiteral("17051990")) == QStringLiteral("1990-05-17"));
    CHECK_FALSE(Prefill::convert(date, PersonKey::dateOfBirth, QStringLiteral("1990")));

    FormField sex;
    sex.type = FieldType::Choice;
    sex.options = {{QStringLiteral("male"), {QStringLiteral("Nam"), QStringLiteral("Male")}},
                   {QStringLiteral("female"), {QStringLiteral("Nữ"), QStringLiteral("Female")}}};
    CHECK(Prefill::convert(sex, PersonKey::sex, QStringLiteral("female")) == QStringLiteral("female"));
    CHECK(Prefill::convert(sex, PersonKey::sex, QStringLiteral("Nữ")) == QStringLiteral("female"));

    FormField vietnameseOptions = sex;
    vietnameseOptions.options = {{QStringLiteral("nam"), {QStringLiteral("Nam"), {}}}, {QStringLiteral("nu"), {QStringLiteral("Nữ"), {}}}};
    CHECK(Prefill::convert(vietnameseOptions, PersonKey::sex, QStringLiteral("male")) == QStringLiteral("nam"));
    CHECK(Prefill::convert(vietnameseOptions, PersonKey::sex, QStringLiteral("female")) == QStringLiteral("nu"));
    CHECK_FALSE(Prefill::convert(vietnameseOptions, PersonKey::sex, QStringLiteral("unknown")));
}

TEST_CASE("a value that does not fit its field is reported, not forced in")
{
    Person requester = requesterFromQr();
    requester.set(PersonKey::sex, QStringLiteral("X"), FieldSource::Mrz);
    const PrefillResult result = Prefill::fill(parsedProcedure(), {{QStringLiteral("requester"), requester}});
    CHECK(result.unconvertedFields == QStringList{QStringLiteral("requester.sex")});
    CHECK(result.form.text(QStringLiteral("requester.sex")).isEmpty());
    CHECK_FALSE(result.form.isPrefilled(QStringLiteral("requester.sex")));
}
