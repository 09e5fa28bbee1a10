#include "TestSupport.h"
#include "procedures/FilledForm.h"

#include <catch2/catch.hpp>

using namespace motcua;

namespace {
const QString kName = QStringLiteral("holder.fullName");
const QString kPhone = QStringLiteral("holder.phone");

FilledForm prefilledForm()
{
    FilledForm form;
    form.prefill(kName, SourcedValue{QStringLiteral("Lê Văn Tám"), FieldSource::Chip});
    return form;
}
} // namespace

TEST_CASE("a pre-filled value is read-only until a reason is recorded")
{
    FilledForm form = prefilledForm();
    CHECK(form.isPrefilled(kName));
    CHECK(form.isReadOnly(kName));
    CHECK_FALSE(form.differsFromPrefill(kName));

    const Status refused = form.overrideBoundValue(kName, QStringLiteral("Lê Văn Tâm"), QStringLiteral("   "));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == QStringLiteral("form.override.reasonMissing"));
    CHECK(form.text(kName) == QStringLiteral("Lê Văn Tám"));

    const Status done = form.overrideBoundValue(kName, QStringLiteral("Lê Văn Tâm"), QStringLiteral(" Card misprint, court decision 12/2024 "));
    REQUIRE(done.ok());
    CHECK(form.value(kName) == SourcedValue{QStringLiteral("Lê Văn Tâm"), FieldSource::Typed});
    CHECK(form.prefilled().value(kName) == SourcedValue{QStringLiteral("Lê Văn Tám"), FieldSource::Chip});
    CHECK(form.overrideReason(kName) == QStringLiteral("Card misprint, court decision 12/2024"));
    CHECK_FALSE(form.isReadOnly(kName));
    CHECK(form.differsFromPrefill(kName));
}

TEST_CASE("overriding a field that was not pre-filled is refused")
{
    FilledForm form;
    const Status refused = form.overrideBoundValue(kPhone, QStringLiteral("0912345678"), QStringLiteral("reason"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == QStringLiteral("form.override.notPrefilled"));
    CHECK(form.text(kPhone).isEmpty());
}

TEST_CASE("setValue records the source, and an empty value clears the field")
{
    FilledForm form;
    form.setValue(kPhone, QStringLiteral("0912345678"));
    CHECK(form.value(kPhone) == SourcedValue{QStringLiteral("0912345678"), FieldSource::Typed});
    form.setValue(kPhone, QStringLiteral("0987654321"), FieldSource::EarlierDossier);
    CHECK(form.value(kPhone).source == FieldSource::EarlierDossier);
    form.setValue(kPhone, QString());
    CHECK_FALSE(form.values().contains(kPhone));
}

TEST_CASE("setValue on a pre-filled field changes it but keeps the pre-filled value for comparison")
{
    FilledForm form = prefilledForm();
    form.setValue(kName, QStringLiteral("Someone Else"));
    CHECK(form.differsFromPrefill(kName));
    CHECK(form.overrideReason(kName).isEmpty());
    form.setValue(kName, QStringLiteral("Lê Văn Tám"));
    CHECK_FALSE(form.differsFromPrefill(kName));
}

TEST_CASE("conditions read the form's current values")
{
    FilledForm form;
    const Condition isOther{QStringLiteral("relationship"), Condition::Kind::Equals, QStringLiteral("other")};
    const Condition hasNote{QStringLiteral("note"), Condition::Kind::NotEmpty, QString(), true};
    Condition noNote = hasNote;
    noNote.notEmpty = false;
    CHECK_FALSE(conditionHolds(isOther, form));
    CHECK_FALSE(conditionHolds(hasNote, form));
    CHECK(conditionHolds(noNote, form));
    form.setValue(QStringLiteral("relationship"), QStringLiteral("other"));
    form.setValue(QStringLiteral("note"), QStringLiteral("x"));
    CHECK(conditionHolds(isOther, form));
    CHECK(conditionHolds(hasNote, form));
    CHECK_FALSE(conditionHolds(noNote, form));
}
