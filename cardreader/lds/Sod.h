#pragma once
// EF.SOD: 77 { ContentInfo (CMS SignedData) } whose content is the LDSSecurityObject: a hash
// algorithm and the hash of every data group, signed by the document signer (DS) whose
// certificate travels in the SignedData. PassiveAuth checks it; this only reads it.
#include "common/Result.h"

#include <QByteArray>
#include <QMap>
#include <QString>

namespace motcua::card {

namespace SodOid {
inline const QString ldsSecurityObject = QStringLiteral("2.23.136.1.1.1");
inline const QString sha1 = QStringLiteral("1.3.14.3.2.26");
inline const QString sha224 = QStringLiteral("2.16.840.1.101.3.4.2.4");
inline const QString sha256 = QStringLiteral("2.16.840.1.101.3.4.2.1");
inline const QString sha384 = QStringLiteral("2.16.840.1.101.3.4.2.2");
inline const QString sha512 = QStringLiteral("2.16.840.1.101.3.4.2.3");
} // namespace SodOid

struct Sod {
    QByteArray contentInfo;          // the CMS DER inside tag 77
    QByteArray ldsSecurityObject;    // the signed content (eContent)
    int version = 0;                 // LDSSecurityObject version (0, or 1 with ldsVersionInfo)
    QString hashAlgorithm;           // OID, dotted
    QMap<int, QByteArray> dataGroupHashes;
    QString ldsVersion;              // from ldsVersionInfo, when present
    QByteArray signerCertificate;    // DER of the DS certificate, empty when the SOD carries none

    // The hash of `data` with the SOD's algorithm; an error for an algorithm we do not know.
    Result<QByteArray> hash(const QByteArray &data) const;

    static Result<Sod> parse(const QByteArray &bytes);
    // The LDSSecurityObject alone (DER).
    static Status parseSecurityObject(const QByteArray &der, Sod &into);
};

} // namespace motcua::card
