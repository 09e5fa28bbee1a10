#pragma once
// Enrolling a workstation with the central server (PROTOCOL.md "Enrollment"): an EC P-256 key
// and a CSR made here (OpenSSL 3; the key never leaves the workstation), POST /api/v1/enroll with
// the one-time code, then the answer is checked before anything is saved: the CA must be the one
// the administrator expects (its SHA-256 fingerprint, or trust on first use when asked for), the
// server we talked to must hold a certificate of that CA, and the certificate we got must carry
// our key. The first contact cannot verify the server (we know no CA yet): a one-time, short-lived
// code is all it can lose, and nothing is trusted until the checks pass.
#include "common/Result.h"
#include "sync/SyncSettings.h"

#include <QCoreApplication>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

namespace motcua::sync {

struct KeyAndCsr {
    QByteArray keyPem; // PKCS#8, unencrypted: stored 0600 in <data>/sync/client.key
    QByteArray csrPem;
};
Result<KeyAndCsr> makeKeyAndCsr(const QString &commonName);

// Lower-case hex SHA-256 of the certificate's DER (colons and case ignored when compared).
QString certificateFingerprint(const QSslCertificate &certificate);
bool sameFingerprint(const QString &a, const QString &b);
// Whether `certificate` was signed by `issuer`'s key.
bool isSignedBy(const QSslCertificate &certificate, const QSslCertificate &issuer);
// Whether a TLS chain (leaf first) holds the CA with this fingerprint and that CA signed the leaf.
bool chainVouchedBy(const QList<QSslCertificate> &chain, const QString &caFingerprint);
// Whether the certificate carries the public key of this private key (PEM).
bool certificateMatchesKey(const QSslCertificate &certificate, const QByteArray &keyPem);

struct EnrollRequest {
    QUrl serverUrl;
    QString code;
    QString expectedCaFingerprint; // empty: only with trustOnFirstUse
    bool trustOnFirstUse = false;
    QString hostname;
    int warnAfterDays = 3;
    int blockAfterDays = 0;
};

struct EnrollResult {
    SyncSettings settings;
    QString caFingerprint;
};

class Enrollment {
    Q_DECLARE_TR_FUNCTIONS(Enrollment)
public:
    // Talks to the server and, when every check passes, saves <data>/sync/ atomically.
    static Result<EnrollResult> enroll(const EnrollRequest &request, const QString &dataDir);
};

} // namespace motcua::sync
