#pragma once
// The block-cipher primitives of ICAO 9303 secure messaging, on OpenSSL 3: two-key 3DES in CBC
// mode with the ISO 9797-1 "retail MAC" (BAC), AES in CBC mode with AES-CMAC (PACE, Chip
// Authentication), ISO 9797-1 padding method 2 and the key derivation function of Part 11 §9.7.1.
// Shared by the reader and the chip simulator; inputs must already be block-aligned unless said.
#include "common/Result.h"
#include "common/SecretBytes.h"

#include <QByteArray>

namespace motcua::card::crypto {

enum class Cipher {
    Des3,   // two-key 3DES, BAC (and 3DES PACE/CA, which ICAO discourages)
    Aes128,
    Aes192,
    Aes256,
};

int blockSize(Cipher cipher);  // 8 or 16
int keyLength(Cipher cipher);  // 16, 16, 24, 32

// ISO 9797-1 padding method 2: 80 then zeros up to a whole block (always at least one byte).
QByteArray pad(const QByteArray &data, int block);
// Removes method-2 padding; nullopt when the padding is malformed.
std::optional<QByteArray> unpad(const QByteArray &data);

// CBC without padding (the caller pads); `iv` of one block, zero for BAC.
Result<QByteArray> encryptCbc(Cipher cipher, const SecretBytes &key, const QByteArray &iv, const QByteArray &data);
Result<QByteArray> decryptCbc(Cipher cipher, const SecretBytes &key, const QByteArray &iv, const QByteArray &data);
// One AES block in ECB mode (the SM IV is E(KEnc, SSC); PACE decrypts the nonce with it too).
Result<QByteArray> encryptBlock(Cipher cipher, const SecretBytes &key, const QByteArray &block);

// The 8-byte MAC of secure messaging over already padded data: retail MAC (ISO 9797-1 MAC
// algorithm 3 with DES) for 3DES, AES-CMAC truncated to 8 bytes for AES.
Result<QByteArray> mac(Cipher cipher, const SecretBytes &key, const QByteArray &paddedData);
// AES-CMAC, full 16 bytes (over unpadded data: CMAC pads itself).
Result<QByteArray> cmac(Cipher cipher, const SecretBytes &key, const QByteArray &data);

// KDF(K, c) = H(K || c) cut to the key length; SHA-1 for 3DES and AES-128, SHA-256 for AES-192/256;
// 3DES keys get DES parity. Counter 1 = KEnc, 2 = KMac, 3 = PACE password key.
SecretBytes deriveKey(Cipher cipher, const QByteArray &secret, quint32 counter);

// Cryptographically strong random bytes.
QByteArray randomBytes(int count);

// Constant-time comparison for MACs and tokens.
bool equalConstantTime(const QByteArray &a, const QByteArray &b);

} // namespace motcua::card::crypto
