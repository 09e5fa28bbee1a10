#pragma once
// An unfinished upload's bytes, encrypted at rest. A partial file grows by appends at any offset
// and must be read back in one stream at completion, so it uses AES-256-CTR with the counter
// positioned at the byte offset (ciphertext byte i = plaintext byte i XOR keystream byte i): an
// append is encrypted without touching what is already written, and the file size is the number
// of bytes received. Key: DataKey::subkey("server-partial-v1"); IV: 16 random bytes drawn when the
// partial file is started and kept beside it (`<sha256>.iv`), so that a partial discarded after a
// wrong upload and started again never reuses a keystream (two ciphertexts under one keystream
// give away the XOR of their plaintexts).
// CTR gives no integrity: completion checks the SHA-256 of the decrypted stream against the name.
#include "security/DataKey.h"
#include "common/SecretBytes.h"

#include <QFile>
#include <QIODevice>
#include <QString>

namespace motcua::server {

class PartialCipher {
public:
    static constexpr int kIvSize = 16;
    explicit PartialCipher(const DataKey &key);

    // XORs the keystream of the partial started with `iv` (kIvSize bytes) from byte `offset` over
    // `data` in place: encryption and decryption are the same operation. Throws
    // std::runtime_error if OpenSSL fails (it cannot for valid arguments).
    void apply(const QByteArray &iv, qint64 offset, char *data, qint64 length) const;

private:
    SecretBytes m_key;
};

// A partial file read as plaintext: a random-access QIODevice that decrypts what it reads, so that
// completion streams it into BlobStore::putDevice one chunk at a time (never the whole blob).
class PartialReader final : public QIODevice {
public:
    PartialReader(const QString &path, const PartialCipher &cipher, QByteArray iv);
    bool open(OpenMode mode) override; // ReadOnly only
    void close() override;
    bool isSequential() const override { return false; }
    qint64 size() const override { return m_file.size(); }
    bool seek(qint64 pos) override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QFile m_file;
    const PartialCipher &m_cipher;
    QByteArray m_iv;
};

} // namespace motcua::server
