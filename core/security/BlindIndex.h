#pragma once
// Equality search over encrypted data: a keyed token per value, stored in an indexed column.
// token = HMAC-SHA256(subkey("index-v1"), domain || 0x00 || UTF-8(value)), first 16 bytes.
// The domain ("id12", "name"...) keeps equal values in different columns from matching.
// Callers fold/normalise the value first (text::folded for names): the token is exact.
#include "security/DataKey.h"
#include "common/SecretBytes.h"

#include <QByteArray>
#include <QString>

namespace motcua {

class BlindIndex {
public:
    static constexpr int kTokenSize = 16;

    explicit BlindIndex(const DataKey &key);
    QByteArray token(const QByteArray &domain, const QString &value) const;

private:
    SecretBytes m_key;
};

} // namespace motcua
