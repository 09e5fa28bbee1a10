#pragma once
// A small CCCD card image built by code for the reader <-> applet tests: a few files with TLV
// content, fresh EC keys for Chip and Active Authentication, DG14 and DG15 that announce them.
#include "CardImage.h"
#include "apdu/Tlv.h"

#include <openssl/evp.h>
#include <openssl/x509.h>

#include <QByteArray>

namespace motcua::test {

struct EcKey {
    QByteArray privatePkcs8;
    QByteArray publicInfo; // SubjectPublicKeyInfo DER
};

inline EcKey makeEcKey(const char *curve)
{
    EVP_PKEY *key = EVP_EC_gen(curve);
    EcKey out;
    if (!key)
        return out;
    unsigned char *der = nullptr;
    int length = i2d_PrivateKey(key, &der);
    out.privatePkcs8 = QByteArray(reinterpret_cast<const char *>(der), length);
    OPENSSL_free(der);
    der = nullptr;
    length = i2d_PUBKEY(key, &der);
    out.publicInfo = QByteArray(reinterpret_cast<const char *>(der), length);
    OPENSSL_free(der);
    EVP_PKEY_free(key);
    return out;
}

inline QByteArray sequence(const QByteArray &content) { return card::Tlv::encode(0x30, content); }
inline QByteArray oid(const char *hexContent) { return card::Tlv::encode(0x06, QByteArray::fromHex(hexContent)); }
inline QByteArray integer(int value) { return card::Tlv::encode(0x02, QByteArray(1, char(value))); }

// DG14 with id-CA-ECDH-AES-CBC-CMAC-128 v1, the CA public key, and AA info (ecdsa-plain-SHA256).
inline QByteArray makeDg14(const QByteArray &caPublicInfo)
{
    const QByteArray infos = sequence(oid("04007f00070202030202") + integer(1))
                             + sequence(oid("04007f000702020102") + caPublicInfo)
                             + sequence(oid("678108010105") + integer(1) + oid("04007f00070101040103"));
    return card::Tlv::encode(0x6e, card::Tlv::encode(0x31, infos));
}

// A file's content: tag, then `size` bytes of a counting pattern (so any misplaced byte shows).
inline QByteArray patternFile(quint32 tag, int size, int seed)
{
    QByteArray value(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i)
        value[i] = char((i * 7 + seed) & 0xff);
    return card::Tlv::encode(tag, value);
}

struct TestCard {
    sim::CardImage image;
    EcKey caKey;
    EcKey aaKey;
};

// The CCCD's EF.CardAccess as seen on cards (cccd.md).
inline QByteArray cccdCardAccess()
{
    return QByteArray::fromHex("3134300d060804007f0007020202020101300f060a04007f000702020302020201013012060a04007f0007"
                               "020204020202010202010d");
}

inline TestCard makeTestCard()
{
    TestCard card;
    card.caKey = makeEcKey("brainpoolP256r1");
    card.aaKey = makeEcKey("prime256v1");
    sim::CardImage &image = card.image;
    image.mrzInformation = QStringLiteral("L898902C<369080619406236");
    image.can = QStringLiteral("123456");
    image.chipAuthenticationKey = card.caKey.privatePkcs8;
    image.activeAuthenticationKey = card.aaKey.privatePkcs8;
    image.files[sim::Fid::cardAccess] = cccdCardAccess();
    image.files[sim::Fid::com] = card::Tlv::encode(0x60, card::Tlv::encode(0x5f01, QByteArray("0107")) + card::Tlv::encode(0x5c, QByteArray::fromHex("616d6e6f")));
    image.files[sim::Fid::dg1] = card::Tlv::encode(0x61, card::Tlv::encode(0x5f1f, QByteArray(90, 'X')));
    image.files[sim::Fid::dg2] = patternFile(0x75, 40000, 2); // past 32767: READ BINARY B1
    image.files[sim::Fid::dg3] = patternFile(0x63, 100, 3);
    image.files[sim::Fid::dg13] = patternFile(0x6d, 700, 13);
    image.files[sim::Fid::dg14] = makeDg14(card.caKey.publicInfo);
    image.files[sim::Fid::dg15] = card::Tlv::encode(0x6f, card.aaKey.publicInfo);
    image.files[sim::Fid::sod] = patternFile(0x77, 1800, 29);
    return card;
}

} // namespace motcua::test
