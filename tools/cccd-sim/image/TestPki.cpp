#include "TestPki.h"

#include "lds/CertificateIssuer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace motcua::sim {

namespace {

Error fileError(const QString &path, const QString &what)
{
    return Error{QStringLiteral("sim.pki.file"), QCoreApplication::translate("TestPki", "The test PKI folder could not be used."),
                 what + QStringLiteral(": ") + path};
}

// DER from the first PEM block of `pem`, empty when there is none.
QByteArray pemToDer(const QByteArray &pem)
{
    const qsizetype begin = pem.indexOf("-----BEGIN ");
    const qsizetype bodyStart = begin < 0 ? -1 : pem.indexOf('\n', begin);
    const qsizetype end = bodyStart < 0 ? -1 : pem.indexOf("-----END ", bodyStart);
    if (end < 0)
        return {};
    return QByteArray::fromBase64(pem.mid(bodyStart + 1, end - bodyStart - 1).simplified().replace(' ', ""));
}

} // namespace

Result<TestPki> TestPki::generate(const TestPkiOptions &options)
{
    using card::CertificateIssuer;
    TestPki pki;
    Result<SecretBytes> cscaKey = CertificateIssuer::generateEcKey(options.curve);
    Result<SecretBytes> dsKey = CertificateIssuer::generateEcKey(options.curve);
    if (!cscaKey)
        return cscaKey.error();
    if (!dsKey)
        return dsKey.error();
    pki.cscaKey = *cscaKey;
    pki.dsKey = *dsKey;
    const card::CertificateRequest csca{options.cscaName, QStringLiteral("VN"), options.notBefore, options.cscaNotAfter, true, 1};
    Result<QByteArray> cscaCertificate = CertificateIssuer::issue(csca, pki.cscaKey, pki.cscaKey);
    if (!cscaCertificate)
        return cscaCertificate.error();
    pki.cscaCertificate = *cscaCertificate;
    const card::CertificateRequest ds{QStringLiteral("MotCua Test Document Signer"), QStringLiteral("VN"), options.notBefore,
                                      options.dsNotAfter, false, 2};
    Result<QByteArray> dsCertificate = CertificateIssuer::issue(ds, pki.dsKey, pki.cscaKey, pki.cscaCertificate);
    if (!dsCertificate)
        return dsCertificate.error();
    pki.dsCertificate = *dsCertificate;
    return pki;
}

Status TestPki::writeTo(const QString &folder) const
{
    if (!QDir().mkpath(folder))
        return fileError(folder, QStringLiteral("mkpath"));
    const auto write = [&folder](const QString &name, const QByteArray &data, bool secret) -> Status {
        QFile file(QDir(folder).filePath(name));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return fileError(file.fileName(), QStringLiteral("open"));
        if (secret)
            file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        if (file.write(data) != data.size())
            return fileError(file.fileName(), QStringLiteral("write"));
        return Status::success();
    };
    using card::CertificateIssuer;
    if (Status s = write(QStringLiteral("csca.pem"), CertificateIssuer::toPem(cscaCertificate, "CERTIFICATE"), false); !s)
        return s;
    if (Status s = write(QStringLiteral("ds.pem"), CertificateIssuer::toPem(dsCertificate, "CERTIFICATE"), false); !s)
        return s;
    QByteArray der = dsKey.toByteArray();
    QByteArray key = CertificateIssuer::toPem(der, "PRIVATE KEY");
    const Status written = write(QStringLiteral("ds.key"), key, true);
    wipeMemory(der.data(), size_t(der.size()));
    wipeMemory(key.data(), size_t(key.size()));
    return written;
}

Result<TestPki> TestPki::readFrom(const QString &folder)
{
    const auto read = [&folder](const QString &name) {
        QFile file(QDir(folder).filePath(name));
        return file.open(QIODevice::ReadOnly) ? pemToDer(file.readAll()) : QByteArray();
    };
    TestPki pki;
    pki.cscaCertificate = read(QStringLiteral("csca.pem"));
    pki.dsCertificate = read(QStringLiteral("ds.pem"));
    QByteArray key = read(QStringLiteral("ds.key"));
    pki.dsKey = SecretBytes(key);
    wipeMemory(key.data(), size_t(key.size()));
    if (pki.cscaCertificate.isEmpty() || pki.dsCertificate.isEmpty() || pki.dsKey.isEmpty())
        return fileError(folder, QStringLiteral("csca.pem, ds.pem or ds.key missing or not PEM"));
    return pki;
}

} // namespace motcua::sim
