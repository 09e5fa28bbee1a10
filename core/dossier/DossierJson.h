#pragma once
// The JSON form of a dossier: what the store encrypts and the sync client sends.
// Stable and versioned ({"v":1,...}); fromJson(toJson(d)) == d exactly.
#include "common/Result.h"
#include "dossier/Dossier.h"

#include <QByteArray>
#include <QJsonObject>

namespace motcua {

inline constexpr int kDossierJsonVersion = 1;

QJsonObject dossierToJson(const Dossier &dossier);
Result<Dossier> dossierFromJson(const QJsonObject &json);

// Compact UTF-8 bytes, and back (a parse error or a newer "v" is an Error, never a partial dossier).
QByteArray dossierToBytes(const Dossier &dossier);
Result<Dossier> dossierFromBytes(const QByteArray &bytes);

} // namespace motcua
