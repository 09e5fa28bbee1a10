#include "security/BlindIndex.h"

#include "security/Crypto.h"

namespace motcua {

BlindIndex::BlindIndex(const DataKey &key)
    : m_key(key.subkey(QByteArrayLiteral("index-v1")))
{
}

QByteArray BlindIndex::token(const QByteArray &domain, const QString &value) const
{
    const QByteArray utf8 = value.toUtf8();
    QByteArray message;
    message.reserve(domain.size() + 1 + utf8.size());
    message.append(domain);
    message.append('\0');
    message.append(utf8);
    return detail::hmacSha256(m_key.view(), message).left(kTokenSize);
}

} // namespace motcua
