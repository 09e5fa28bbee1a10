#include "dossier/Dossier.h"

#include <QCoreApplication>

namespace motcua {

DossierStatus Dossier::status() const
{
    return history.isEmpty() ? DossierStatus::Received : history.constLast().status;
}

const DossierParty *Dossier::holder() const
{
    for (const DossierParty &party : parties)
        if (party.role == kHolderRole)
            return &party;
    return parties.isEmpty() ? nullptr : &parties.constFirst();
}

QString Dossier::holderName() const
{
    const DossierParty *party = holder();
    return party ? party->person.text(PersonKey::fullName) : QString();
}

Status changeStatus(Dossier &dossier, DossierStatus to, const QDateTime &at, const QString &actor,
                    const QString &note)
{
    const DossierStatus from = dossier.status();
    // The first entry may record the reception itself.
    const bool firstReception = dossier.history.isEmpty() && to == DossierStatus::Received;
    if (!firstReception && !isAllowedTransition(from, to)) {
        return Error{QStringLiteral("dossier.status.transition"),
                     QCoreApplication::translate("Dossier", "A dossier that is \"%1\" cannot become \"%2\".")
                         .arg(dossierStatusLabel(from), dossierStatusLabel(to)),
                     dossierStatusName(from) + QStringLiteral(" -> ") + dossierStatusName(to)};
    }
    if (to == DossierStatus::Rejected && note.trimmed().isEmpty()) {
        return Error{QStringLiteral("dossier.status.reasonMissing"),
                     QCoreApplication::translate("Dossier", "Enter the reason for rejecting the dossier.")};
    }
    if (!at.isValid()) {
        return Error{QStringLiteral("dossier.status.timeMissing"),
                     QCoreApplication::translate("Dossier", "The time of the status change is missing."),
                     QStringLiteral("invalid QDateTime")};
    }
    dossier.history.append(StatusChange{to, at.toUTC(), actor, note.trimmed()});
    return Status::success();
}

DossierMetrics metricsOf(const Dossier &dossier)
{
    DossierMetrics m;
    for (const FieldValue &field : dossier.fields) {
        if (field.value.isEmpty())
            continue;
        ++m.fieldCount;
        if (isReusedData(field.source))
            ++m.reusedFieldCount;
    }
    for (const Attachment &attachment : dossier.attachments) {
        ++m.attachmentCount;
        if (attachment.isDigitised())
            ++m.digitisedCount;
        if (attachment.reused)
            ++m.reusedAttachmentCount;
    }
    return m;
}

} // namespace motcua
