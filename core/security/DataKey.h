#pragma once
// The workstation's data key: 32 random bytes in a key file OUTSIDE the database (mode 0600,
// created on first use), so that a copied database file alone reveals no personal data.
// Every use derives its own subkey (HKDF-SHA256 with a label), never the key itself.
#include "common/Result.h"
#include "common/SecretBytes.h"

#include <QByteArray>
#include <QString>

namespace motcua {

class DataKey {
public:
    static constexpr int kSize = 32;

    // Reads the key file, or creates it (0600, written to a temporary name and linked into place,
    // so two processes starting together agree on one key). A file that cannot be read or has the
    // wrong size is an Error: silently making a new key would orphan every encrypted record.
    static Result<DataKey> loadOrCreate(const QString &keyFilePath);

    // For tests: a key from explicit bytes. Throws std::invalid_argument unless 32 bytes.
    static DataKey fromBytes(const QByteArray &key32);

    // HKDF-SHA256(key, info = label), 32 bytes. The caller owns the copy it receives.
    QByteArray subkey(const QByteArray &label) const;

private:
    explicit DataKey(QByteArray key) : m_key(std::move(key)) {}
    SecretBytes m_key; // zeroed on destruction
};

} // namespace motcua
