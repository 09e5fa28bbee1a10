#pragma once
// DG15: the Active Authentication public key, 6F { SubjectPublicKeyInfo }, RSA or EC.
#include "common/Result.h"

#include <QByteArray>

namespace motcua::card {

struct Dg15 {
    enum class KeyType { Rsa, Ec };
    KeyType keyType = KeyType::Rsa;
    int bits = 0;                    // RSA modulus or EC field size
    QByteArray subjectPublicKeyInfo; // DER, checked to load with OpenSSL

    static Result<Dg15> parse(const QByteArray &bytes);
};

} // namespace motcua::card
