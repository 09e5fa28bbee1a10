#include "lds/Sod.h"

#include "lds/Der.h"
#include "lds/LdsFile.h"
#include "lds/OpenSslSupport.h"

#include <openssl/objects.h>

namespace motcua::card {

namespace {

Error damaged(const QString &what, const QString &detail)
{
    return lds::LdsError::damaged(lds::kSod, what, detail);
}

QString oidText(const ASN1_OBJECT *object)
{
    char text[128];
    const int length = OBJ_obj2txt(text, sizeof text, object, 1);
    return length > 0 && length < int(sizeof text) ? QString::fromLatin1(text, length) : QString();
}

QByteArray findSignerCertificate(CMS_ContentInfo *cms)
{
    ossl::CertStack certificates(CMS_get1_certs(cms));
    if (!certificates || sk_X509_num(certificates.get()) == 0)
        return {};
    STACK_OF(CMS_SignerInfo) *signers = CMS_get0_SignerInfos(cms);
    X509 *chosen = sk_X509_value(certificates.get(), 0);
    if (signers && sk_CMS_SignerInfo_num(signers) > 0) {
        CMS_SignerInfo *signer = sk_CMS_SignerInfo_value(signers, 0);
        for (int i = 0; i < sk_X509_num(certificates.get()); ++i)
            if (CMS_SignerInfo_cert_cmp(signer, sk_X509_value(certificates.get(), i)) == 0)
                chosen = sk_X509_value(certificates.get(), i);
    }
    return ossl::toDer(chosen, i2d_X509);
}

} // namespace

Status Sod::parseSecurityObject(const QByteArray &derBytes, Sod &into)
{
    const auto object = der::readSingle(derBytes);
    const auto parts = object && object->tag == der::Tag::sequence ? der::children(*object) : std::nullopt;
    if (!parts || parts->size() < 3)
        return damaged(QStringLiteral("securityObject"), QStringLiteral("LDSSecurityObject is not a SEQUENCE of 3+"));
    const auto version = der::toInteger(parts->at(0));
    const auto algorithm = der::children(parts->at(1));
    const auto algorithmOid = algorithm && !algorithm->isEmpty() ? der::toOid(algorithm->first()) : std::nullopt;
    const auto hashes = parts->at(2).tag == der::Tag::sequence ? der::children(parts->at(2)) : std::nullopt;
    if (!version || !algorithmOid || !hashes)
        return damaged(QStringLiteral("securityObject"), QStringLiteral("version, algorithm or hash list malformed"));
    into.version = int(*version);
    into.hashAlgorithm = *algorithmOid;
    into.dataGroupHashes.clear();
    for (const der::Item &entry : *hashes) {
        const auto fields = der::children(entry);
        if (!fields || fields->size() != 2 || fields->at(1).tag != der::Tag::octetString)
            return damaged(QStringLiteral("securityObject"), QStringLiteral("DataGroupHash malformed"));
        const auto number = der::toInteger(fields->at(0));
        if (!number || *number < 1 || *number > 16)
            return damaged(QStringLiteral("securityObject"), QStringLiteral("data group number out of range"));
        into.dataGroupHashes.insert(int(*number), fields->at(1).value);
    }
    if (parts->size() > 3) {
        if (const auto info = der::children(parts->at(3)); info && !info->isEmpty())
            into.ldsVersion = der::toText(info->first()).value_or(QString());
    }
    return Status::success();
}

Result<Sod> Sod::parse(const QByteArray &bytes)
{
    const auto file = der::readFirst(bytes);
    if (!file || file->tag != lds::fileTag(lds::kSod))
        return damaged(QStringLiteral("wrapper"), QStringLiteral("no tag 77"));
    Sod sod;
    sod.contentInfo = file->value;
    ERR_clear_error();
    const auto *p = reinterpret_cast<const unsigned char *>(sod.contentInfo.constData());
    ossl::Cms cms(d2i_CMS_ContentInfo(nullptr, &p, long(sod.contentInfo.size())));
    if (!cms || OBJ_obj2nid(CMS_get0_type(cms.get())) != NID_pkcs7_signed)
        return damaged(QStringLiteral("cms"), QStringLiteral("not a CMS SignedData: ") + ossl::lastError());
    if (oidText(CMS_get0_eContentType(cms.get())) != SodOid::ldsSecurityObject)
        return damaged(QStringLiteral("contentType"), QStringLiteral("eContentType is not ldsSecurityObject"));
    ASN1_OCTET_STRING **content = CMS_get0_content(cms.get());
    if (!content || !*content)
        return damaged(QStringLiteral("content"), QStringLiteral("no encapsulated content"));
    sod.ldsSecurityObject = QByteArray(reinterpret_cast<const char *>(ASN1_STRING_get0_data(*content)), ASN1_STRING_length(*content));
    if (const Status read = parseSecurityObject(sod.ldsSecurityObject, sod); !read)
        return read.error();
    sod.signerCertificate = findSignerCertificate(cms.get());
    return sod;
}

Result<QByteArray> Sod::hash(const QByteArray &data) const
{
    const EVP_MD *md = nullptr;
    if (hashAlgorithm == SodOid::sha1) md = EVP_sha1();
    else if (hashAlgorithm == SodOid::sha224) md = EVP_sha224();
    else if (hashAlgorithm == SodOid::sha256) md = EVP_sha256();
    else if (hashAlgorithm == SodOid::sha384) md = EVP_sha384();
    else if (hashAlgorithm == SodOid::sha512) md = EVP_sha512();
    if (!md)
        return lds::LdsError::unsupported(lds::kSod, QStringLiteral("hashAlgorithm"), hashAlgorithm);
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (!EVP_Digest(data.constData(), size_t(data.size()), digest, &length, md, nullptr))
        return lds::LdsError::unsupported(lds::kSod, QStringLiteral("hashAlgorithm"), ossl::lastError());
    return QByteArray(reinterpret_cast<const char *>(digest), int(length));
}

} // namespace motcua::card
