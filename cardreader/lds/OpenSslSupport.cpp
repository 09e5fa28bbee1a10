#include "lds/OpenSslSupport.h"

#include <QStringList>

namespace motcua::card::ossl {

QString lastError()
{
    QStringList errors;
    while (const unsigned long code = ERR_get_error()) {
        char text[256];
        ERR_error_string_n(code, text, sizeof text);
        errors.append(QString::fromLatin1(text));
    }
    return errors.join(QStringLiteral("; "));
}

Cert certificateFromDer(const QByteArray &der)
{
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    return Cert(d2i_X509(nullptr, &p, long(der.size())));
}

Key publicKeyFromDer(const QByteArray &spki)
{
    const auto *p = reinterpret_cast<const unsigned char *>(spki.constData());
    return Key(d2i_PUBKEY(nullptr, &p, long(spki.size())));
}

} // namespace motcua::card::ossl
