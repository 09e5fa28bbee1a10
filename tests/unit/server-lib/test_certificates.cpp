// The CA and the per-request certificate check: ours and valid passes; another CA's, an expired
// one, none at all, and a CSR with a broken signature each get their own refusal.
#include "Pki.h"
#include "TestSupport.h"

#include <QSslCertificate>

#include <catch2/catch.hpp>

using namespace motcua;
using namespace motcua::server;

namespace {

const QDateTime kNow(QDate(2026, 12, 4), QTime(9, 0), Qt::UTC);

QByteArray derOf(const QByteArray &pem)
{
    return QSslCertificate(pem, QSsl::Pem).toDer();
}

} // namespace

TEST_CASE("client certificates are checked against our CA and their validity")
{
    auto ca = makeCa(QStringLiteral("Test CA"), kNow);
    auto otherCa = makeCa(QStringLiteral("Test CA"), kNow); // same name, another key
    REQUIRE(ca.ok());
    REQUIRE(otherCa.ok());
    auto request = makeKeyAndCsr(QStringLiteral("whatever the workstation asks"));
    REQUIRE(request.ok());

    auto issued = signClientCsr(*ca, request->certPem, QStringLiteral("ws-u-1-1"), kNow.addDays(-1), kNow.addYears(2));
    REQUIRE(issued.ok());
    const QSslCertificate cert(issued->certPem, QSsl::Pem);
    CHECK(cert.subjectInfo(QSslCertificate::CommonName) == QStringList{QStringLiteral("ws-u-1-1")});
    CHECK(cert.issuerInfo(QSslCertificate::CommonName) == QStringList{QStringLiteral("Test CA")});

    const ClientIdentity valid = checkClientCertificate(ca->certPem, derOf(issued->certPem), kNow);
    CHECK(valid.check == CertCheck::Valid);
    CHECK(valid.commonName == QStringLiteral("ws-u-1-1"));
    CHECK(valid.serial == issued->serial);

    SECTION("no certificate")
    {
        CHECK(checkClientCertificate(ca->certPem, {}, kNow).check == CertCheck::Missing);
    }
    SECTION("a certificate of another CA with the same name")
    {
        auto foreign = signClientCsr(*otherCa, request->certPem, QStringLiteral("ws-u-1-1"), kNow.addDays(-1), kNow.addYears(2));
        REQUIRE(foreign.ok());
        CHECK(checkClientCertificate(ca->certPem, derOf(foreign->certPem), kNow).check == CertCheck::Untrusted);
    }
    SECTION("an expired certificate, and one not valid yet")
    {
        auto expired = signClientCsr(*ca, request->certPem, QStringLiteral("ws-u-1-1"), kNow.addYears(-3), kNow.addDays(-1));
        REQUIRE(expired.ok());
        CHECK(checkClientCertificate(ca->certPem, derOf(expired->certPem), kNow).check == CertCheck::Expired);
        CHECK(checkClientCertificate(ca->certPem, derOf(issued->certPem), kNow.addYears(3)).check == CertCheck::Expired);
        CHECK(checkClientCertificate(ca->certPem, derOf(issued->certPem), kNow.addDays(-2)).check == CertCheck::Expired);
    }
    SECTION("the CA certificate itself, or the server's, is no client certificate")
    {
        auto server = makeServerCertificate(*ca, {QStringLiteral("motcua.example")}, kNow);
        REQUIRE(server.ok());
        CHECK(checkClientCertificate(ca->certPem, derOf(server->certPem), kNow).check == CertCheck::Untrusted);
        CHECK(checkClientCertificate(ca->certPem, "not DER", kNow).check == CertCheck::Untrusted);
    }
}

TEST_CASE("the server certificate names its hosts, and localhost and 127.0.0.1 always")
{
    auto ca = makeCa(QStringLiteral("Test CA"), kNow);
    auto server = makeServerCertificate(*ca, {QStringLiteral("motcua.example"), QStringLiteral("10.0.0.5")}, kNow);
    REQUIRE(server.ok());
    const auto names = QSslCertificate(server->certPem, QSsl::Pem).subjectAlternativeNames();
    CHECK(names.values(QSsl::DnsEntry).contains(QStringLiteral("motcua.example")));
    CHECK(names.values(QSsl::DnsEntry).contains(QStringLiteral("localhost")));
    CHECK(names.values(QSsl::IpAddressEntry).contains(QStringLiteral("127.0.0.1")));
    CHECK(names.values(QSsl::IpAddressEntry).contains(QStringLiteral("10.0.0.5")));
}

TEST_CASE("a CSR that does not parse or whose signature is broken is refused")
{
    auto ca = makeCa(QStringLiteral("Test CA"), kNow);
    CHECK(signClientCsr(*ca, "-----BEGIN CERTIFICATE REQUEST-----\nAAAA\n-----END CERTIFICATE REQUEST-----\n", QStringLiteral("ws"), kNow, kNow.addYears(1))
              .error().code == QStringLiteral("enrollment.csrInvalid"));
    auto request = makeKeyAndCsr(QStringLiteral("ws"));
    QByteArray tampered = QByteArray::fromBase64(request->certPem.split('\n').mid(1, request->certPem.count('\n') - 2).join());
    tampered[tampered.size() - 5] = char(tampered[tampered.size() - 5] ^ 0x01); // inside the signature
    const QByteArray tamperedPem = "-----BEGIN CERTIFICATE REQUEST-----\n" + tampered.toBase64() + "\n-----END CERTIFICATE REQUEST-----\n";
    CHECK(signClientCsr(*ca, tamperedPem, QStringLiteral("ws"), kNow, kNow.addYears(1)).error().code == QStringLiteral("enrollment.csrInvalid"));
}
