#pragma once
// Intake: what the clerk gathered at the counter for one new dossier (IntakeDraft), and the one
// step that turns it into a Dossier ready for DossierStore::save. The checks are FormValidator's
// own (fields, parties, required documents) plus one of ours: a dossier needs the citizen whose
// card was scanned. GUI-free, so that the rule is tested here and the app only collects input.
#include "calendar/WorkingDays.h"
#include "common/Result.h"
#include "dossier/Dossier.h"
#include "identity/Person.h"
#include "procedures/FilledForm.h"
#include "procedures/FormValidator.h"
#include "procedures/ProcedureTypes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMap>

namespace motcua {

struct IntakeDraft {
    QMap<QString, Person> people;  // party role -> what a scanned card told about that person
    FilledForm form;               // pre-filled from `people`, then completed by the clerk
    QList<Attachment> attachments; // documents received; digitised ones carry their blob's sha256
    QString clerk;                 // who receives the dossier (the audit trail's actor)
    QDateTime receivedAt;          // when it is saved; its local time is the counter's clock
};

// Why a draft cannot become a dossier yet, in the clerk's words.
struct IntakeCheck {
    bool cardHolderMissing = false;
    QList<FormProblem> formProblems;              // FormValidator::validate, in form order
    QList<DocumentRequirement> missingDocuments;  // FormValidator::checkDocuments
    bool ok() const { return !cardHolderMissing && formProblems.isEmpty() && missingDocuments.isEmpty(); }
};

class Intake {
    Q_DECLARE_TR_FUNCTIONS(Intake)

public:
    // The party a scanned card stands for: "holder" when the procedure names one; otherwise the
    // requester (birth and death registration: the citizen at the counter asks for someone
    // else); otherwise the first party that holds a card. Empty when no party holds one.
    static QString cardRole(const Procedure &procedure);

    // A draft for the citizen whose card was scanned: their Person in cardRole, and the form
    // pre-filled from it (Prefill). The clerk's entries go into draft.form afterwards.
    static IntakeDraft forCardHolder(const Procedure &procedure, const Person &cardHolder);

    // Everything that stops the draft from becoming a dossier. `language` ("vi"/"en") picks the
    // catalog's own texts in FormValidator's messages.
    static IntakeCheck check(const Procedure &procedure, const IntakeDraft &draft,
                             const QString &language = QStringLiteral("vi"));

    // The dossier to save (no uuid, code or revision: the store assigns them), with the parties
    // known, every filled field with its source (and the reason of an override), the
    // attachments, the Received status and the appointment date counted in working days from
    // the received time. Error "intake.invalid" when check() finds problems,
    // "intake.incomplete" when the clerk or the time is missing, or the calendar's error.
    static Result<Dossier> toDossier(const Procedure &procedure, const IntakeDraft &draft,
                                     const calendar::WorkingCalendar &calendar,
                                     const QString &language = QStringLiteral("vi"));

    // One line per problem, for a message box or the log of what the clerk saw.
    static QStringList describe(const Procedure &procedure, const IntakeCheck &check,
                                const QString &language = QStringLiteral("vi"));
};

} // namespace motcua
