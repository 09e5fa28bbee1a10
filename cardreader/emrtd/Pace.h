#pragma once
// PACE v2 (ICAO 9303 Part 11 §4.4) with the generic mapping, through OpenPACE: EF.CardAccess is
// read by short file identifier and its SecurityInfos parsed by OpenPACE; when it cannot be read
// or parsed the CCCD's known parameters are used (id-PACE-ECDH-GM-AES-CBC-CMAC-128, standard
// domain parameters 13 = brainpoolP256r1). The password is the CAN or the MRZ information.
#include "apdu/ApduTransport.h"
#include "common/Result.h"
#include "emrtd/SecureMessaging.h"

#include <QString>

#include <optional>

namespace motcua::card {

enum class PacePassword { Mrz = 1, Can = 2 }; // the MSE:SET AT password reference

struct PaceParameters {
    int protocolNid = 0; // OpenPACE NID of the PACE protocol OID
    int parameterId = 0; // standardized domain parameters (8-18)
    bool fromCardAccess = false;
    friend bool operator==(const PaceParameters &, const PaceParameters &) = default;
};

class Pace {
public:
    // The CCCD's parameters, as printed in cccd.md.
    static PaceParameters cccdDefaults();
    // EF.CardAccess read by SFI 1C; nullopt when the chip does not give it (PACE not offered, or
    // a master file that cannot be selected).
    static std::optional<QByteArray> readCardAccess(ApduTransport &transport);
    // The first PACE generic-mapping entry OpenPACE finds in EF.CardAccess, else the defaults.
    static PaceParameters parameters(const std::optional<QByteArray> &cardAccess);

    // Runs MSE:SET AT and the four GENERAL AUTHENTICATE steps. A refused MSE:SET AT is
    // emrtd.pace.refused (fall back to BAC); a wrong password is emrtd.access.denied.
    static Result<SmSession> authenticate(ApduTransport &transport, PacePassword kind, const QString &password,
                                          const PaceParameters &parameters);
};

} // namespace motcua::card
