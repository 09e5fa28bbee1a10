#pragma once
// A test PKI made at run time: a self-signed CSCA and one document signer (DS) it certified.
// Written to a folder as csca.pem, ds.pem and ds.key so that the reader's trust store (the
// folder, or csca.pem alone) and the simulator share it. No Vietnamese CSCA is public.
#include "common/Result.h"
#include "common/SecretBytes.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace motcua::sim {

struct TestPkiOptions {
    QDateTime notBefore = QDateTime::currentDateTimeUtc().addDays(-1);
    QDateTime cscaNotAfter = QDateTime::currentDateTimeUtc().addYears(15);
    QDateTime dsNotAfter = QDateTime::currentDateTimeUtc().addYears(10); // in the past: an expired DS
    QString curve = QStringLiteral("prime256v1");                        // or "brainpoolP256r1"
    QString cscaName = QStringLiteral("MotCua Test CSCA");
};

struct TestPki {
    SecretBytes cscaKey; // PKCS#8 DER; kept so tests can issue CRLs
    QByteArray cscaCertificate;
    SecretBytes dsKey;
    QByteArray dsCertificate;

    static Result<TestPki> generate(const TestPkiOptions &options = {});
    // csca.pem, ds.pem, ds.key (PKCS#8 PEM) in `folder`, created if needed. The CSCA key is not
    // written: a folder is a trust store plus what the simulator needs to sign.
    Status writeTo(const QString &folder) const;
    // Reads what writeTo wrote (cscaKey stays empty).
    static Result<TestPki> readFrom(const QString &folder);
};

} // namespace motcua::sim
