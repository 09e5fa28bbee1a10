#include "procedures/Intake.h"

#include "procedures/Prefill.h"

namespace motcua {

QString Intake::cardRole(const Procedure &procedure)
{
    if (procedure.party(kHolderRole))
        return kHolderRole;
    if (const Party *requester = procedure.party(QStringLiteral("requester")); requester && requester->hasCard)
        return requester->role;
    for (const Party &party : procedure.parties)
        if (party.hasCard)
            return party.role;
    return {};
}

IntakeDraft Intake::forCardHolder(const Procedure &procedure, const Person &cardHolder)
{
    IntakeDraft draft;
    const QString role = cardRole(procedure);
    if (!role.isEmpty() && !cardHolder.isEmpty())
        draft.people.insert(role, cardHolder);
    draft.form = Prefill::fill(procedure, draft.people).form;
    return draft;
}

IntakeCheck Intake::check(const Procedure &procedure, const IntakeDraft &draft, const QString &language)
{
    IntakeCheck result;
    const QString role = cardRole(procedure);
    result.cardHolderMissing = role.isEmpty() || draft.people.value(role).isEmpty();
    // "Not after today" is judged on the counter's day, the day the dossier is received.
    const QDate today = draft.receivedAt.isValid() ? draft.receivedAt.toLocalTime().date() : QDate::currentDate();
    result.formProblems = FormValidator(today, language).validate(procedure, draft.form);
    QStringList provided;
    for (const Attachment &attachment : draft.attachments)
        provided.append(attachment.documentId);
    result.missingDocuments = FormValidator::checkDocuments(procedure, provided, draft.form);
    return result;
}

QStringList Intake::describe(const Procedure &procedure, const IntakeCheck &check, const QString &language)
{
    QStringList lines;
    if (check.cardHolderMissing)
        lines.append(tr("Scan the QR code on the citizen's ID card first."));
    for (const FormProblem &problem : check.formProblems) {
        const FormField *field = problem.fieldId.isEmpty() ? nullptr : procedure.field(problem.fieldId);
        lines.append(field ? tr("%1: %2").arg(field->label.text(language), problem.message) : problem.message);
    }
    for (const DocumentRequirement &document : check.missingDocuments)
        lines.append(tr("Missing document: %1").arg(document.name.text(language)));
    return lines;
}

Result<Dossier> Intake::toDossier(const Procedure &procedure, const IntakeDraft &draft,
                                  const calendar::WorkingCalendar &calendar, const QString &language)
{
    if (draft.clerk.trimmed().isEmpty() || !draft.receivedAt.isValid()) {
        return Error{QStringLiteral("intake.incomplete"),
                     tr("The dossier cannot be saved: the clerk's name or the time is missing."),
                     QStringLiteral("clerk empty: %1, receivedAt valid: %2")
                         .arg(draft.clerk.trimmed().isEmpty()).arg(draft.receivedAt.isValid())};
    }
    const IntakeCheck problems = check(procedure, draft, language);
    if (!problems.ok()) {
        // Field and document ids only: the values may be personal data.
        QStringList ids;
        if (problems.cardHolderMissing)
            ids.append(QStringLiteral("card holder"));
        for (const FormProblem &problem : problems.formProblems)
            ids.append(problem.fieldId.isEmpty() ? QStringLiteral("party:") + problem.partyRole : problem.fieldId);
        for (const DocumentRequirement &document : problems.missingDocuments)
            ids.append(QStringLiteral("document:") + document.id);
        const int count = int(ids.size());
        return Error{QStringLiteral("intake.invalid"),
                     tr("The dossier is not complete: %n thing(s) to correct.", nullptr, count) + QLatin1Char('\n')
                         + describe(procedure, problems, language).join(QLatin1Char('\n')),
                     QStringLiteral("%1: %2").arg(procedure.id, ids.join(QStringLiteral(", ")))};
    }

    Dossier dossier;
    dossier.procedureId = procedure.id;
    dossier.clerk = draft.clerk.trimmed();
    dossier.receivedAt = draft.receivedAt.toUTC();
    // The counter's wall clock decides the receipt day, as DossierStore::counterDay does for the code.
    auto due = calendar.appointmentDate(draft.receivedAt.toLocalTime(), procedure.processingDays);
    if (!due)
        return due.error();
    dossier.dueDate = *due;
    for (const Party &party : procedure.parties)
        if (const Person person = draft.people.value(party.role); !person.isEmpty())
            dossier.parties.append(DossierParty{party.role, person});
    const QMap<QString, SourcedValue> &values = draft.form.values();
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        if (!it->text.isEmpty())
            dossier.fields.insert(it.key(), FieldValue{it->text, it->source, draft.form.overrideReason(it.key())});
    dossier.attachments = draft.attachments;
    if (Status received = changeStatus(dossier, DossierStatus::Received, dossier.receivedAt, dossier.clerk); !received)
        return received.error();
    return dossier;
}

} // namespace motcua
