#include "lds/CertificateIssuer.h"

#include "lds/OpenSslSupport.h"

#include <openssl/x509v3.h>

namespace motcua::card {

namespace {

using NamePtr = std::unique_ptr<X509_NAME, ossl::Deleter<X509_NAME_free>>;
using TimePtr = std::unique_ptr<ASN1_TIME, ossl::Deleter<ASN1_TIME_free>>;
using CrlPtr = std::unique_ptr<X509_CRL, ossl::Deleter<X509_CRL_free>>;
using P8Ptr = std::unique_ptr<PKCS8_PRIV_KEY_INFO, ossl::Deleter<PKCS8_PRIV_KEY_INFO_free>>;

Error failure(const QString &what)
{
    return Error{QStringLiteral("lds.pki.%1").arg(what),
                 CertificateIssuer::tr("A test certificate or key could not be made."), ossl::lastError()};
}

ossl::Key privateKey(const SecretBytes &pkcs8)
{
    const unsigned char *p = pkcs8.data();
    return ossl::Key(d2i_AutoPrivateKey(nullptr, &p, long(pkcs8.size())));
}

bool addExtension(X509 *certificate, X509 *issuer, int nid, const char *value)
{
    X509V3_CTX context;
    X509V3_set_ctx(&context, issuer, certificate, nullptr, nullptr, 0);
    X509_EXTENSION *extension = X509V3_EXT_conf_nid(nullptr, &context, nid, value);
    if (!extension)
        return false;
    const bool added = X509_add_ext(certificate, extension, -1) == 1;
    X509_EXTENSION_free(extension);
    return added;
}

TimePtr asn1Time(const QDateTime &when)
{
    return TimePtr(ASN1_TIME_set(nullptr, time_t(when.toSecsSinceEpoch())));
}

} // namespace

Result<SecretBytes> CertificateIssuer::generateEcKey(const QString &curve)
{
    const QByteArray name = curve.toLatin1();
    ossl::Key key(EVP_EC_gen(name.constData()));
    if (!key)
        return failure(QStringLiteral("keygen"));
    P8Ptr info(EVP_PKEY2PKCS8(key.get()));
    QByteArray der = info ? ossl::toDer(info.get(), i2d_PKCS8_PRIV_KEY_INFO) : QByteArray();
    if (der.isEmpty())
        return failure(QStringLiteral("keygen"));
    SecretBytes secret(der);
    wipeMemory(der.data(), size_t(der.size()));
    return secret;
}

Result<QByteArray> CertificateIssuer::publicKeyInfo(const SecretBytes &privateKeyPkcs8)
{
    const ossl::Key key = privateKey(privateKeyPkcs8);
    QByteArray spki = key ? ossl::toDer(key.get(), i2d_PUBKEY) : QByteArray();
    if (spki.isEmpty())
        return failure(QStringLiteral("publicKey"));
    return spki;
}

Result<QByteArray> CertificateIssuer::issue(const CertificateRequest &request, const SecretBytes &subjectKey,
                                            const SecretBytes &issuerKey, const QByteArray &issuerCertificate)
{
    const ossl::Key subject = privateKey(subjectKey);
    const ossl::Key signer = privateKey(issuerKey);
    ossl::Cert issuer = issuerCertificate.isEmpty() ? ossl::Cert() : ossl::certificateFromDer(issuerCertificate);
    ossl::Cert certificate(X509_new());
    NamePtr name(X509_NAME_new());
    if (!subject || !signer || !certificate || !name || (!issuerCertificate.isEmpty() && !issuer))
        return failure(QStringLiteral("issue"));
    const QByteArray country = request.country.toUtf8(), commonName = request.commonName.toUtf8();
    X509_NAME_add_entry_by_txt(name.get(), "C", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>(country.constData()), -1, -1, 0);
    X509_NAME_add_entry_by_txt(name.get(), "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>(commonName.constData()), -1, -1, 0);
    const TimePtr notBefore = asn1Time(request.notBefore), notAfter = asn1Time(request.notAfter);
    X509 *issuerOrSelf = issuer ? issuer.get() : certificate.get();
    bool ok = X509_set_version(certificate.get(), 2) && ASN1_INTEGER_set_int64(X509_get_serialNumber(certificate.get()), request.serial)
              && X509_set_subject_name(certificate.get(), name.get())
              && X509_set_issuer_name(certificate.get(), issuer ? X509_get_subject_name(issuer.get()) : name.get())
              && notBefore && notAfter && X509_set1_notBefore(certificate.get(), notBefore.get())
              && X509_set1_notAfter(certificate.get(), notAfter.get()) && X509_set_pubkey(certificate.get(), subject.get());
    ok = ok && addExtension(certificate.get(), issuerOrSelf, NID_subject_key_identifier, "hash")
         && addExtension(certificate.get(), issuerOrSelf, NID_authority_key_identifier, "keyid:always");
    if (request.certificateAuthority)
        ok = ok && addExtension(certificate.get(), issuerOrSelf, NID_basic_constraints, "critical,CA:TRUE,pathlen:0")
             && addExtension(certificate.get(), issuerOrSelf, NID_key_usage, "critical,keyCertSign,cRLSign");
    else
        ok = ok && addExtension(certificate.get(), issuerOrSelf, NID_key_usage, "critical,digitalSignature");
    ok = ok && X509_sign(certificate.get(), signer.get(), EVP_sha256()) > 0;
    if (!ok)
        return failure(QStringLiteral("issue"));
    return ossl::toDer(certificate.get(), i2d_X509);
}

Result<QByteArray> CertificateIssuer::revocationList(const SecretBytes &issuerKey, const QByteArray &issuerCertificate,
                                                     const QList<QByteArray> &revoked, const QDateTime &thisUpdate,
                                                     const QDateTime &nextUpdate)
{
    const ossl::Key signer = privateKey(issuerKey);
    const ossl::Cert issuer = ossl::certificateFromDer(issuerCertificate);
    CrlPtr crl(X509_CRL_new());
    const TimePtr last = asn1Time(thisUpdate), next = asn1Time(nextUpdate);
    if (!signer || !issuer || !crl || !last || !next)
        return failure(QStringLiteral("crl"));
    bool ok = X509_CRL_set_version(crl.get(), 1) && X509_CRL_set_issuer_name(crl.get(), X509_get_subject_name(issuer.get()))
              && X509_CRL_set1_lastUpdate(crl.get(), last.get()) && X509_CRL_set1_nextUpdate(crl.get(), next.get());
    for (const QByteArray &der : revoked) {
        const ossl::Cert certificate = ossl::certificateFromDer(der);
        X509_REVOKED *entry = X509_REVOKED_new();
        ok = ok && certificate && entry && X509_REVOKED_set_serialNumber(entry, X509_get_serialNumber(certificate.get()))
             && X509_REVOKED_set_revocationDate(entry, last.get()) && X509_CRL_add0_revoked(crl.get(), entry);
        if (!ok) {
            X509_REVOKED_free(entry);
            break;
        }
    }
    ok = ok && X509_CRL_sort(crl.get()) && X509_CRL_sign(crl.get(), signer.get(), EVP_sha256()) > 0;
    if (!ok)
        return failure(QStringLiteral("crl"));
    return ossl::toDer(crl.get(), i2d_X509_CRL);
}

QByteArray CertificateIssuer::toPem(const QByteArray &der, const char *label)
{
    const QByteArray base64 = der.toBase64();
    QByteArray pem = QByteArray("-----BEGIN ") + label + "-----\n";
    for (qsizetype i = 0; i < base64.size(); i += 64)
        pem += base64.mid(i, 64) + '\n';
    return pem + "-----END " + label + "-----\n";
}

} // namespace motcua::card
