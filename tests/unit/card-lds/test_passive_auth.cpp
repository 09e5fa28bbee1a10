#include "LdsTestData.h"
#include "TestSupport.h"
#include "lds/PassiveAuth.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace motcua;
using namespace motcua::card;

namespace {

const QDateTime kReadingTime(QDate(2023, 6, 1), QTime(10, 0), Qt::UTC);

TrustStore trusting(const QByteArray &certificate)
{
    TrustStore trust;
    REQUIRE(trust.addCertificates(certificate).ok());
    return trust;
}

QStringList codes(const PassiveAuthResult &result)
{
    QStringList list;
    for (const Error &error : result.reasons)
        list.append(error.code);
    return list;
}

struct SignedCard {
    test::TestPkiKeys pki;
    QMap<int, QByteArray> files;
    Sod sod;
};

SignedCard signedCard(const QDateTime &dsNotAfter = QDateTime(QDate(2034, 1, 1), QTime(0, 0), Qt::UTC))
{
    SignedCard card{test::makePki(dsNotAfter), test::chipFiles(), {}};
    const auto sod = Sod::parse(test::signedSod(card.files, card.pki));
    REQUIRE(sod.ok());
    card.sod = *sod;
    return card;
}

} // namespace

TEST_CASE("passive authentication passes a correctly signed card")
{
    const SignedCard card = signedCard();
    const PassiveAuthResult result = PassiveAuth::verify(card.sod, card.files, trusting(card.pki.cscaCertificate), kReadingTime);
    CHECK(result.hashesOk);
    CHECK(result.signatureOk);
    CHECK(result.chainOk);
    CHECK(result.verified());
    CHECK(result.reasons.isEmpty());
    CHECK(result.signerSubject.contains(QStringLiteral("Test DS")));
    CHECK(result.signerNotAfter == QDateTime(QDate(2034, 1, 1), QTime(0, 0), Qt::UTC));
}

TEST_CASE("a tampered data group is reported by name")
{
    SignedCard card = signedCard();
    QByteArray &dg13 = card.files[13];
    const qsizetype at = dg13.indexOf(QStringLiteral("Văn").toUtf8());
    REQUIRE(at > 0);
    dg13[at] = 'X';
    const PassiveAuthResult result = PassiveAuth::verify(card.sod, card.files, trusting(card.pki.cscaCertificate), kReadingTime);
    CHECK_FALSE(result.hashesOk);
    CHECK(result.signatureOk);
    CHECK(result.chainOk);
    CHECK_FALSE(result.verified());
    CHECK(result.mismatchedFiles == QStringList{QStringLiteral("DG13")});
    REQUIRE(codes(result).contains(QStringLiteral("pa.hash.mismatch")));
    CHECK(result.reasons.first().message.contains(QStringLiteral("DG13")));
}

TEST_CASE("a file the SOD does not cover is not verified")
{
    SignedCard card = signedCard();
    card.files.insert(11, QByteArray::fromHex("6b00"));
    const PassiveAuthResult result = PassiveAuth::verify(card.sod, card.files, trusting(card.pki.cscaCertificate), kReadingTime);
    CHECK_FALSE(result.hashesOk);
    CHECK(result.unlistedFiles == QStringList{QStringLiteral("DG11")});
}

TEST_CASE("a document signer from an untrusted CSCA fails the chain")
{
    const SignedCard card = signedCard();
    const test::TestPkiKeys other = test::makePki(QDateTime(QDate(2034, 1, 1), QTime(0, 0), Qt::UTC), QStringLiteral("Other CSCA"));
    const PassiveAuthResult result = PassiveAuth::verify(card.sod, card.files, trusting(other.cscaCertificate), kReadingTime);
    CHECK(result.hashesOk);
    CHECK(result.signatureOk);
    CHECK_FALSE(result.chainOk);
    CHECK_FALSE(result.verified());
    CHECK(codes(result) == QStringList{QStringLiteral("pa.chain.untrusted")});
    const PassiveAuthResult empty = PassiveAuth::verify(card.sod, card.files, TrustStore(), kReadingTime);
    CHECK_FALSE(empty.chainOk);
    CHECK(codes(empty) == QStringList{QStringLiteral("pa.chain.noTrustStore")});
}

TEST_CASE("an expired document signer is read but not verified, with the reason")
{
    const SignedCard card = signedCard(QDateTime(QDate(2022, 1, 1), QTime(0, 0), Qt::UTC));
    const PassiveAuthResult result = PassiveAuth::verify(card.sod, card.files, trusting(card.pki.cscaCertificate), kReadingTime);
    CHECK(result.hashesOk);
    CHECK(result.signatureOk);
    CHECK_FALSE(result.chainOk);
    CHECK(codes(result) == QStringList{QStringLiteral("pa.chain.expired")});
    // Valid on a day inside its validity.
    const QDateTime earlier(QDate(2021, 6, 1), QTime(0, 0), Qt::UTC);
    CHECK(PassiveAuth::verify(card.sod, card.files, trusting(card.pki.cscaCertificate), earlier).verified());
}

TEST_CASE("a flipped byte in the SOD's signature fails the signature check")
{
    SignedCard card = signedCard();
    QByteArray sodBytes = test::signedSod(card.files, card.pki);
    sodBytes[sodBytes.size() - 1] = char(sodBytes.at(sodBytes.size() - 1) ^ 0x01); // the end of the ECDSA signature
    const auto sod = Sod::parse(sodBytes);
    REQUIRE(sod.ok());
    const PassiveAuthResult result = PassiveAuth::verify(*sod, card.files, trusting(card.pki.cscaCertificate), kReadingTime);
    CHECK(result.hashesOk);
    CHECK_FALSE(result.signatureOk);
    CHECK_FALSE(result.verified());
    CHECK(codes(result).contains(QStringLiteral("pa.signature.invalid")));
}

TEST_CASE("a CRL in the trust folder revokes a document signer")
{
    const SignedCard card = signedCard();
    const auto crl = CertificateIssuer::revocationList(card.pki.cscaKey, card.pki.cscaCertificate, {card.pki.dsCertificate},
                                                      QDateTime(QDate(2023, 1, 1), QTime(0, 0), Qt::UTC),
                                                      QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC));
    REQUIRE(crl.ok());
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    const auto write = [&](const QString &name, const QByteArray &data) {
        QFile file(QDir(folder.path()).filePath(name));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(data);
    };
    write(QStringLiteral("csca.pem"), CertificateIssuer::toPem(card.pki.cscaCertificate, "CERTIFICATE"));
    write(QStringLiteral("ds.pem"), CertificateIssuer::toPem(card.pki.dsCertificate, "CERTIFICATE"));
    auto trust = TrustStore::loadFolder(folder.path());
    REQUIRE(trust.ok());
    CHECK(trust->certificates().size() == 1); // the DS is not a trust anchor
    CHECK(trust->ignoredCount() == 1);
    CHECK(PassiveAuth::verify(card.sod, card.files, *trust, kReadingTime).verified());

    write(QStringLiteral("csca.crl"), *crl);
    trust = TrustStore::loadFolder(folder.path());
    REQUIRE(trust.ok());
    const PassiveAuthResult result = PassiveAuth::verify(card.sod, card.files, *trust, kReadingTime);
    CHECK_FALSE(result.chainOk);
    CHECK(codes(result) == QStringList{QStringLiteral("pa.chain.revoked")});
}

TEST_CASE("a trust folder with an unreadable file is an error naming it")
{
    QTemporaryDir folder;
    QFile file(QDir(folder.path()).filePath(QStringLiteral("junk.pem")));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("not a certificate");
    file.close();
    const auto trust = TrustStore::loadFolder(folder.path());
    REQUIRE_FALSE(trust.ok());
    CHECK(trust.error().detail.contains(QStringLiteral("junk.pem")));
    CHECK_FALSE(TrustStore::loadFolder(folder.path() + QStringLiteral("/missing")).ok());
}
