#pragma once
// Active Authentication (ICAO 9303 Part 11 §6.1): INTERNAL AUTHENTICATE with 8 random bytes, the
// chip signs them with the private key whose public key is in DG15. EC keys: ECDSA in plain
// (r || s) format over the hash named by DG14's ActiveAuthenticationInfo (SHA-256 when DG14 says
// nothing). RSA keys: ISO/IEC 9796-2 digital signature scheme 1 with message recovery, SHA-1 or
// the hash named in the trailer.
#include "apdu/ApduTransport.h"
#include "common/Result.h"

#include <QByteArray>

namespace motcua::card {

class ActiveAuth {
public:
    // Checks `signature` over `challenge` with the DG15 SubjectPublicKeyInfo (DER, without DG15's
    // 6F tag). `signatureOid` is the ecdsa-plain-* OID content bytes from DG14, or empty.
    static Status verify(const QByteArray &publicKeyInfo, const QByteArray &challenge, const QByteArray &signature,
                         const QByteArray &signatureOid = {});
    // Sends INTERNAL AUTHENTICATE (through a SecureChannel) and verifies the answer.
    static Status authenticate(ApduTransport &channel, const QByteArray &publicKeyInfo,
                               const QByteArray &signatureOid = {}, const QByteArray &challenge = {});
    // The chip side, for EC keys (PKCS#8 DER): plain ECDSA over SHA-256 or the OID's hash.
    static Result<QByteArray> signEc(const QByteArray &privateKeyPkcs8, const QByteArray &challenge,
                                     const QByteArray &signatureOid = {});
};

} // namespace motcua::card
