#pragma once
// Access control as ICAO 9303 Part 11 §4.2 orders it: EF.CardAccess and PACE in the master file,
// then SELECT of the eMRTD application under secure messaging; when the chip does not offer
// PACE, SELECT in plain and BAC with the MRZ information. A CAN cannot do BAC.
#include "apdu/ApduTransport.h"
#include "common/Result.h"
#include "emrtd/SecureMessaging.h"
#include "session/AccessKey.h"

#include <QCoreApplication>

namespace motcua::card {

struct OpenedChip {
    SmSession session;  // the eMRTD application is selected under it
    QString protocol;   // "PACE-CAN", "PACE-MRZ", "BAC"
};

class ChipAccess {
    Q_DECLARE_TR_FUNCTIONS(ChipAccess)
public:
    // The eMRTD application's AID (ICAO 9303 Part 10).
    static QByteArray applicationId();
    static Result<OpenedChip> open(ApduTransport &transport, const AccessKey &key);
    static Error mrzRequiredError(const QString &detail);
};

} // namespace motcua::card
