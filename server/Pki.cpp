// OpenSSL 3 (EVP, X509) behind Pki.h. Every OpenSSL object lives in a unique_ptr with its free
// function, so an early return leaks nothing.
#include "Pki.h"

#include <QHostAddress>

#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace motcua::server {
namespace {

template <typename T, void (*Free)(T *)>
struct Deleter {
    void operator()(T *p) const { Free(p); }
};
using Key = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using Cert = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using Req = std::unique_ptr<X509_REQ, Deleter<X509_REQ, X509_REQ_free>>;
using Bio = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;
using Store = std::unique_ptr<X509_STORE, Deleter<X509_STORE, X509_STORE_free>>;
using StoreCtx = std::unique_ptr<X509_STORE_CTX, Deleter<X509_STORE_CTX, X509_STORE_CTX_free>>;

QString opensslErrors()
{
    QString text;
    while (const unsigned long e = ERR_get_error()) {
        char buffer[256];
        ERR_error_string_n(e, buffer, sizeof buffer);
        if (!text.isEmpty())
            text += QStringLiteral("; ");
        text += QString::fromLatin1(buffer);
    }
    return text;
}

Error pkiError(const QString &what)
{
    return Error{QStringLiteral("pki.failed"), QStringLiteral("The certificate authority failed."),
                 what + QStringLiteral(": ") + opensslErrors()};
}

Key newEcKey()
{
    return Key(EVP_EC_gen("P-256"));
}

QByteArray keyToPem(EVP_PKEY *key)
{
    Bio bio(BIO_new(BIO_s_mem()));
    if (!PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr))
        return {};
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, int(size));
}

QByteArray certToPem(X509 *cert)
{
    Bio bio(BIO_new(BIO_s_mem()));
    if (!PEM_write_bio_X509(bio.get(), cert))
        return {};
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, int(size));
}

Bio memBio(const QByteArray &bytes)
{
    return Bio(BIO_new_mem_buf(bytes.constData(), int(bytes.size())));
}

Key keyFromPem(const QByteArray &pem)
{
    Bio bio = memBio(pem);
    return Key(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr));
}

Cert certFromPem(const QByteArray &pem)
{
    Bio bio = memBio(pem);
    return Cert(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
}

QString serialHex(X509 *cert)
{
    BIGNUM *bn = ASN1_INTEGER_to_BN(X509_get0_serialNumber(cert), nullptr);
    if (!bn)
        return {};
    char *hex = BN_bn2hex(bn);
    const QString text = QString::fromLatin1(hex);
    OPENSSL_free(hex);
    BN_free(bn);
    return text;
}

QString commonNameOf(X509 *cert)
{
    const X509_NAME *name = X509_get_subject_name(cert);
    char buffer[256] = {};
    if (X509_NAME_get_text_by_NID(const_cast<X509_NAME *>(name), NID_commonName, buffer, sizeof buffer) < 0)
        return {};
    return QString::fromUtf8(buffer);
}

bool addExtension(X509 *cert, X509 *issuer, int nid, const char *value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
    if (!ext)
        return false;
    const bool ok = X509_add_ext(cert, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return ok;
}

// A certificate skeleton: random 128-bit serial, subject CN, validity, public key.
Cert newCertificate(const QString &commonName, const QDateTime &notBefore, const QDateTime &notAfter, EVP_PKEY *publicKey)
{
    Cert cert(X509_new());
    if (!cert || !X509_set_version(cert.get(), 2))
        return {};
    unsigned char serial[16];
    if (RAND_bytes(serial, sizeof serial) != 1)
        return {};
    serial[0] &= 0x7f; // a positive INTEGER
    BIGNUM *bn = BN_bin2bn(serial, sizeof serial, nullptr);
    const bool serialOk = bn && BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(cert.get()));
    BN_free(bn);
    if (!serialOk)
        return {};
    X509_NAME *name = X509_get_subject_name(cert.get());
    const QByteArray cn = commonName.toUtf8();
    if (!X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>(cn.constData()), -1, -1, 0))
        return {};
    if (!ASN1_TIME_set(X509_getm_notBefore(cert.get()), time_t(notBefore.toSecsSinceEpoch()))
        || !ASN1_TIME_set(X509_getm_notAfter(cert.get()), time_t(notAfter.toSecsSinceEpoch()))
        || !X509_set_pubkey(cert.get(), publicKey))
        return {};
    return cert;
}

} // namespace

Result<KeyAndCert> makeCa(const QString &commonName, const QDateTime &now)
{
    Key key = newEcKey();
    if (!key)
        return pkiError(QStringLiteral("CA key"));
    Cert cert = newCertificate(commonName, now.addSecs(-300), now.addYears(10), key.get());
    if (!cert || !X509_set_issuer_name(cert.get(), X509_get_subject_name(cert.get()))
        || !addExtension(cert.get(), cert.get(), NID_basic_constraints, "critical,CA:TRUE,pathlen:0")
        || !addExtension(cert.get(), cert.get(), NID_key_usage, "critical,keyCertSign,cRLSign")
        || !addExtension(cert.get(), cert.get(), NID_subject_key_identifier, "hash")
        || !X509_sign(cert.get(), key.get(), EVP_sha256()))
        return pkiError(QStringLiteral("CA certificate"));
    return KeyAndCert{keyToPem(key.get()), certToPem(cert.get())};
}

Result<KeyAndCert> makeServerCertificate(const KeyAndCert &ca, const QStringList &hosts, const QDateTime &now)
{
    Key caKey = keyFromPem(ca.keyPem);
    Cert caCert = certFromPem(ca.certPem);
    Key key = newEcKey();
    if (!caKey || !caCert || !key)
        return pkiError(QStringLiteral("server key"));
    QStringList names = hosts;
    for (const QString &always : {QStringLiteral("localhost"), QStringLiteral("127.0.0.1")})
        if (!names.contains(always))
            names.append(always);
    QStringList san;
    for (const QString &host : names)
        san.append((QHostAddress(host).isNull() ? QStringLiteral("DNS:") : QStringLiteral("IP:")) + host);
    Cert cert = newCertificate(names.first(), now.addSecs(-300), now.addYears(5), key.get());
    if (!cert || !X509_set_issuer_name(cert.get(), X509_get_subject_name(caCert.get()))
        || !addExtension(cert.get(), caCert.get(), NID_basic_constraints, "critical,CA:FALSE")
        || !addExtension(cert.get(), caCert.get(), NID_key_usage, "critical,digitalSignature")
        || !addExtension(cert.get(), caCert.get(), NID_ext_key_usage, "serverAuth")
        || !addExtension(cert.get(), caCert.get(), NID_subject_alt_name, san.join(QLatin1Char(',')).toLatin1().constData())
        || !addExtension(cert.get(), caCert.get(), NID_authority_key_identifier, "keyid")
        || !X509_sign(cert.get(), caKey.get(), EVP_sha256()))
        return pkiError(QStringLiteral("server certificate"));
    return KeyAndCert{keyToPem(key.get()), certToPem(cert.get())};
}

Result<KeyAndCert> makeKeyAndCsr(const QString &commonName)
{
    Key key = newEcKey();
    Req req(X509_REQ_new());
    if (!key || !req)
        return pkiError(QStringLiteral("CSR key"));
    const QByteArray cn = commonName.toUtf8();
    X509_NAME *name = X509_REQ_get_subject_name(req.get());
    if (!X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>(cn.constData()), -1, -1, 0)
        || !X509_REQ_set_pubkey(req.get(), key.get()) || !X509_REQ_sign(req.get(), key.get(), EVP_sha256()))
        return pkiError(QStringLiteral("CSR"));
    Bio bio(BIO_new(BIO_s_mem()));
    if (!PEM_write_bio_X509_REQ(bio.get(), req.get()))
        return pkiError(QStringLiteral("CSR PEM"));
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return KeyAndCert{keyToPem(key.get()), QByteArray(data, int(size))};
}

Result<IssuedCertificate> signClientCsr(const KeyAndCert &ca, const QByteArray &csrPem, const QString &commonName,
                                        const QDateTime &notBefore, const QDateTime &notAfter)
{
    const Error invalid{QStringLiteral("enrollment.csrInvalid"), QStringLiteral("The certificate request is not valid."), {}};
    Bio bio = memBio(csrPem);
    Req req(PEM_read_bio_X509_REQ(bio.get(), nullptr, nullptr, nullptr));
    if (!req) {
        ERR_clear_error();
        return invalid;
    }
    EVP_PKEY *publicKey = X509_REQ_get0_pubkey(req.get());
    if (!publicKey || X509_REQ_verify(req.get(), publicKey) != 1) {
        ERR_clear_error();
        return invalid;
    }
    Key caKey = keyFromPem(ca.keyPem);
    Cert caCert = certFromPem(ca.certPem);
    if (!caKey || !caCert)
        return pkiError(QStringLiteral("CA files"));
    // Only the public key comes from the CSR: the subject and every extension are ours.
    Cert cert = newCertificate(commonName, notBefore, notAfter, publicKey);
    if (!cert || !X509_set_issuer_name(cert.get(), X509_get_subject_name(caCert.get()))
        || !addExtension(cert.get(), caCert.get(), NID_basic_constraints, "critical,CA:FALSE")
        || !addExtension(cert.get(), caCert.get(), NID_key_usage, "critical,digitalSignature")
        || !addExtension(cert.get(), caCert.get(), NID_ext_key_usage, "clientAuth")
        || !addExtension(cert.get(), caCert.get(), NID_authority_key_identifier, "keyid")
        || !X509_sign(cert.get(), caKey.get(), EVP_sha256()))
        return pkiError(QStringLiteral("client certificate"));
    return IssuedCertificate{certToPem(cert.get()), serialHex(cert.get())};
}

ClientIdentity checkClientCertificate(const QByteArray &caPem, const QByteArray &certDer, const QDateTime &now)
{
    ClientIdentity identity;
    if (certDer.isEmpty())
        return identity; // Missing
    const unsigned char *p = reinterpret_cast<const unsigned char *>(certDer.constData());
    Cert cert(d2i_X509(nullptr, &p, long(certDer.size())));
    Cert caCert = certFromPem(caPem);
    Store store(X509_STORE_new());
    StoreCtx ctx(X509_STORE_CTX_new());
    identity.check = CertCheck::Untrusted;
    if (!cert || !caCert || !store || !ctx || X509_STORE_add_cert(store.get(), caCert.get()) != 1
        || X509_STORE_CTX_init(ctx.get(), store.get(), cert.get(), nullptr) != 1) {
        identity.detail = QStringLiteral("unreadable certificate: ") + opensslErrors();
        return identity;
    }
    X509_STORE_CTX_set_purpose(ctx.get(), X509_PURPOSE_SSL_CLIENT);
    X509_STORE_CTX_set_time(ctx.get(), 0, time_t(now.toSecsSinceEpoch()));
    if (X509_verify_cert(ctx.get()) != 1) {
        const int error = X509_STORE_CTX_get_error(ctx.get());
        identity.detail = QString::fromLatin1(X509_verify_cert_error_string(error));
        ERR_clear_error();
        if (error == X509_V_ERR_CERT_HAS_EXPIRED || error == X509_V_ERR_CERT_NOT_YET_VALID)
            identity.check = CertCheck::Expired;
        return identity;
    }
    identity.check = CertCheck::Valid;
    identity.commonName = commonNameOf(cert.get());
    identity.serial = serialHex(cert.get());
    return identity;
}

} // namespace motcua::server
