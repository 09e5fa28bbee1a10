#pragma once
// Chip Authentication (ICAO 9303 Part 11 §6.2, CA with ECDH and AES): the reader sends an
// ephemeral public key on the domain parameters of the chip's static key from DG14 (MSE:SET AT
// then GENERAL AUTHENTICATE), both sides derive new session keys from the ECDH secret, SSC zero.
// Only a chip holding the private key can answer the next command with a valid MAC, so a
// confirming command runs at once: a copied chip fails with emrtd.chipAuth.failed.
#include "common/Result.h"
#include "emrtd/SecureMessaging.h"
#include "lds/SecurityInfos.h"

#include <QByteArray>
#include <optional>

namespace motcua::card {

// What DG14's SecurityInfos say about chip and active authentication.
struct Dg14Infos {
    QByteArray caProtocolOid;      // id-CA-ECDH-AES-CBC-CMAC-* (content bytes), empty if none
    int caVersion = 0;
    std::optional<int> caKeyId;
    QByteArray caPublicKeyInfo;    // SubjectPublicKeyInfo DER of the chip's static key
    QByteArray aaSignatureOid;     // ecdsa-plain-* of ActiveAuthenticationInfo, empty if none
};

class ChipAuth {
public:
    // What CA and AA need from DG14's SecurityInfos (lds parses them); others are ignored.
    static Dg14Infos infosOf(const SecurityInfos &securityInfos);
    // DG14 bytes through Dg14::parse, then infosOf.
    static Result<Dg14Infos> parseDg14(const QByteArray &dg14);
    // The SM cipher of a CA protocol OID; nullopt for DH, 3DES or unknown protocols.
    static std::optional<crypto::Cipher> cipherOf(const QByteArray &protocolOid);

    // Runs CA over an established channel and switches it to the new keys.
    static Status authenticate(SecureChannel &channel, const Dg14Infos &infos);

    // ECDH with the private key (PKCS#8 DER) and the other side's encoded point: the x coordinate.
    // The chip side of the simulator uses it too.
    static Result<QByteArray> sharedSecret(const QByteArray &privateKeyPkcs8, const QByteArray &peerPoint);
};

} // namespace motcua::card
