#pragma once
// The server's small certificate authority, on OpenSSL 3 (EC P-256, SHA-256): the CA and the
// server's TLS certificate made by `motcua-server init`, workstation certificates signed from a
// CSR at enrollment, and the per-request check of a client certificate (chain to our CA,
// validity dates). Qt's QueryPeer handshake lets any certificate through, so this check is the
// one that counts (PROTOCOL.md, "Identity of a workstation").
#include "common/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace motcua::server {

// A PEM private key and a PEM certificate.
struct KeyAndCert {
    QByteArray keyPem;
    QByteArray certPem;
};

// A CA with a 10-year certificate, CN = commonName.
Result<KeyAndCert> makeCa(const QString &commonName, const QDateTime &now);
// A TLS server certificate signed by the CA; SAN = hosts (names or IP addresses), valid 5 years.
Result<KeyAndCert> makeServerCertificate(const KeyAndCert &ca, const QStringList &hosts, const QDateTime &now);

// A fresh EC P-256 key and a CSR for CN = commonName (what a workstation does at enrollment;
// the tests use it too).
Result<KeyAndCert> makeKeyAndCsr(const QString &commonName); // certPem holds the CSR

struct IssuedCertificate {
    QByteArray certPem;
    QString serial; // upper-case hex
};
// Signs a CSR (its self-signature checked) as a client certificate with CN = commonName,
// valid from notBefore to notAfter. Errors: "enrollment.csrInvalid".
Result<IssuedCertificate> signClientCsr(const KeyAndCert &ca, const QByteArray &csrPem, const QString &commonName,
                                        const QDateTime &notBefore, const QDateTime &notAfter);

// The outcome of checking a client certificate against our CA at `now`.
enum class CertCheck { Valid, Missing, Untrusted, Expired };
struct ClientIdentity {
    CertCheck check = CertCheck::Missing;
    QString commonName; // the workstation id, when Valid
    QString serial;     // upper-case hex, when Valid
    QString detail;     // OpenSSL's reason, for the log
};
ClientIdentity checkClientCertificate(const QByteArray &caPem, const QByteArray &certDer, const QDateTime &now);

} // namespace motcua::server
