#pragma once
// ICAO 9303 Part 11 §9.8 secure messaging, both ends. An SmSession holds the session keys and the
// send sequence counter (SSC); the reader protects commands and unprotects responses, the chip
// (tools/cccd-sim) does the mirror. Responses are checked strictly: DO'99' present and equal to
// the status word, DO'8E' present, last and correct over every object before it, no object the
// standard does not put there, valid padding. A failed check is an error; SecureChannel then
// refuses every later command, since a session whose answers cannot be trusted is over.
#include "apdu/Apdu.h"
#include "apdu/ApduTransport.h"
#include "common/Result.h"
#include "common/SecretBytes.h"
#include "emrtd/SmCrypto.h"

#include <QLoggingCategory>

namespace motcua::card {

// motcua.apdu: INS, status words and lengths only, never data. Off unless switched on.
Q_DECLARE_LOGGING_CATEGORY(lcEmrtdApdu)

class SmSession {
public:
    SmSession() = default;
    // `ssc` is 8 bytes for 3DES, 16 for AES.
    SmSession(crypto::Cipher cipher, SecretBytes kEnc, SecretBytes kMac, QByteArray ssc);
    // Session keys KDF(K, 1) and KDF(K, 2) from a key-agreement secret, SSC zero (PACE and CA).
    static SmSession fromSharedSecret(crypto::Cipher cipher, const QByteArray &sharedSecret);

    bool isValid() const { return !m_kEnc.isEmpty() && !m_kMac.isEmpty(); }
    crypto::Cipher cipher() const { return m_cipher; }
    const QByteArray &ssc() const { return m_ssc; }
    const SecretBytes &kEnc() const { return m_kEnc; }
    const SecretBytes &kMac() const { return m_kMac; }

    // Reader side. The protected command uses extended length when its data or Le needs it.
    Result<CommandApdu> protectCommand(const CommandApdu &command);
    Result<ResponseApdu> unprotectResponse(const ResponseApdu &response);

    // Chip side: the mirror. unprotectCommand checks the command as strictly as the reader
    // checks responses; `ins` tells protectResponse whether to use DO'85' (odd INS).
    Result<CommandApdu> unprotectCommand(const CommandApdu &command);
    Result<ResponseApdu> protectResponse(quint8 ins, const ResponseApdu &response);

    // The most plaintext a protected response of `maxResponse` data bytes can carry.
    int maxPlainResponse(int maxResponse) const;

private:
    void incrementSsc();
    Result<QByteArray> iv() const;
    Result<QByteArray> cryptogram(quint8 ins, const QByteArray &plain) const;
    Result<QByteArray> decryptCryptogram(quint32 tag, const QByteArray &value) const;
    Result<QByteArray> macOver(const QByteArray &input) const;

    crypto::Cipher m_cipher = crypto::Cipher::Des3;
    SecretBytes m_kEnc;
    SecretBytes m_kMac;
    QByteArray m_ssc;
};

// An ApduTransport that protects every command and unprotects every answer. After any failure
// (a bad MAC, a transport error, a plain error status that ends SM on the chip) it is closed:
// every later transmit fails with emrtd.sm.closed, and the caller must start access control anew.
class SecureChannel : public ApduTransport {
public:
    SecureChannel(ApduTransport &transport, SmSession session);

    Result<ResponseApdu> transmit(const CommandApdu &command) override;
    bool supportsExtendedLength() const override { return m_transport.supportsExtendedLength(); }
    int maxResponseLength() const override;
    int apduCount() const override { return m_transport.apduCount(); }

    // Chip Authentication: later commands use the new keys (and their SSC).
    void replaceSession(SmSession session) { m_session = std::move(session); }
    bool isClosed() const { return m_closed; }
    const SmSession &session() const { return m_session; }
    ApduTransport &inner() { return m_transport; }

private:
    ApduTransport &m_transport;
    SmSession m_session;
    bool m_closed = false;
};

} // namespace motcua::card
