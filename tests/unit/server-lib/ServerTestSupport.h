#pragma once
// Shared by the server-lib tests: a dossier with digitised attachments, and hashes of test bytes.
#include "dossier/Dossier.h"
#include "dossier/DossierJson.h"

#include <QCryptographicHash>

namespace motcua::servertest {

inline QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

inline Dossier makeDossier(int revision, const QStringList &blobHashes, const QString &unit = QStringLiteral("UBND-P1"))
{
    Dossier d;
    d.uuid = QUuid::createUuid();
    d.code = QStringLiteral("000.00.01.H01-261204-%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(4));
    d.procedureId = QStringLiteral("birth-registration");
    d.revision = revision;
    d.unit = unit;
    d.receivedAt = QDateTime(QDate(2026, 12, 4), QTime(2, 30), Qt::UTC);
    for (const QString &hash : blobHashes) {
        Attachment a;
        a.sha256 = hash;
        a.size = 10;
        a.documentId = QStringLiteral("doc");
        d.attachments.append(a);
    }
    Attachment paperOnly;
    paperOnly.documentId = QStringLiteral("paper");
    paperOnly.originalSeen = true;
    d.attachments.append(paperOnly);
    return d;
}

} // namespace motcua::servertest
