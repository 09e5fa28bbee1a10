#pragma once
// Basic Access Control (ICAO 9303 Part 11 §4.3): GET CHALLENGE, MUTUAL AUTHENTICATE with keys
// from the MRZ information, then 3DES session keys and the SSC. The random values are injectable
// so that the Part 11 worked example (Appendix D.3) can be reproduced byte for byte. The chip
// side of the simulator uses the same cryptogram helpers.
#include "apdu/ApduTransport.h"
#include "common/Result.h"
#include "emrtd/SecureMessaging.h"
#include "identity/AccessKeys.h"

#include <functional>

namespace motcua::card {

// Returns `count` random bytes; tests inject fixed values.
using RandomSource = std::function<QByteArray(int count)>;

class Bac {
public:
    // Runs BAC on `transport` with the 24-character MRZ information. A refused key (6300 or
    // 63Cx) is emrtd.access.denied.
    static Result<SmSession> authenticate(ApduTransport &transport, const QString &mrzInformation,
                                          const RandomSource &random = {});

    // E(KEnc, plain) || MAC(KMac, E(...)): the 40-byte body of MUTUAL AUTHENTICATE, either way.
    static Result<QByteArray> encryptAndMac(const BacKeys &keys, const QByteArray &plain);
    // The inverse: checks the MAC, then decrypts; an error when the MAC is wrong.
    static Result<QByteArray> verifyAndDecrypt(const BacKeys &keys, const QByteArray &cryptogram);

    // Session keys from K.IFD xor K.ICC; SSC = RND.ICC[4..8) || RND.IFD[4..8).
    static SmSession session(const QByteArray &kIfd, const QByteArray &kIcc, const QByteArray &rndIcc,
                             const QByteArray &rndIfd);
};

} // namespace motcua::card
