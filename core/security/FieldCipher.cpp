#include "security/FieldCipher.h"

#include "security/Crypto.h"

#include <QCoreApplication>

namespace motcua {
namespace {

QByteArray versionedAad(char version, const QByteArray &aad)
{
    QByteArray out;
    out.reserve(aad.size() + 1);
    out.append(version);
    out.append(aad);
    return out;
}

} // namespace

FieldCipher::FieldCipher(const DataKey &key)
    : m_key(key.subkey(QByteArrayLiteral("field-v1")))
{
}

QByteArray FieldCipher::encrypt(const QByteArray &plain, const QByteArray &aad) const
{
    const QByteArray nonce = detail::randomBytes(detail::kGcmNonceSize);
    QByteArray out;
    out.reserve(plain.size() + kOverhead);
    out.append(kVersion);
    out.append(nonce);
    out.append(detail::aes256GcmSeal(m_key.view(), nonce, versionedAad(kVersion, aad), plain));
    return out;
}

Result<QByteArray> FieldCipher::decrypt(const QByteArray &sealed, const QByteArray &aad) const
{
    if (sealed.size() < kOverhead) {
        return Error{QStringLiteral("security.cipher.truncated"),
                     QCoreApplication::translate("FieldCipher", "The stored data is damaged or was protected with another key."),
                     QStringLiteral("sealed value of %1 bytes is shorter than the %2-byte envelope").arg(sealed.size()).arg(kOverhead)};
    }
    if (sealed.at(0) != kVersion) {
        return Error{QStringLiteral("security.cipher.version"),
                     QCoreApplication::translate("FieldCipher", "The stored data was written by another version of the program and cannot be read."),
                     QStringLiteral("unknown field cipher version %1").arg(int(quint8(sealed.at(0))))};
    }
    const QByteArray nonce = sealed.mid(1, detail::kGcmNonceSize);
    return detail::aes256GcmOpen(m_key.view(), nonce, versionedAad(kVersion, aad), sealed.mid(1 + detail::kGcmNonceSize));
}

} // namespace motcua
