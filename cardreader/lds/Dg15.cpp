#include "lds/Dg15.h"

#include "lds/Der.h"
#include "lds/LdsFile.h"
#include "lds/OpenSslSupport.h"

namespace motcua::card {

Result<Dg15> Dg15::parse(const QByteArray &bytes)
{
    constexpr int kDg15 = 15;
    const auto file = der::readFirst(bytes);
    if (!file || file->tag != lds::fileTag(kDg15))
        return lds::LdsError::damaged(kDg15, QStringLiteral("wrapper"), QStringLiteral("no tag 6F"));
    const auto spki = der::readFirst(file->value);
    if (!spki || spki->tag != der::Tag::sequence)
        return lds::LdsError::damaged(kDg15, QStringLiteral("spki"), QStringLiteral("no SubjectPublicKeyInfo"));
    const ossl::Key key = ossl::publicKeyFromDer(spki->encoded);
    if (!key)
        return lds::LdsError::damaged(kDg15, QStringLiteral("spki"), ossl::lastError());
    Dg15 dg15;
    dg15.subjectPublicKeyInfo = spki->encoded;
    dg15.bits = EVP_PKEY_get_bits(key.get());
    switch (EVP_PKEY_get_base_id(key.get())) {
    case EVP_PKEY_RSA: dg15.keyType = KeyType::Rsa; break;
    case EVP_PKEY_EC: dg15.keyType = KeyType::Ec; break;
    default:
        return lds::LdsError::unsupported(kDg15, QStringLiteral("keyType"),
                                          QStringLiteral("key type %1").arg(EVP_PKEY_get_base_id(key.get())));
    }
    return dg15;
}

} // namespace motcua::card
