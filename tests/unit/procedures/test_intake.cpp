// Intake: a scanned card and the clerk's entries become a Dossier, with the real catalog's
// procedures (24: new low-voltage electricity supply; 1: confirming an old ID number;
// 9: birth registration, where the citizen at the counter is the requester).
#include "TestSupport.h"
#include "identity/CccdQr.h"
#include "procedures/CatalogLoader.h"
#include "procedures/Intake.h"

#include <catch2/catch.hpp>

using namespace motcua;
using namespace motcua::test;

namespace {

// Wednesday 2 December 2026, 09:30 on the counter's clock.
const QDateTime kNow(QDate(2026, 12, 2), QTime(9, 30));

const Catalog &catalog()
{
    static const Catalog loaded = CatalogLoader::loadBuiltIn();
    return loaded;
}

const Procedure &procedure(int number)
{
    const Procedure *found = catalog().byNumber(number);
    if (!found)
        throw std::runtime_error("procedure missing from the built-in catalog");
    return *found;
}

// What the card's QR tells (cccd.md: id12 | cmnd9 | name | ddMMyyyy | sex | address | issue date).
Person scannedCitizen()
{
    const auto read = CccdQr::parse(QStringLiteral("001088012345|123456789|Nguyễn Văn An|17051988|Nam|"
                                                   "12 Lê Lợi, Phan Rang|01072021"),
                                    kNow.date());
    if (!read)
        throw std::runtime_error(read.error().toString().toStdString());
    return read->person;
}

Attachment scan(const QString &documentId)
{
    Attachment a;
    a.documentId = documentId;
    a.sha256 = QString(64, QLatin1Char('c'));
    a.size = 2048;
    a.fileName = documentId + QStringLiteral(".pdf");
    a.mimeType = QStringLiteral("application/pdf");
    a.pages = 1;
    return a;
}

// Procedure 24 with everything the clerk must add to what the card gave.
IntakeDraft completeSupplyDraft()
{
    IntakeDraft draft = Intake::forCardHolder(procedure(24), scannedCitizen());
    draft.form.setValue(QStringLiteral("holder.phone"), QStringLiteral("0912 345 678"));
    draft.form.setValue(QStringLiteral("supply.address"), QStringLiteral("Thôn 3, xã Phước Dinh"));
    draft.form.setValue(QStringLiteral("supply.purpose"), QStringLiteral("business"));
    draft.attachments.append(scan(QStringLiteral("use-right-proof")));
    draft.clerk = QStringLiteral("canbo01");
    draft.receivedAt = kNow;
    return draft;
}

// The built-in holiday rules (no province announcements).
const calendar::WorkingCalendar &workingCalendar()
{
    static const calendar::WorkingCalendar calendar;
    return calendar;
}

} // namespace

TEST_CASE("the scanned card stands for the procedure's holder, else its requester")
{
    CHECK(Intake::cardRole(procedure(24)) == kHolderRole);
    CHECK(Intake::cardRole(procedure(9)) == QStringLiteral("requester"));
    CHECK(Intake::cardRole(procedure(6)) == QStringLiteral("host")); // no holder, no requester
}

TEST_CASE("a complete draft becomes a dossier ready to save")
{
    const Procedure &supply = procedure(24);
    const IntakeDraft draft = completeSupplyDraft();
    // What came from the card is locked on the form.
    CHECK(draft.form.isReadOnly(QStringLiteral("holder.fullName")));
    CHECK_FALSE(draft.form.isReadOnly(QStringLiteral("holder.phone")));
    REQUIRE(Intake::check(supply, draft).ok());

    const auto dossier = Intake::toDossier(supply, draft, workingCalendar(), QStringLiteral("en"));
    REQUIRE(dossier.ok());
    CHECK(dossier->procedureId == supply.id);
    CHECK(dossier->uuid.isNull());
    CHECK(dossier->code.isEmpty());
    CHECK(dossier->clerk == QStringLiteral("canbo01"));
    CHECK(dossier->receivedAt == kNow.toUTC());
    CHECK(dossier->receivedAt.timeSpec() == Qt::UTC);
    // 3 working days from Wednesday 2 December 2026: Thursday, Friday, Monday.
    CHECK(dossier->dueDate == QDate(2026, 12, 7));
    REQUIRE(dossier->parties.size() == 1);
    CHECK(dossier->parties.first().role == kHolderRole);
    CHECK(dossier->holderName() == QStringLiteral("Nguyễn Văn An"));
    CHECK(dossier->fields.value(QStringLiteral("holder.id12")) == FieldValue{QStringLiteral("001088012345"), FieldSource::Qr, {}});
    CHECK(dossier->fields.value(QStringLiteral("holder.phone")).source == FieldSource::Typed);
    CHECK(dossier->fields.value(QStringLiteral("supply.purpose")).value == QStringLiteral("business"));
    CHECK_FALSE(dossier->fields.contains(QStringLiteral("holder.email"))); // left empty: not stored
    CHECK(dossier->attachments == draft.attachments);
    REQUIRE(dossier->history.size() == 1);
    CHECK(dossier->status() == DossierStatus::Received);
    CHECK(dossier->history.first().actor == QStringLiteral("canbo01"));
    const DossierMetrics metrics = metricsOf(*dossier);
    CHECK(metrics.reusedFieldCount == 3); // name, ID and residence came from the card
    CHECK(metrics.digitisedCount == 1);
}

TEST_CASE("a dossier received after the office closes counts from the next working day")
{
    IntakeDraft draft = completeSupplyDraft();
    draft.receivedAt = QDateTime(QDate(2026, 12, 4), QTime(17, 30)); // Friday evening
    const auto dossier = Intake::toDossier(procedure(24), draft, workingCalendar());
    REQUIRE(dossier.ok());
    CHECK(dossier->dueDate == QDate(2026, 12, 10)); // Monday + 3 working days
}

TEST_CASE("without a scanned card there is no dossier")
{
    IntakeDraft draft = completeSupplyDraft();
    draft.people.clear();
    const IntakeCheck problems = Intake::check(procedure(24), draft);
    CHECK(problems.cardHolderMissing);
    CHECK_FALSE(problems.ok());
    const auto dossier = Intake::toDossier(procedure(24), draft, workingCalendar(), QStringLiteral("en"));
    REQUIRE_FALSE(dossier.ok());
    CHECK(dossier.error().code == QStringLiteral("intake.invalid"));
    CHECK(dossier.error().message.contains(QStringLiteral("Scan the QR code")));
    CHECK(dossier.error().detail.contains(QStringLiteral("card holder")));

    // An empty Person (a card that gave nothing) is no card either.
    const IntakeDraft empty = Intake::forCardHolder(procedure(24), Person());
    CHECK(empty.people.isEmpty());
    CHECK(Intake::check(procedure(24), empty).cardHolderMissing);
}

TEST_CASE("FormValidator's problems refuse the dossier, naming the fields, never the values")
{
    const Procedure &supply = procedure(24);
    IntakeDraft draft = completeSupplyDraft();
    draft.form.setValue(QStringLiteral("holder.phone"), QStringLiteral("12345"));
    draft.form.setValue(QStringLiteral("supply.address"), QString());
    const IntakeCheck problems = Intake::check(supply, draft, QStringLiteral("en"));
    REQUIRE(problems.formProblems.size() == 2);
    CHECK(problems.formProblems.at(0).fieldId == QStringLiteral("holder.phone"));
    CHECK(problems.formProblems.at(1).fieldId == QStringLiteral("supply.address"));
    CHECK(problems.formProblems.at(1).message == QStringLiteral("This field is required"));

    const auto dossier = Intake::toDossier(supply, draft, workingCalendar(), QStringLiteral("en"));
    REQUIRE_FALSE(dossier.ok());
    CHECK(dossier.error().code == QStringLiteral("intake.invalid"));
    CHECK(dossier.error().message.contains(QStringLiteral("This field is required")));
    CHECK(dossier.error().detail == QStringLiteral("%1: holder.phone, supply.address").arg(supply.id));
    CHECK_FALSE(dossier.error().detail.contains(QStringLiteral("12345")));
}

TEST_CASE("a changed card value needs a reason, which the dossier keeps")
{
    const Procedure &supply = procedure(24);
    IntakeDraft draft = completeSupplyDraft();
    const QString moved = QStringLiteral("45 Thống Nhất, Phan Rang");
    draft.form.setValue(QStringLiteral("holder.permanentResidence"), moved);
    CHECK_FALSE(Intake::check(supply, draft).ok());

    REQUIRE(draft.form.overrideBoundValue(QStringLiteral("holder.permanentResidence"), moved, QStringLiteral("moved in 2025")).ok());
    const auto dossier = Intake::toDossier(supply, draft, workingCalendar());
    REQUIRE(dossier.ok());
    CHECK(dossier->fields.value(QStringLiteral("holder.permanentResidence")).value == moved);
    CHECK(dossier->fields.value(QStringLiteral("holder.permanentResidence")).overrideReason == QStringLiteral("moved in 2025"));
}

TEST_CASE("a required document not received refuses the dossier")
{
    IntakeDraft draft = completeSupplyDraft();
    draft.attachments.clear();
    const IntakeCheck problems = Intake::check(procedure(24), draft);
    REQUIRE(problems.missingDocuments.size() == 1);
    CHECK(problems.missingDocuments.first().id == QStringLiteral("use-right-proof"));
    const auto dossier = Intake::toDossier(procedure(24), draft, workingCalendar());
    REQUIRE_FALSE(dossier.ok());
    CHECK(dossier.error().detail.contains(QStringLiteral("document:use-right-proof")));
}

TEST_CASE("a procedure with a required party the card does not cover is refused until the party is added")
{
    // Birth registration: the card fills the requester; the child has no card and must be typed.
    const Procedure &birth = procedure(9);
    IntakeDraft draft = Intake::forCardHolder(birth, scannedCitizen());
    draft.clerk = QStringLiteral("canbo02");
    draft.receivedAt = kNow;
    CHECK(draft.people.keys() == QStringList{QStringLiteral("requester")});
    const IntakeCheck problems = Intake::check(birth, draft, QStringLiteral("en"));
    CHECK_FALSE(problems.cardHolderMissing);
    bool childMissing = false;
    for (const FormProblem &problem : problems.formProblems)
        childMissing = childMissing || problem.partyRole == QStringLiteral("child");
    CHECK(childMissing);
    CHECK_FALSE(Intake::toDossier(birth, draft, workingCalendar()).ok());
}

TEST_CASE("the clerk's name and the time are required")
{
    IntakeDraft draft = completeSupplyDraft();
    draft.clerk = QStringLiteral("  ");
    const auto noClerk = Intake::toDossier(procedure(24), draft, workingCalendar());
    REQUIRE_FALSE(noClerk.ok());
    CHECK(noClerk.error().code == QStringLiteral("intake.incomplete"));

    draft = completeSupplyDraft();
    draft.receivedAt = QDateTime();
    CHECK_FALSE(Intake::toDossier(procedure(24), draft, workingCalendar()).ok());
}

TEST_CASE("describe lists the problems with the catalog's field labels")
{
    const Procedure &oldId = procedure(1);
    IntakeDraft draft = Intake::forCardHolder(oldId, Person());
    draft.receivedAt = kNow;
    const IntakeCheck problems = Intake::check(oldId, draft, QStringLiteral("en"));
    const QStringList lines = Intake::describe(oldId, problems, QStringLiteral("en"));
    REQUIRE(lines.size() >= 2);
    CHECK(lines.first() == QStringLiteral("Scan the QR code on the citizen's ID card first."));
    const FormField *delivery = oldId.field(QStringLiteral("request.delivery"));
    REQUIRE(delivery);
    CHECK(lines.contains(delivery->label.text(QStringLiteral("en")) + QStringLiteral(": This field is required")));
}
