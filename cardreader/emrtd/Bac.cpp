#include "emrtd/Bac.h"

#include "emrtd/EmrtdErrors.h"

namespace motcua::card {

using crypto::Cipher;

Result<QByteArray> Bac::encryptAndMac(const BacKeys &keys, const QByteArray &plain)
{
    auto encrypted = crypto::encryptCbc(Cipher::Des3, keys.kEnc, QByteArray(8, '\0'), plain);
    if (!encrypted)
        return encrypted.error();
    auto checksum = crypto::mac(Cipher::Des3, keys.kMac, crypto::pad(*encrypted, 8));
    if (!checksum)
        return checksum.error();
    return QByteArray(*encrypted + *checksum);
}

Result<QByteArray> Bac::verifyAndDecrypt(const BacKeys &keys, const QByteArray &cryptogram)
{
    if (cryptogram.size() != 40)
        return emrtd::protocolError(QStringLiteral("BAC cryptogram of %1 bytes").arg(cryptogram.size()));
    const QByteArray encrypted = cryptogram.left(32);
    auto checksum = crypto::mac(Cipher::Des3, keys.kMac, crypto::pad(encrypted, 8));
    if (!checksum)
        return checksum.error();
    if (!crypto::equalConstantTime(*checksum, cryptogram.right(8)))
        return emrtd::accessDeniedError(QStringLiteral("BAC cryptogram MAC mismatch"));
    return crypto::decryptCbc(Cipher::Des3, keys.kEnc, QByteArray(8, '\0'), encrypted);
}

SmSession Bac::session(const QByteArray &kIfd, const QByteArray &kIcc, const QByteArray &rndIcc,
                       const QByteArray &rndIfd)
{
    QByteArray seed(16, '\0');
    for (int i = 0; i < 16 && i < kIfd.size() && i < kIcc.size(); ++i)
        seed[i] = char(kIfd.at(i) ^ kIcc.at(i));
    SmSession out = SmSession::fromSharedSecret(Cipher::Des3, seed);
    wipeMemory(seed.data(), std::size_t(seed.size()));
    return SmSession(Cipher::Des3, out.kEnc(), out.kMac(), rndIcc.right(4) + rndIfd.right(4));
}

Result<SmSession> Bac::authenticate(ApduTransport &transport, const QString &mrzInformation, const RandomSource &random)
{
    const RandomSource draw = random ? random : RandomSource(&crypto::randomBytes);
    const BacKeys keys = AccessKeys::bacKeys(AccessKeys::keySeed(mrzInformation));
    if (keys.kEnc.isEmpty() || keys.kMac.isEmpty())
        return emrtd::cryptoError(QStringLiteral("BAC key derivation failed"));

    auto challenge = transport.transmit(CommandApdu::getChallenge(8));
    if (!challenge)
        return challenge.error();
    if (!challenge->isOk() || challenge->data().size() != 8)
        return emrtd::protocolError(QStringLiteral("GET CHALLENGE: SW %1, %2 bytes")
                                        .arg(emrtd::swText(challenge->sw())).arg(challenge->data().size()));
    const QByteArray rndIcc = challenge->data();
    const QByteArray rndIfd = draw(8);
    QByteArray kIfd = draw(16);

    QByteArray s = rndIfd + rndIcc + kIfd;
    auto body = encryptAndMac(keys, s);
    wipeMemory(s.data(), std::size_t(s.size()));
    if (!body)
        return body.error();
    auto answer = transport.transmit(CommandApdu(0x00, 0x82, 0x00, 0x00, *body, 40));
    if (!answer)
        return answer.error();
    if ((answer->sw() & 0xfff0) == 0x63c0 || answer->sw() == Sw::authenticationFailed)
        return emrtd::accessDeniedError(QStringLiteral("MUTUAL AUTHENTICATE: SW %1").arg(emrtd::swText(answer->sw())));
    if (!answer->isOk())
        return emrtd::protocolError(QStringLiteral("MUTUAL AUTHENTICATE: SW %1").arg(emrtd::swText(answer->sw())));
    auto r = verifyAndDecrypt(keys, answer->data());
    if (!r)
        return r.error();
    // R = RND.ICC || RND.IFD || K.ICC: the chip must echo both challenges.
    if (!crypto::equalConstantTime(r->left(8), rndIcc) || !crypto::equalConstantTime(r->mid(8, 8), rndIfd))
        return emrtd::accessDeniedError(QStringLiteral("MUTUAL AUTHENTICATE: challenges not echoed"));
    SmSession out = session(kIfd, r->right(16), rndIcc, rndIfd);
    wipeMemory(kIfd.data(), std::size_t(kIfd.size()));
    wipeMemory(r->data(), std::size_t(r->size()));
    return out;
}

} // namespace motcua::card
