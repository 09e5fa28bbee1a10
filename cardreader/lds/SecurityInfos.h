#pragma once
// SecurityInfos (ICAO 9303 Part 11 §9.2, BSI TR-03110): the SET of protocol announcements in
// EF.CardAccess and DG14. Parsed here to know what the chip offers; the raw DER is kept for
// OpenPACE, which the emrtd part hands it to for PACE and Chip Authentication.
#include "common/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace motcua::card {

namespace SecurityOid {
inline const QString paceBase = QStringLiteral("0.4.0.127.0.7.2.2.4");           // id-PACE.*
inline const QString chipAuthenticationBase = QStringLiteral("0.4.0.127.0.7.2.2.3"); // id-CA.*
inline const QString caPublicKeyBase = QStringLiteral("0.4.0.127.0.7.2.2.1");   // id-PK.*
inline const QString terminalAuthentication = QStringLiteral("0.4.0.127.0.7.2.2.2");
inline const QString activeAuthentication = QStringLiteral("2.23.136.1.1.5");  // id-icao-mrtd-security-aaProtocolObject
inline const QString caEcdhAesCbcCmac128 = QStringLiteral("0.4.0.127.0.7.2.2.3.2.2");
inline const QString pkEcdh = QStringLiteral("0.4.0.127.0.7.2.2.1.2");
inline const QString paceEcdhGmAesCbcCmac128 = QStringLiteral("0.4.0.127.0.7.2.2.4.2.2");
inline const QString ecdsaWithSha256 = QStringLiteral("1.2.840.10045.4.3.2");
} // namespace SecurityOid

struct SecurityInfo {
    enum class Kind {
        Pace,                         // PACEInfo
        PaceDomainParameters,         // PACEDomainParameterInfo (id-PACE.*.* with a sequence)
        ChipAuthentication,           // ChipAuthenticationInfo
        ChipAuthenticationPublicKey,  // ChipAuthenticationPublicKeyInfo
        TerminalAuthentication,
        ActiveAuthentication,         // ActiveAuthenticationInfo
        Other,
    };
    Kind kind = Kind::Other;
    QString protocol;                 // the OID, dotted
    std::optional<int> version;
    std::optional<int> keyId;         // CA info and CA public key
    std::optional<int> parameterId;   // PACE: standard domain parameters (13 = brainpoolP256r1)
    QByteArray subjectPublicKeyInfo;  // CA public key: the SubjectPublicKeyInfo DER
    QString signatureAlgorithm;       // AA: the OID, dotted
    QByteArray raw;                   // this SecurityInfo's DER
};

struct SecurityInfos {
    QList<SecurityInfo> infos;
    QByteArray der; // the SET as read

    QList<SecurityInfo> ofKind(SecurityInfo::Kind kind) const;
    bool offers(SecurityInfo::Kind kind) const { return !ofKind(kind).isEmpty(); }

    // `file` names the source in errors (lds::fileName numbering; EF.CardAccess has none: -1).
    static Result<SecurityInfos> parse(const QByteArray &setDer, int file = -1);
};

// DG14: 6E { SecurityInfos }.
struct Dg14 {
    SecurityInfos securityInfos;

    static Result<Dg14> parse(const QByteArray &bytes);
};

} // namespace motcua::card
