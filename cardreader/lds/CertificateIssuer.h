#pragma once
// Keys and X.509 certificates for a test PKI (a CSCA and its document signers) and the chip's
// own key pairs. For the simulator and the tests only: real CSCA keys never touch a workstation.
#include "common/Result.h"
#include "common/SecretBytes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace motcua::card {

struct CertificateRequest {
    QString commonName;
    QString country = QStringLiteral("VN");
    QDateTime notBefore;
    QDateTime notAfter;
    bool certificateAuthority = false; // a CSCA: may sign certificates and CRLs
    qint64 serial = 1;
};

class CertificateIssuer {
    Q_DECLARE_TR_FUNCTIONS(CertificateIssuer)
public:
    // A fresh EC key pair as PKCS#8 DER ("prime256v1", "brainpoolP256r1", ...).
    static Result<SecretBytes> generateEcKey(const QString &curve = QStringLiteral("prime256v1"));
    // The SubjectPublicKeyInfo DER of a PKCS#8 private key.
    static Result<QByteArray> publicKeyInfo(const SecretBytes &privateKeyPkcs8);
    // A certificate for `subjectKey`, signed with SHA-256 by `issuerKey`; self-signed when
    // `issuerCertificate` is empty.
    static Result<QByteArray> issue(const CertificateRequest &request, const SecretBytes &subjectKey,
                                    const SecretBytes &issuerKey, const QByteArray &issuerCertificate = {});
    // A CRL from `issuerCertificate` revoking `revoked` (certificates, DER).
    static Result<QByteArray> revocationList(const SecretBytes &issuerKey, const QByteArray &issuerCertificate,
                                             const QList<QByteArray> &revoked, const QDateTime &thisUpdate,
                                             const QDateTime &nextUpdate);
    // PEM armour ("CERTIFICATE", "X509 CRL", "PRIVATE KEY") around DER.
    static QByteArray toPem(const QByteArray &der, const char *label);
};

} // namespace motcua::card
