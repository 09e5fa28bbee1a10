#include "lds/PassiveAuth.h"

#include "lds/LdsFile.h"
#include "lds/OpenSslSupport.h"

#include <QLoggingCategory>

namespace motcua::card {

namespace {

Q_LOGGING_CATEGORY(lcPassiveAuth, "motcua.card.pa", QtInfoMsg)

Error reason(const char *code, const QString &message, const QString &detail = {})
{
    return Error{QLatin1String(code), message, detail};
}

QDateTime fromAsn1(const ASN1_TIME *time)
{
    struct tm parts = {};
    if (!time || ASN1_TIME_to_tm(time, &parts) != 1)
        return {};
    return QDateTime(QDate(parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday),
                     QTime(parts.tm_hour, parts.tm_min, parts.tm_sec), Qt::UTC);
}

QString subjectText(X509 *certificate)
{
    char text[256];
    X509_NAME_oneline(X509_get_subject_name(certificate), text, sizeof text);
    return QString::fromUtf8(text);
}

bool hasCrlFor(const QList<QByteArray> &crls, X509 *certificate)
{
    for (const QByteArray &der : crls) {
        const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
        const ossl::Crl crl(d2i_X509_CRL(nullptr, &p, long(der.size())));
        if (crl && X509_NAME_cmp(X509_CRL_get_issuer(crl.get()), X509_get_issuer_name(certificate)) == 0)
            return true;
    }
    return false;
}

} // namespace

void PassiveAuth::checkHashes(const Sod &sod, const QMap<int, QByteArray> &files, PassiveAuthResult &result)
{
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        if (it.key() < 1 || it.key() > 16)
            continue; // EF.COM and the SOD itself are not hashed
        const QString name = lds::fileName(it.key());
        if (!sod.dataGroupHashes.contains(it.key())) {
            result.unlistedFiles.append(name);
            continue;
        }
        const Result<QByteArray> hash = sod.hash(it.value());
        if (!hash) {
            result.reasons.append(hash.error());
            return;
        }
        if (*hash != sod.dataGroupHashes.value(it.key()))
            result.mismatchedFiles.append(name);
    }
    if (!result.mismatchedFiles.isEmpty())
        result.reasons.append(reason("pa.hash.mismatch",
                                     tr("The chip's %1 does not match what the issuing authority signed: the data may have been altered.")
                                         .arg(result.mismatchedFiles.join(QStringLiteral(", ")))));
    if (!result.unlistedFiles.isEmpty())
        result.reasons.append(reason("pa.hash.unlisted", tr("The chip's %1 is not covered by the issuing authority's signature.")
                                                             .arg(result.unlistedFiles.join(QStringLiteral(", ")))));
    if (files.isEmpty())
        result.reasons.append(reason("pa.hash.nothingRead", tr("No data group was read, so none could be checked.")));
    result.hashesOk = result.mismatchedFiles.isEmpty() && result.unlistedFiles.isEmpty() && result.reasons.isEmpty();
}

void PassiveAuth::checkSignature(const Sod &sod, PassiveAuthResult &result)
{
    ERR_clear_error();
    const auto *p = reinterpret_cast<const unsigned char *>(sod.contentInfo.constData());
    const ossl::Cms cms(d2i_CMS_ContentInfo(nullptr, &p, long(sod.contentInfo.size())));
    if (sod.signerCertificate.isEmpty()) {
        result.reasons.append(reason("pa.signature.noCertificate", tr("The chip carries no document signer certificate.")));
        return;
    }
    // The DS certificate is checked separately (checkChain) against the trust store and the time
    // of reading; here only the signature and the signed message digest over the content.
    const bool valid = cms && CMS_verify(cms.get(), nullptr, nullptr, nullptr, nullptr, CMS_NO_SIGNER_CERT_VERIFY | CMS_BINARY) == 1;
    if (!valid) {
        const QString detail = ossl::lastError();
        qCInfo(lcPassiveAuth) << "SOD signature invalid:" << detail;
        result.reasons.append(reason("pa.signature.invalid", tr("The issuing authority's signature on the chip's data is not valid."), detail));
        return;
    }
    result.signatureOk = true;
}

void PassiveAuth::checkChain(const Sod &sod, const TrustStore &trust, const QDateTime &at, PassiveAuthResult &result)
{
    ERR_clear_error();
    const ossl::Cert signer = ossl::certificateFromDer(sod.signerCertificate);
    if (!signer)
        return; // reported by checkSignature
    result.signerSubject = subjectText(signer.get());
    result.signerNotBefore = fromAsn1(X509_get0_notBefore(signer.get()));
    result.signerNotAfter = fromAsn1(X509_get0_notAfter(signer.get()));
    if (trust.isEmpty()) {
        result.reasons.append(reason("pa.chain.noTrustStore",
                                     tr("No CSCA certificate has been imported, so the chip's signer cannot be checked. An administrator must import them.")));
        return;
    }
    const ossl::Store store(X509_STORE_new());
    for (const QByteArray &der : trust.certificates())
        if (const ossl::Cert anchor = ossl::certificateFromDer(der))
            X509_STORE_add_cert(store.get(), anchor.get());
    for (const QByteArray &der : trust.crls()) {
        const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
        if (const ossl::Crl crl{d2i_X509_CRL(nullptr, &p, long(der.size()))})
            X509_STORE_add_crl(store.get(), crl.get());
    }
    const ossl::StoreContext context(X509_STORE_CTX_new());
    if (!store || !context || !X509_STORE_CTX_init(context.get(), store.get(), signer.get(), nullptr)) {
        result.reasons.append(reason("pa.chain.internal", tr("The chip's signer could not be checked."), ossl::lastError()));
        return;
    }
    X509_VERIFY_PARAM *parameters = X509_STORE_CTX_get0_param(context.get());
    X509_VERIFY_PARAM_set_time(parameters, time_t(at.toSecsSinceEpoch()));
    if (hasCrlFor(trust.crls(), signer.get())) // a CRL present for this CSCA is consulted; none is not an error
        X509_VERIFY_PARAM_set_flags(parameters, X509_V_FLAG_CRL_CHECK);
    if (X509_verify_cert(context.get()) == 1) {
        result.chainOk = true;
        return;
    }
    const int error = X509_STORE_CTX_get_error(context.get());
    const QString detail = QString::fromLatin1(X509_verify_cert_error_string(error));
    qCInfo(lcPassiveAuth) << "DS chain rejected:" << detail;
    switch (error) {
    case X509_V_ERR_CERT_HAS_EXPIRED:
    case X509_V_ERR_CERT_NOT_YET_VALID:
        result.reasons.append(reason("pa.chain.expired", tr("The chip's document signer certificate was not valid on the day of reading (expired or not yet valid)."), detail));
        break;
    case X509_V_ERR_CERT_REVOKED:
        result.reasons.append(reason("pa.chain.revoked", tr("The chip's document signer certificate has been revoked."), detail));
        break;
    default:
        result.reasons.append(reason("pa.chain.untrusted",
                                     tr("The chip was signed by an authority this workstation does not trust."), detail));
    }
}

PassiveAuthResult PassiveAuth::verify(const Sod &sod, const QMap<int, QByteArray> &files, const TrustStore &trust, const QDateTime &at)
{
    PassiveAuthResult result;
    checkHashes(sod, files, result);
    checkSignature(sod, result);
    checkChain(sod, trust, at, result);
    return result;
}

} // namespace motcua::card
