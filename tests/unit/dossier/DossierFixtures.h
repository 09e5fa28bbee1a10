#pragma once
// Builds dossiers for the tests, field by field (no pasted blobs).
#include "dossier/Dossier.h"

namespace motcua::test {

inline Person makePerson(const QString &fullName, const QString &id12, FieldSource source = FieldSource::Chip)
{
    Person person;
    person.set(PersonKey::fullName, fullName, source);
    person.set(PersonKey::id12, id12, source);
    person.set(PersonKey::dateOfBirth, QStringLiteral("1990-05-17"), source);
    person.set(PersonKey::permanentResidence, QStringLiteral("Thôn Phước Thiện, xã Phước Dinh"), FieldSource::PopulationRegistry);
    return person;
}

inline Dossier makeDossier(const QString &holderName = QStringLiteral("Nguyễn Văn An"),
                           const QString &id12 = QStringLiteral("058090001234"))
{
    Dossier d;
    d.procedureId = QStringLiteral("p03-dang-ky-thuong-tru");
    d.agencyCode = QStringLiteral("UBND-PD");
    d.unit = QStringLiteral("xa-phuoc-dinh");
    d.workstation = QStringLiteral("ws-01");
    d.clerk = QStringLiteral("clerk.lan");
    d.receivedAt = QDateTime(QDate(2025, 7, 1), QTime(9, 15, 30, 123), Qt::UTC);
    d.dueDate = QDate(2025, 7, 8);
    d.parties.append(DossierParty{kHolderRole, makePerson(holderName, id12)});
    d.fields.insert(QStringLiteral("holder.fullName"), FieldValue{holderName, FieldSource::Chip, {}});
    d.fields.insert(QStringLiteral("holder.residence"),
                    FieldValue{QStringLiteral("Thôn Phước Thiện"), FieldSource::PopulationRegistry, {}});
    d.fields.insert(QStringLiteral("reason"), FieldValue{QStringLiteral("Chuyển nơi ở"), FieldSource::Typed, {}});
    d.fields.insert(QStringLiteral("phone"),
                    FieldValue{QStringLiteral("0912345678"), FieldSource::Typed, QStringLiteral("số mới")});
    Attachment scan;
    scan.sha256 = QString(64, QLatin1Char('a'));
    scan.size = 123456;
    scan.documentId = QStringLiteral("to-khai");
    scan.fileName = QStringLiteral("tờ khai.pdf");
    scan.mimeType = QStringLiteral("application/pdf");
    scan.pages = 2;
    scan.originalSeen = true;
    d.attachments.append(scan);
    Attachment reused = scan;
    reused.sha256 = QString(64, QLatin1Char('b'));
    reused.documentId = QStringLiteral("giay-khai-sinh");
    reused.reused = true;
    reused.reusedFromDossier = QUuid::fromString(QStringLiteral("{6f1c1f3e-2f0a-4a53-9d8c-1b2e3f4a5b6c}"));
    d.attachments.append(reused);
    Attachment paperOnly;
    paperOnly.documentId = QStringLiteral("so-ho-khau");
    paperOnly.originalSeen = true;
    d.attachments.append(paperOnly);
    d.history.append(StatusChange{DossierStatus::Received, d.receivedAt, d.clerk, {}});
    return d;
}

} // namespace motcua::test
