#include "lds/TrustStore.h"

#include "lds/Der.h"
#include "lds/OpenSslSupport.h"

#include <QDir>
#include <QFile>

#include <openssl/pem.h>

namespace motcua::card {

namespace {

bool isPem(const QByteArray &data)
{
    return data.contains("-----BEGIN ");
}

Error badFile(const QString &what, const QString &detail)
{
    return Error{QStringLiteral("trust.%1").arg(what),
                 TrustStore::tr("A CSCA certificate, CRL or master list could not be read."), detail};
}

} // namespace

void TrustStore::keep(x509_st *certificate)
{
    // Only CA certificates anchor trust: a document signer copied into the folder must not.
    if (X509_check_ca(certificate) >= 1)
        m_certificates.append(ossl::toDer(certificate, i2d_X509));
    else
        ++m_ignored;
}

Status TrustStore::addCertificates(const QByteArray &pemOrDer)
{
    ERR_clear_error();
    if (!isPem(pemOrDer)) {
        const ossl::Cert certificate = ossl::certificateFromDer(pemOrDer);
        if (!certificate)
            return badFile(QStringLiteral("certificate"), ossl::lastError());
        keep(certificate.get());
        return Status::success();
    }
    const ossl::Bio bio = ossl::memoryBio(pemOrDer);
    int count = 0;
    while (ossl::Cert certificate{PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr)}) {
        keep(certificate.get());
        ++count;
    }
    ERR_clear_error(); // the loop ends on "no start line"
    if (count == 0)
        return badFile(QStringLiteral("certificate"), QStringLiteral("no certificate in the PEM"));
    return Status::success();
}

Status TrustStore::addCrl(const QByteArray &pemOrDer)
{
    ERR_clear_error();
    ossl::Crl crl;
    if (isPem(pemOrDer)) {
        const ossl::Bio bio = ossl::memoryBio(pemOrDer);
        crl.reset(PEM_read_bio_X509_CRL(bio.get(), nullptr, nullptr, nullptr));
    } else {
        const auto *p = reinterpret_cast<const unsigned char *>(pemOrDer.constData());
        crl.reset(d2i_X509_CRL(nullptr, &p, long(pemOrDer.size())));
    }
    if (!crl)
        return badFile(QStringLiteral("crl"), ossl::lastError());
    m_crls.append(ossl::toDer(crl.get(), i2d_X509_CRL));
    return Status::success();
}

Status TrustStore::addMasterList(const QByteArray &der)
{
    ERR_clear_error();
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    const ossl::Cms cms(d2i_CMS_ContentInfo(nullptr, &p, long(der.size())));
    ASN1_OCTET_STRING **content = cms ? CMS_get0_content(cms.get()) : nullptr;
    if (!content || !*content)
        return badFile(QStringLiteral("masterList"), QStringLiteral("not a CMS with content: ") + ossl::lastError());
    const QByteArray list(reinterpret_cast<const char *>(ASN1_STRING_get0_data(*content)), ASN1_STRING_length(*content));
    const auto top = der::readSingle(list);
    const auto parts = top ? der::children(*top) : std::nullopt;
    const auto set = parts && parts->size() == 2 ? der::children(parts->at(1)) : std::nullopt;
    if (!set)
        return badFile(QStringLiteral("masterList"), QStringLiteral("CscaMasterList malformed"));
    for (const der::Item &item : *set)
        if (const Status added = addCertificates(item.encoded); !added)
            return added;
    return Status::success();
}

Result<TrustStore> TrustStore::loadFolder(const QString &folder)
{
    const QDir dir(folder);
    if (!dir.exists())
        return Error{QStringLiteral("trust.folder"), tr("The CSCA certificate folder does not exist."), folder};
    TrustStore store;
    for (const QFileInfo &info : dir.entryInfoList(QDir::Files, QDir::Name)) {
        QFile file(info.filePath());
        if (!file.open(QIODevice::ReadOnly))
            return badFile(QStringLiteral("open"), info.fileName());
        const QByteArray data = file.readAll();
        const QString suffix = info.suffix().toLower();
        Status added = suffix == QLatin1String("crl") ? store.addCrl(data)
                       : suffix == QLatin1String("ml") ? store.addMasterList(data)
                       : suffix == QLatin1String("key") ? Status::success() // a test PKI folder holds the DS key too
                                                        : store.addCertificates(data);
        if (!added) {
            Error error = added.error();
            error.detail = info.fileName() + QStringLiteral(": ") + error.detail;
            return error;
        }
    }
    return store;
}

} // namespace motcua::card
