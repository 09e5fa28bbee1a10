// Known-answer tests: prove the EVP calls are wired right against published vectors.
#include "TestSupport.h"
#include "security/Crypto.h"

#include <catch2/catch.hpp>

using namespace motcua;

namespace {
QByteArray hex(const char *text)
{
    return QByteArray::fromHex(QByteArray(text));
}
} // namespace

TEST_CASE("AES-256-GCM matches the GCM specification test case 16")
{
    // McGrew & Viega, "The Galois/Counter Mode of Operation", appendix B, test case 16.
    const QByteArray key = hex("feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308");
    const QByteArray nonce = hex("cafebabefacedbaddecaf888");
    const QByteArray plain = hex("d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72"
                                 "1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39");
    const QByteArray aad = hex("feedfacedeadbeeffeedfacedeadbeefabaddad2");
    const QByteArray cipher = hex("522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa"
                                  "8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662");
    const QByteArray tag = hex("76fc6ece0f4e1768cddf8853bb2d551b");

    CHECK(detail::aes256GcmSeal(key, nonce, aad, plain).toHex() == QByteArray(cipher + tag).toHex());
    const auto opened = detail::aes256GcmOpen(key, nonce, aad, cipher + tag);
    REQUIRE(opened.ok());
    CHECK(opened.value() == plain);

    QByteArray badTag = cipher + tag;
    badTag[badTag.size() - 1] = char(badTag.at(badTag.size() - 1) ^ 0x01);
    CHECK_FALSE(detail::aes256GcmOpen(key, nonce, aad, badTag).ok());
}

TEST_CASE("AES-256-GCM matches the GCM specification test cases 13 and 14 (zero key)")
{
    const QByteArray key(32, '\0');
    const QByteArray nonce(12, '\0');
    CHECK(detail::aes256GcmSeal(key, nonce, {}, {}).toHex() == QByteArray("530f8afbc74536b9a963b4f1c4cb738b"));
    CHECK(detail::aes256GcmSeal(key, nonce, {}, QByteArray(16, '\0')).toHex()
          == QByteArray("cea7403d4d606b6e074ec5d3baf39d18d0d1c8a799996bf0265b98b5d48ab919"));
}

TEST_CASE("AES-256-GCM rejects input shorter than a tag without crashing")
{
    const QByteArray key(32, '\x01');
    const QByteArray nonce(12, '\x02');
    for (int n = 0; n < 16; ++n) {
        const auto opened = detail::aes256GcmOpen(key, nonce, {}, QByteArray(n, '\0'));
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().code == QStringLiteral("security.cipher.auth"));
    }
}

TEST_CASE("HMAC-SHA256 matches RFC 4231 test cases 1 and 2")
{
    CHECK(detail::hmacSha256(QByteArray(20, '\x0b'), QByteArrayLiteral("Hi There")).toHex()
          == QByteArray("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"));
    CHECK(detail::hmacSha256(QByteArrayLiteral("Jefe"), QByteArrayLiteral("what do ya want for nothing?")).toHex()
          == QByteArray("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"));
}

TEST_CASE("HKDF-SHA256 matches RFC 5869 test cases 1 and 3")
{
    const QByteArray ikm(22, '\x0b');
    CHECK(detail::hkdfSha256(ikm, hex("000102030405060708090a0b0c"), hex("f0f1f2f3f4f5f6f7f8f9"), 42).toHex()
          == QByteArray("3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865"));
    CHECK(detail::hkdfSha256(ikm, {}, {}, 42).toHex()
          == QByteArray("8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d9d201395faa4b61a96c8"));
}

TEST_CASE("randomBytes gives the requested length and differs between calls")
{
    CHECK(detail::randomBytes(0).isEmpty());
    const QByteArray a = detail::randomBytes(32);
    const QByteArray b = detail::randomBytes(32);
    CHECK(a.size() == 32);
    CHECK(a != b);
}

TEST_CASE("Sha256 matches FIPS 180-2 examples, in one piece or streamed")
{
    CHECK(detail::Sha256::hash({}).toHex() == QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    CHECK(detail::Sha256::hash("abc").toHex() == QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    detail::Sha256 streamed;
    const QByteArray million(1000000, 'a');
    for (qsizetype at = 0; at < million.size(); at += 65536)
        streamed.addData(million.constData() + at, qMin<qsizetype>(65536, million.size() - at));
    CHECK(streamed.result().toHex() == QByteArray("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"));
}
