#include "lds/SodWriter.h"

#include "lds/Der.h"
#include "lds/LdsFile.h"
#include "lds/OpenSslSupport.h"
#include "lds/Sod.h"

namespace motcua::card {

QByteArray SodWriter::securityObject(const QMap<int, QByteArray> &dataGroups)
{
    QList<QByteArray> hashes;
    for (auto it = dataGroups.cbegin(); it != dataGroups.cend(); ++it) {
        unsigned char digest[EVP_MAX_MD_SIZE];
        unsigned int length = 0;
        EVP_Digest(it.value().constData(), size_t(it.value().size()), digest, &length, EVP_sha256(), nullptr);
        hashes.append(der::sequence({der::encodeInteger(it.key()),
                                     Tlv::encode(der::Tag::octetString, QByteArray(reinterpret_cast<char *>(digest), int(length)))}));
    }
    return der::sequence({der::encodeInteger(0), der::sequence({der::encodeOid(SodOid::sha256)}), der::sequence(hashes)});
}

Result<QByteArray> SodWriter::sod(const QMap<int, QByteArray> &dataGroups, const SecretBytes &signerKeyPkcs8,
                                  const QByteArray &signerCertificate)
{
    const auto failed = [] {
        return Error{QStringLiteral("lds.writer.sod"), tr("The test security object could not be signed."), ossl::lastError()};
    };
    const unsigned char *p = signerKeyPkcs8.data();
    const ossl::Key key(d2i_AutoPrivateKey(nullptr, &p, long(signerKeyPkcs8.size())));
    const ossl::Cert certificate = ossl::certificateFromDer(signerCertificate);
    if (!key || !certificate)
        return failed();
    const QByteArray content = securityObject(dataGroups);
    constexpr unsigned flags = CMS_BINARY | CMS_NOSMIMECAP;
    ossl::Cms cms(CMS_sign(certificate.get(), key.get(), nullptr, nullptr, flags | CMS_PARTIAL));
    using ObjectPtr = std::unique_ptr<ASN1_OBJECT, ossl::Deleter<ASN1_OBJECT_free>>;
    const ObjectPtr contentType(OBJ_txt2obj(SodOid::ldsSecurityObject.toLatin1().constData(), 1));
    const ossl::Bio input = ossl::memoryBio(content);
    if (!cms || !contentType || !CMS_set1_eContentType(cms.get(), contentType.get())
        || !CMS_final(cms.get(), input.get(), nullptr, flags))
        return failed();
    const QByteArray der = ossl::toDer(cms.get(), i2d_CMS_ContentInfo);
    if (der.isEmpty())
        return failed();
    return Tlv::encode(lds::fileTag(lds::kSod), der);
}

} // namespace motcua::card
