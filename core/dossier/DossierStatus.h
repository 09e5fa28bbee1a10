#pragma once
// Where a dossier stands. The path is linear (received → processing → resultReady → returned);
// a dossier may be rejected from any state that is not final, and then the note says why.
#include "common/Result.h"

#include <QDateTime>
#include <QString>
#include <optional>

namespace motcua {

enum class DossierStatus { Received, Processing, ResultReady, Returned, Rejected };

// Stable names for JSON and the database: "received", "processing", "resultReady", "returned", "rejected".
QString dossierStatusName(DossierStatus status);
std::optional<DossierStatus> dossierStatusFromName(const QString &name);

// Returned and Rejected end a dossier's life: nothing follows them.
bool isFinal(DossierStatus status);
bool isAllowedTransition(DossierStatus from, DossierStatus to);

// The clerk-readable name of a status (translated).
QString dossierStatusLabel(DossierStatus status);

struct StatusChange {
    DossierStatus status = DossierStatus::Received;
    QDateTime at;  // UTC
    QString actor; // the clerk's account name
    QString note;  // the reason for a rejection; may hold citizen data, so it stays in the payload
    friend bool operator==(const StatusChange &, const StatusChange &) = default;
};

} // namespace motcua
