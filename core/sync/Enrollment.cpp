#include "sync/Enrollment.h"

#include "sync/NetworkTransport.h"
#include "sync/SyncLogging.h"
#include "sync/SyncProtocol.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <memory>

namespace motcua::sync {

namespace {

template <typename T, void (*F)(T *)>
struct Deleter {
    void operator()(T *p) const { F(p); }
};
using Key = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using Req = std::unique_ptr<X509_REQ, Deleter<X509_REQ, X509_REQ_free>>;
using Cert = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using Bio = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;

QByteArray bioBytes(BIO *bio)
{
    char *data = nullptr;
    const long n = BIO_get_mem_data(bio, &data);
    return QByteArray(data, int(n));
}

Cert toX509(const QSslCertificate &certificate)
{
    const QByteArray der = certificate.toDer();
    const unsigned char *p = reinterpret_cast<const unsigned char *>(der.constData());
    return Cert(d2i_X509(nullptr, &p, der.size()));
}

Error cryptoError(const char *what)
{
    return Error{QStringLiteral("sync.enroll.crypto"), Enrollment::tr("The workstation could not make its key."),
                 QString::fromLatin1(what)};
}

Error refused(const QString &detail)
{
    return Error{QStringLiteral("sync.enroll.untrusted"),
                 Enrollment::tr("The server's certificate does not match the one expected. Nothing was saved; "
                                "check the server address and the fingerprint with the administrator."),
                 detail};
}

} // namespace

bool chainVouchedBy(const QList<QSslCertificate> &chain, const QString &caFingerprint)
{
    if (chain.isEmpty())
        return false;
    for (const QSslCertificate &candidate : chain)
        if (sameFingerprint(certificateFingerprint(candidate), caFingerprint) && isSignedBy(chain.first(), candidate))
            return true;
    return false;
}

Result<KeyAndCsr> makeKeyAndCsr(const QString &commonName)
{
    Key key(EVP_EC_gen("P-256"));
    if (!key)
        return cryptoError("EVP_EC_gen");
    Req req(X509_REQ_new());
    if (!req || !X509_REQ_set_version(req.get(), 0) || !X509_REQ_set_pubkey(req.get(), key.get()))
        return cryptoError("X509_REQ setup");
    X509_NAME *name = X509_REQ_get_subject_name(req.get());
    const QByteArray cn = commonName.toUtf8().left(64);
    if (!X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>(cn.constData()),
                                    int(cn.size()), -1, 0))
        return cryptoError("X509_NAME_add_entry_by_txt");
    if (X509_REQ_sign(req.get(), key.get(), EVP_sha256()) <= 0)
        return cryptoError("X509_REQ_sign");
    Bio keyBio(BIO_new(BIO_s_mem()));
    Bio csrBio(BIO_new(BIO_s_mem()));
    if (!PEM_write_bio_PrivateKey(keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr)
        || !PEM_write_bio_X509_REQ(csrBio.get(), req.get()))
        return cryptoError("PEM_write");
    return KeyAndCsr{bioBytes(keyBio.get()), bioBytes(csrBio.get())};
}

QString certificateFingerprint(const QSslCertificate &certificate)
{
    return QString::fromLatin1(QCryptographicHash::hash(certificate.toDer(), QCryptographicHash::Sha256).toHex());
}

bool sameFingerprint(const QString &a, const QString &b)
{
    const auto clean = [](QString s) { return s.remove(QLatin1Char(':')).trimmed().toLower(); };
    return !a.isEmpty() && clean(a) == clean(b);
}

bool isSignedBy(const QSslCertificate &certificate, const QSslCertificate &issuer)
{
    Cert cert = toX509(certificate);
    Cert ca = toX509(issuer);
    if (!cert || !ca)
        return false;
    EVP_PKEY *caKey = X509_get0_pubkey(ca.get());
    return caKey && X509_verify(cert.get(), caKey) == 1;
}

bool certificateMatchesKey(const QSslCertificate &certificate, const QByteArray &keyPem)
{
    Cert cert = toX509(certificate);
    Bio bio(BIO_new_mem_buf(keyPem.constData(), int(keyPem.size())));
    Key key(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr));
    return cert && key && X509_check_private_key(cert.get(), key.get()) == 1;
}

Result<EnrollResult> Enrollment::enroll(const EnrollRequest &request, const QString &dataDir)
{
    if (request.expectedCaFingerprint.isEmpty() && !request.trustOnFirstUse) {
        return Error{QStringLiteral("sync.enroll.fingerprint"),
                     tr("Give the server's CA fingerprint (--ca-fingerprint), or accept it on first use (--trust-on-first-use)."),
                     QStringLiteral("no fingerprint and no TOFU")};
    }
    auto made = makeKeyAndCsr(request.hostname.isEmpty() ? QStringLiteral("motcua-workstation") : request.hostname);
    if (!made)
        return made.error();

    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    NetworkTransport transport(request.serverUrl, tls);
    transport.setAcceptAnyServerCertificate(true); // checked below, before anything is trusted
    auto shown = transport.openAndShowPeer();
    if (!shown) {
        return Error{QStringLiteral("sync.enroll.unreachable"),
                     tr("The central server could not be reached. Check the address and the network."),
                     shown.error().detail};
    }
    // The server shows its CA in the handshake: the wrong server is refused before the one-time
    // code leaves this machine (an impostor would otherwise use it up, or use it).
    if (!request.expectedCaFingerprint.isEmpty() && !chainVouchedBy(*shown, request.expectedCaFingerprint))
        return refused(QStringLiteral("the TLS chain shows no CA with the expected fingerprint; the code was not sent"));
    const QJsonObject body{{QStringLiteral("code"), request.code.trimmed().toUpper()},
                           {QStringLiteral("csr"), QString::fromLatin1(made->csrPem)},
                           {QStringLiteral("hostname"), request.hostname}};
    const SyncResponse response = transport.send(SyncRequest{
        "POST", QStringLiteral("/api/v1/enroll"), {{"Content-Type", "application/json"}},
        QJsonDocument(body).toJson(QJsonDocument::Compact)});
    if (response.status == 0) {
        return Error{QStringLiteral("sync.enroll.unreachable"),
                     tr("The central server could not be reached. Check the address and the network."),
                     response.networkError};
    }
    if (response.status != 200) {
        const ServerError error = parseServerError(response.body);
        return Error{error.code.isEmpty() ? QStringLiteral("sync.enroll.refused") : error.code,
                     SyncText::reasonFor(error.code, response.status),
                     QStringLiteral("enroll: HTTP %1 %2").arg(response.status).arg(error.code)};
    }
    const QJsonObject answer = QJsonDocument::fromJson(response.body).object();
    const QSslCertificate ca(answer.value(QStringLiteral("caCertificate")).toString().toLatin1(), QSsl::Pem);
    const QSslCertificate mine(answer.value(QStringLiteral("certificate")).toString().toLatin1(), QSsl::Pem);
    if (ca.isNull() || mine.isNull())
        return refused(QStringLiteral("enroll answer without certificates"));
    const QString fingerprint = certificateFingerprint(ca);
    if (!request.expectedCaFingerprint.isEmpty() && !sameFingerprint(fingerprint, request.expectedCaFingerprint))
        return refused(QStringLiteral("CA fingerprint %1 differs from the expected one").arg(fingerprint));
    const QList<QSslCertificate> chain = transport.lastPeerChain();
    if (chain.isEmpty() || !isSignedBy(chain.first(), ca))
        return refused(QStringLiteral("the TLS server's certificate is not issued by the returned CA"));
    if (!isSignedBy(mine, ca) || !certificateMatchesKey(mine, made->keyPem))
        return refused(QStringLiteral("the client certificate is not ours or not issued by the CA"));

    SyncSettings settings;
    settings.serverUrl = request.serverUrl;
    settings.workstationId = answer.value(QStringLiteral("workstationId")).toString();
    settings.unit = answer.value(QStringLiteral("unit")).toString();
    settings.counter = answer.value(QStringLiteral("counter")).toString();
    settings.warnAfterDays = request.warnAfterDays;
    settings.blockAfterDays = request.blockAfterDays;
    const SyncIdentity identity{QSslKey(made->keyPem, QSsl::Ec, QSsl::Pem), mine, ca};
    if (Status s = identity.saveTo(dataDir, made->keyPem); !s)
        return s.error();
    // sync.json last: it is what says "enrolled".
    if (Status s = settings.saveTo(dataDir); !s)
        return s.error();
    qCInfo(lcSync) << "enrolled as" << settings.workstationId;
    return EnrollResult{settings, fingerprint};
}

} // namespace motcua::sync
