#include "emrtd/SecureMessaging.h"

#include "emrtd/EmrtdErrors.h"
#include "apdu/Tlv.h"

Q_LOGGING_CATEGORY(motcua::card::lcEmrtdApdu, "motcua.apdu", QtWarningMsg)

namespace motcua::card {

using crypto::Cipher;
using emrtd::ErrorCode::smFormat;
using emrtd::ErrorCode::smMac;
using emrtd::smError;

namespace {

struct DataObject {
    quint32 tag = 0;
    QByteArray value;
    qsizetype begin = 0; // where its tag starts in the message: the MAC covers the raw bytes
};

Result<QList<DataObject>> splitObjects(const QByteArray &data)
{
    QList<DataObject> out;
    qsizetype pos = 0;
    while (pos < data.size()) {
        auto header = Tlv::readHeader(data, pos);
        if (!header)
            return smError(smFormat, QStringLiteral("malformed SM object: ") + header.error().detail);
        out.append({header->tag, data.mid(pos + header->headerLength, header->valueLength), pos});
        pos += header->headerLength + header->valueLength;
    }
    return out;
}

// The objects of a protected message in their only allowed order: [87|85] [97 or 99] 8E.
struct ProtectedMessage {
    std::optional<DataObject> cryptogram;
    std::optional<DataObject> middle; // DO'97' in a command, DO'99' in a response
    DataObject mac;
};

Result<ProtectedMessage> readProtected(const QByteArray &data, quint32 middleTag, bool middleRequired)
{
    auto objects = splitObjects(data);
    if (!objects)
        return objects.error();
    ProtectedMessage message;
    qsizetype i = 0;
    const QList<DataObject> &list = *objects;
    if (i < list.size() && (list[i].tag == 0x87 || list[i].tag == 0x85))
        message.cryptogram = list[i++];
    if (i < list.size() && list[i].tag == middleTag)
        message.middle = list[i++];
    if (i >= list.size() || list[i].tag != 0x8e)
        return smError(smMac, QStringLiteral("DO'8E' missing or out of place"));
    message.mac = list[i++];
    if (i != list.size())
        return smError(smFormat, QStringLiteral("unexpected object after DO'8E'"));
    if (middleRequired && !message.middle)
        return smError(smFormat, QStringLiteral("DO'%1' missing").arg(middleTag, 2, 16));
    if (message.mac.value.size() != 8)
        return smError(smMac, QStringLiteral("DO'8E' of %1 bytes").arg(message.mac.value.size()));
    return message;
}

QByteArray leObject(int le, bool extended)
{
    QByteArray value;
    if (extended)
        value.append(char((le >= CommandApdu::kMaxExtendedLe ? 0 : le) >> 8))
            .append(char((le >= CommandApdu::kMaxExtendedLe ? 0 : le) & 0xff));
    else
        value.append(char(le >= CommandApdu::kMaxShortLe ? 0 : le));
    return Tlv::encode(0x97, value);
}

QByteArray header(const CommandApdu &command, quint8 cla)
{
    QByteArray out;
    out.append(char(cla)).append(char(command.ins())).append(char(command.p1())).append(char(command.p2()));
    return out;
}

} // namespace

SmSession::SmSession(Cipher cipher, SecretBytes kEnc, SecretBytes kMac, QByteArray ssc)
    : m_cipher(cipher), m_kEnc(std::move(kEnc)), m_kMac(std::move(kMac)), m_ssc(std::move(ssc))
{
}

SmSession SmSession::fromSharedSecret(Cipher cipher, const QByteArray &sharedSecret)
{
    return SmSession(cipher, crypto::deriveKey(cipher, sharedSecret, 1), crypto::deriveKey(cipher, sharedSecret, 2),
                     QByteArray(crypto::blockSize(cipher), '\0'));
}

void SmSession::incrementSsc()
{
    for (qsizetype i = m_ssc.size() - 1; i >= 0; --i) {
        m_ssc[i] = char(quint8(m_ssc.at(i)) + 1);
        if (m_ssc.at(i) != '\0')
            break;
    }
}

Result<QByteArray> SmSession::iv() const
{
    if (m_cipher == Cipher::Des3)
        return QByteArray(8, '\0');
    return crypto::encryptBlock(m_cipher, m_kEnc, m_ssc);
}

Result<QByteArray> SmSession::macOver(const QByteArray &input) const
{
    return crypto::mac(m_cipher, m_kMac, crypto::pad(m_ssc + input, crypto::blockSize(m_cipher)));
}

Result<QByteArray> SmSession::cryptogram(quint8 ins, const QByteArray &plain) const
{
    if (plain.isEmpty())
        return QByteArray();
    auto ivBytes = iv();
    if (!ivBytes)
        return ivBytes.error();
    auto encrypted = crypto::encryptCbc(m_cipher, m_kEnc, *ivBytes, crypto::pad(plain, crypto::blockSize(m_cipher)));
    if (!encrypted)
        return encrypted.error();
    // Odd INS (READ BINARY B1) carries BER-TLV data: DO'85' without the padding indicator.
    if (ins & 1)
        return Tlv::encode(0x85, *encrypted);
    return Tlv::encode(0x87, QByteArray(1, '\x01') + *encrypted);
}

Result<QByteArray> SmSession::decryptCryptogram(quint32 tag, const QByteArray &value) const
{
    QByteArray encrypted = value;
    if (tag == 0x87) {
        if (encrypted.isEmpty() || encrypted.at(0) != '\x01')
            return smError(smFormat, QStringLiteral("DO'87' without padding indicator 01"));
        encrypted.remove(0, 1);
    }
    const int block = crypto::blockSize(m_cipher);
    if (encrypted.isEmpty() || encrypted.size() % block != 0)
        return smError(smFormat, QStringLiteral("cryptogram of %1 bytes").arg(encrypted.size()));
    auto ivBytes = iv();
    if (!ivBytes)
        return ivBytes.error();
    auto padded = crypto::decryptCbc(m_cipher, m_kEnc, *ivBytes, encrypted);
    if (!padded)
        return padded.error();
    auto plain = crypto::unpad(*padded);
    wipeMemory(padded->data(), std::size_t(padded->size()));
    if (!plain)
        return smError(smFormat, QStringLiteral("invalid padding"));
    return *plain;
}

Result<CommandApdu> SmSession::protectCommand(const CommandApdu &command)
{
    if (!isValid())
        return smError(emrtd::ErrorCode::smClosed, QStringLiteral("no session keys"));
    const quint8 cla = quint8(command.cla() | 0x0c);
    incrementSsc(); // before encrypting: the AES IV is E(KEnc, SSC)
    auto dataObject = cryptogram(command.ins(), command.data());
    if (!dataObject)
        return dataObject.error();
    const bool extendedLe = command.le() && *command.le() > CommandApdu::kMaxShortLe;
    const QByteArray le = command.le() ? leObject(*command.le(), extendedLe) : QByteArray();
    const QByteArray paddedHeader = crypto::pad(header(command, cla), crypto::blockSize(m_cipher));
    auto checksum = macOver(paddedHeader + *dataObject + le);
    if (!checksum)
        return checksum.error();
    const QByteArray body = *dataObject + le + Tlv::encode(0x8e, *checksum);
    const bool extended = extendedLe || body.size() > CommandApdu::kMaxShortLc;
    return CommandApdu(cla, command.ins(), command.p1(), command.p2(), body,
                       extended ? CommandApdu::kMaxExtendedLe : CommandApdu::kMaxShortLe);
}

Result<ResponseApdu> SmSession::unprotectResponse(const ResponseApdu &response)
{
    incrementSsc();
    if (response.data().isEmpty())
        return smError(smFormat, QStringLiteral("unprotected answer, SW %1").arg(emrtd::swText(response.sw())));
    auto message = readProtected(response.data(), 0x99, true);
    if (!message)
        return message.error();
    const QByteArray sw = QByteArray(1, char(response.sw1())) + char(response.sw2());
    if (message->middle->value != sw)
        return smError(smMac, QStringLiteral("DO'99' differs from SW %1").arg(emrtd::swText(response.sw())));
    auto checksum = macOver(response.data().left(message->mac.begin));
    if (!checksum)
        return checksum.error();
    if (!crypto::equalConstantTime(*checksum, message->mac.value))
        return smError(smMac, QStringLiteral("response MAC mismatch, SW %1").arg(emrtd::swText(response.sw())));
    const auto plain = message->cryptogram ? decryptCryptogram(message->cryptogram->tag, message->cryptogram->value)
                                           : Result<QByteArray>(QByteArray());
    if (!plain)
        return plain.error();
    return ResponseApdu(*plain, response.sw());
}

Result<CommandApdu> SmSession::unprotectCommand(const CommandApdu &command)
{
    if ((command.cla() & 0x0c) != 0x0c)
        return smError(smFormat, QStringLiteral("command without SM"));
    incrementSsc();
    auto message = readProtected(command.data(), 0x97, false);
    if (!message)
        return message.error();
    const QByteArray paddedHeader = crypto::pad(header(command, command.cla()), crypto::blockSize(m_cipher));
    auto checksum = macOver(paddedHeader + command.data().left(message->mac.begin));
    if (!checksum)
        return checksum.error();
    if (!crypto::equalConstantTime(*checksum, message->mac.value))
        return smError(smMac, QStringLiteral("command MAC mismatch"));
    const auto plain = message->cryptogram ? decryptCryptogram(message->cryptogram->tag, message->cryptogram->value)
                                           : Result<QByteArray>(QByteArray());
    if (!plain)
        return plain.error();
    std::optional<int> le;
    if (message->middle) {
        const QByteArray &v = message->middle->value;
        if (v.size() == 1)
            le = quint8(v.at(0)) == 0 ? CommandApdu::kMaxShortLe : int(quint8(v.at(0)));
        else if (v.size() == 2) {
            const int value = (int(quint8(v.at(0))) << 8) | int(quint8(v.at(1)));
            le = value == 0 ? CommandApdu::kMaxExtendedLe : value;
        } else
            return smError(smFormat, QStringLiteral("DO'97' of %1 bytes").arg(v.size()));
    }
    return CommandApdu(quint8(command.cla() & ~0x0c), command.ins(), command.p1(), command.p2(), *plain, le);
}

Result<ResponseApdu> SmSession::protectResponse(quint8 ins, const ResponseApdu &response)
{
    incrementSsc();
    auto dataObject = cryptogram(ins, response.data());
    if (!dataObject)
        return dataObject.error();
    const QByteArray status = Tlv::encode(0x99, QByteArray(1, char(response.sw1())) + char(response.sw2()));
    auto checksum = macOver(*dataObject + status);
    if (!checksum)
        return checksum.error();
    return ResponseApdu(*dataObject + status + Tlv::encode(0x8e, *checksum), response.sw());
}

int SmSession::maxPlainResponse(int maxResponse) const
{
    const int block = crypto::blockSize(m_cipher);
    const int fixed = 4 + 10; // DO'99' and DO'8E'
    for (int cipherLength = ((maxResponse - fixed) / block) * block; cipherLength > 0; cipherLength -= block) {
        const int total = fixed + int(Tlv::encode(0x87, QByteArray(cipherLength + 1, '\0')).size());
        if (total <= maxResponse)
            return cipherLength - 1; // at least one padding byte
    }
    return 0;
}

SecureChannel::SecureChannel(ApduTransport &transport, SmSession session)
    : m_transport(transport), m_session(std::move(session))
{
}

int SecureChannel::maxResponseLength() const
{
    return m_session.maxPlainResponse(m_transport.maxResponseLength());
}

Result<ResponseApdu> SecureChannel::transmit(const CommandApdu &command)
{
    if (m_closed)
        return smError(emrtd::ErrorCode::smClosed, QStringLiteral("secure messaging session already ended"));
    auto protectedCommand = m_session.protectCommand(command);
    if (!protectedCommand) {
        m_closed = true;
        return protectedCommand.error();
    }
    qCDebug(lcEmrtdApdu, "SM > INS %02X Lc %d Le %d", command.ins(), int(command.data().size()), command.le().value_or(0));
    auto response = m_transport.transmit(*protectedCommand);
    if (!response) {
        m_closed = true;
        return response.error();
    }
    const quint16 sw = response->sw();
    // A plain error status ends secure messaging on the chip; SM errors are ours to report.
    if (response->data().isEmpty() && sw != Sw::ok && sw != 0x6987 && sw != Sw::smDataObjectsIncorrect) {
        qCDebug(lcEmrtdApdu, "SM < SW %04X plain, session ended", sw);
        m_closed = true;
        return ResponseApdu({}, sw);
    }
    auto plain = m_session.unprotectResponse(*response);
    if (!plain) {
        m_closed = true;
        qCDebug(lcEmrtdApdu, "SM < SW %04X rejected: %s", sw, qPrintable(plain.error().detail));
        return plain.error();
    }
    qCDebug(lcEmrtdApdu, "SM < SW %04X Lr %d", sw, int(plain->data().size()));
    return plain;
}

} // namespace motcua::card
