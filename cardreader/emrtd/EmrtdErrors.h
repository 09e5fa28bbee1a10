#pragma once
// The errors of the ICAO 9303 layer, one place for their codes and clerk messages so that the
// reader, the tools and the GUI agree on them. `detail` names the step and the status word only.
#include "common/Result.h"

#include <QString>

namespace motcua::card::emrtd {

namespace ErrorCode {
inline const QString tlvMalformed = QStringLiteral("emrtd.tlv.malformed");
inline const QString smMac = QStringLiteral("emrtd.sm.mac");         // wrong or missing checksum
inline const QString smFormat = QStringLiteral("emrtd.sm.format");   // missing/unexpected objects, padding
inline const QString smClosed = QStringLiteral("emrtd.sm.closed");   // a failed answer ended the session
inline const QString accessDenied = QStringLiteral("emrtd.access.denied");
inline const QString paceRefused = QStringLiteral("emrtd.pace.refused"); // not offered: try BAC
inline const QString protocol = QStringLiteral("emrtd.protocol");   // the chip answered out of protocol
inline const QString crypto = QStringLiteral("emrtd.crypto");       // a local library failure
inline const QString notAllowed = QStringLiteral("emrtd.file.notAllowed"); // 6982 (e.g. DG3)
inline const QString absent = QStringLiteral("emrtd.file.absent");         // 6A82
inline const QString chipAuth = QStringLiteral("emrtd.chipAuth.failed");
inline const QString activeAuth = QStringLiteral("emrtd.activeAuth.failed");
} // namespace ErrorCode

Error tlvError(const QString &detail);
Error smError(const QString &code, const QString &detail);
Error accessDeniedError(const QString &detail);
Error protocolError(const QString &detail);
Error paceRefusedError(const QString &detail);
Error cryptoError(const QString &detail);
Error fileError(quint16 sw, const QString &detail);
Error chipAuthError(const QString &detail);
Error activeAuthError(const QString &detail);

// "6A82" for a log line.
QString swText(quint16 sw);

} // namespace motcua::card::emrtd
