#pragma once
// Dossier: one citizen request received at the counter, as a value. DossierStore persists it
// (encrypted) and the sync client sends its JSON form (DossierJson.h) to the central server.
#include "common/Result.h"
#include "dossier/DossierStatus.h"
#include "identity/FieldSource.h"
#include "identity/Person.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QUuid>

namespace motcua {

// A person the dossier is about, in a role the procedure names ("holder", "mother", "spouse"...).
struct DossierParty {
    QString role;
    Person person;
    friend bool operator==(const DossierParty &, const DossierParty &) = default;
};

// One form field's value; a clerk who changes a pre-filled value records why.
struct FieldValue {
    QString value;
    FieldSource source = FieldSource::Unknown;
    QString overrideReason;
    friend bool operator==(const FieldValue &, const FieldValue &) = default;
};

// A document received. sha256 names the digitised copy in the blob store; it is empty when only
// the paper was seen (not digitised).
struct Attachment {
    QString sha256;
    qint64 size = 0;
    QString documentId; // the procedure's document id
    QString fileName;   // may hold citizen data: only in the encrypted payload
    QString mimeType;
    int pages = 0;
    bool originalSeen = false;
    bool reused = false;       // an earlier digitised copy was reused instead of a new scan
    QUuid reusedFromDossier;   // null unless reused
    bool isDigitised() const { return !sha256.isEmpty(); }
    friend bool operator==(const Attachment &, const Attachment &) = default;
};

struct Dossier {
    QUuid uuid;            // null until first saved
    QString code;          // empty until first saved; assigned by the store, never reused
    QString procedureId;
    int revision = 0;      // 0 until first saved; the store bumps it on every save
    QString agencyCode;
    QString unit;
    QString workstation;
    QString clerk;
    QDateTime receivedAt;  // UTC
    QDate dueDate;
    QList<DossierParty> parties;
    QMap<QString, FieldValue> fields;
    QList<Attachment> attachments;
    QList<StatusChange> history; // oldest first; the last entry is the current status
    QUuid intakeId;        // interlinked procedures (15, 16): one intake, one dossier per step
    int stepOrder = 0;     // 0 for a stand-alone dossier, 1.. for the steps of an intake

    // The current status: the last history entry, Received when there is none yet.
    DossierStatus status() const;
    // The party in role "holder", else the first party; nullptr when there is none.
    const DossierParty *holder() const;
    QString holderName() const;

    friend bool operator==(const Dossier &, const Dossier &) = default;
};

// Appends a status change after checking the transition; a rejection needs a reason.
Status changeStatus(Dossier &dossier, DossierStatus to, const QDateTime &at, const QString &actor,
                    const QString &note = {});

// Figures for the reports, derived from the dossier (the store keeps them in clear columns).
struct DossierMetrics {
    int fieldCount = 0;          // form fields with a value
    int reusedFieldCount = 0;    // of those, the ones the State already held (isReusedData)
    int attachmentCount = 0;
    int digitisedCount = 0;      // attachments with a digitised copy
    int reusedAttachmentCount = 0;
    friend bool operator==(const DossierMetrics &, const DossierMetrics &) = default;
};
DossierMetrics metricsOf(const Dossier &dossier);

// The role name of the citizen the dossier is mainly about.
inline const QString kHolderRole = QStringLiteral("holder");

} // namespace motcua
