#include "TestSupport.h"
#include "security/FieldCipher.h"

#include <catch2/catch.hpp>

using namespace motcua;

namespace {

DataKey testKey(char fill = '\x42')
{
    return DataKey::fromBytes(QByteArray(32, fill));
}

QByteArray flipped(QByteArray bytes, qsizetype index)
{
    bytes[index] = char(bytes.at(index) ^ 0x40);
    return bytes;
}

const QByteArray kRow = QByteArrayLiteral("6f1c2a3e-0000-4000-8000-000000000001");

} // namespace

TEST_CASE("FieldCipher round trips values of many sizes")
{
    const FieldCipher cipher(testKey());
    for (const int size : {0, 1, 15, 16, 17, 255, 4096}) {
        QByteArray plain(size, Qt::Uninitialized);
        for (int i = 0; i < size; ++i)
            plain[i] = char(i * 7 + 3);
        const QByteArray sealed = cipher.encrypt(plain, kRow);
        CHECK(sealed.size() == size + FieldCipher::kOverhead);
        CHECK(sealed.at(0) == FieldCipher::kVersion);
        const auto opened = cipher.decrypt(sealed, kRow);
        REQUIRE(opened.ok());
        CHECK(opened.value() == plain);
    }
    const QByteArray vietnamese = QStringLiteral("Nguyễn Thị Ánh Tuyết").toUtf8();
    CHECK(cipher.decrypt(cipher.encrypt(vietnamese, kRow), kRow).value() == vietnamese);
}

TEST_CASE("FieldCipher uses a fresh nonce for every value")
{
    const FieldCipher cipher(testKey());
    const QByteArray plain = QByteArrayLiteral("001099012345");
    CHECK(cipher.encrypt(plain, kRow) != cipher.encrypt(plain, kRow));
}

TEST_CASE("FieldCipher rejects any flipped byte: version, nonce, ciphertext or tag")
{
    const FieldCipher cipher(testKey());
    const QByteArray sealed = cipher.encrypt(QByteArrayLiteral("Trần Văn Bình"), kRow);
    for (qsizetype i = 0; i < sealed.size(); ++i) {
        INFO("byte " << i);
        const auto opened = cipher.decrypt(flipped(sealed, i), kRow);
        REQUIRE_FALSE(opened.ok());
        CHECK_FALSE(opened.error().message.isEmpty());
    }
}

TEST_CASE("FieldCipher binds a value to its row through the AAD")
{
    const FieldCipher cipher(testKey());
    const QByteArray sealed = cipher.encrypt(QByteArrayLiteral("secret"), kRow);
    const auto elsewhere = cipher.decrypt(sealed, QByteArrayLiteral("6f1c2a3e-0000-4000-8000-000000000002"));
    REQUIRE_FALSE(elsewhere.ok());
    CHECK(elsewhere.error().code == QStringLiteral("security.cipher.auth"));
    CHECK_FALSE(cipher.decrypt(sealed, QByteArray()).ok());
}

TEST_CASE("FieldCipher rejects a value sealed under another key")
{
    const QByteArray sealed = FieldCipher(testKey('\x01')).encrypt(QByteArrayLiteral("secret"), kRow);
    const auto opened = FieldCipher(testKey('\x02')).decrypt(sealed, kRow);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().code == QStringLiteral("security.cipher.auth"));
}

TEST_CASE("FieldCipher rejects truncated input without crashing")
{
    const FieldCipher cipher(testKey());
    const QByteArray sealed = cipher.encrypt(QByteArrayLiteral("0123456789"), kRow);
    for (qsizetype n = 0; n < sealed.size(); ++n) {
        INFO("length " << n);
        CHECK_FALSE(cipher.decrypt(sealed.left(n), kRow).ok());
    }
    CHECK(cipher.decrypt(QByteArray(), kRow).error().code == QStringLiteral("security.cipher.truncated"));
}

TEST_CASE("FieldCipher reports an unknown version as such")
{
    const FieldCipher cipher(testKey());
    QByteArray sealed = cipher.encrypt(QByteArrayLiteral("x"), kRow);
    sealed[0] = 0x02;
    CHECK(cipher.decrypt(sealed, kRow).error().code == QStringLiteral("security.cipher.version"));
}
