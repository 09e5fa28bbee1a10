#pragma once
// AES-256-GCM for personal-data columns and payloads.
// Sealed form: version byte || 12-byte random nonce || ciphertext || 16-byte tag.
// The AAD binds a value to its row (e.g. the dossier UUID): a value copied into another row,
// or sealed under another key, does not decrypt. The version byte is authenticated too.
#include "common/Result.h"
#include "security/DataKey.h"
#include "common/SecretBytes.h"

#include <QByteArray>

namespace motcua {

class FieldCipher {
public:
    static constexpr char kVersion = 0x01;
    static constexpr int kOverhead = 1 + 12 + 16; // sealed size = plain size + kOverhead

    explicit FieldCipher(const DataKey &key); // uses subkey("field-v1")

    QByteArray encrypt(const QByteArray &plain, const QByteArray &aad) const;
    // Damaged, truncated, wrong key, wrong AAD or unknown version -> Error (never a crash).
    Result<QByteArray> decrypt(const QByteArray &sealed, const QByteArray &aad) const;

private:
    SecretBytes m_key;
};

} // namespace motcua
