#pragma once
// An identity document as the command-line tools print it in JSON (`motcua-admin identity ...
// --json`, `motcua-card qr --json`): one shape, so that scripts read both the same way. It holds
// personal data: for the person at the counter's own screen or file, never for a log.
#include "identity/IdentityDocument.h"

#include <QJsonObject>

namespace motcua {

// The fields with their sources, and what the ID gives away (CAN, province, birth year);
// `mrzInformation` when an MRZ was read with it.
QJsonObject identityDocumentJson(const IdentityDocument &doc, const QString &mrzInformation = {});

} // namespace motcua
