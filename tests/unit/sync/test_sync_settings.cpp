// Enrollment files and the unsynced-dossier health: what is saved, how it reads back, the key's
// permissions, and when a warning or a block starts.
#include "TestSupport.h"
#include "sync/Enrollment.h"
#include "sync/SyncSettings.h"

#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <openssl/pem.h>
#include <openssl/x509.h>

using namespace motcua;
using namespace motcua::sync;

namespace {

// A self-signed certificate for a PEM key, standing in for the server's CA and client certificate.
QSslCertificate selfSigned(const QByteArray &keyPem)
{
    BIO *bio = BIO_new_mem_buf(keyPem.constData(), int(keyPem.size()));
    EVP_PKEY *key = PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    X509 *cert = X509_new();
    ASN1_INTEGER_set(X509_get_serialNumber(cert), 1);
    X509_gmtime_adj(X509_getm_notBefore(cert), 0);
    X509_gmtime_adj(X509_getm_notAfter(cert), 3600);
    X509_NAME_add_entry_by_txt(X509_get_subject_name(cert), "CN", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char *>("test"), -1, -1, 0);
    X509_set_issuer_name(cert, X509_get_subject_name(cert));
    X509_set_pubkey(cert, key);
    X509_sign(cert, key, EVP_sha256());
    BIO *out = BIO_new(BIO_s_mem());
    PEM_write_bio_X509(out, cert);
    char *data = nullptr;
    const long n = BIO_get_mem_data(out, &data);
    const QSslCertificate result(QByteArray(data, int(n)), QSsl::Pem);
    BIO_free(out);
    X509_free(cert);
    EVP_PKEY_free(key);
    return result;
}

} // namespace

TEST_CASE("sync.json reads back and refuses a plain-HTTP server")
{
    QTemporaryDir dir;
    CHECK_FALSE(SyncSettings::isEnrolled(dir.path()));
    SyncSettings s;
    s.serverUrl = QUrl(QStringLiteral("https://127.0.0.1:8443"));
    s.workstationId = QStringLiteral("ws-x-1-1");
    s.unit = QStringLiteral("xa-phuoc-dinh");
    s.counter = QStringLiteral("1");
    s.warnAfterDays = 2;
    s.blockAfterDays = 7;
    REQUIRE(s.saveTo(dir.path()).ok());
    auto loaded = SyncSettings::load(dir.path());
    REQUIRE(loaded.ok());
    CHECK(loaded->serverUrl == s.serverUrl);
    CHECK(loaded->workstationId == s.workstationId);
    CHECK(loaded->blockAfterDays == 7);

    s.serverUrl = QUrl(QStringLiteral("http://127.0.0.1:8080"));
    REQUIRE(s.saveTo(dir.path()).ok());
    CHECK(SyncSettings::load(dir.path()).error().code == QStringLiteral("sync.settings"));
}

TEST_CASE("a key and CSR are made with OpenSSL; the key is saved 0600 and Qt reads it back")
{
    auto made = makeKeyAndCsr(QStringLiteral("counter-pc"));
    REQUIRE(made.ok());
    CHECK(made->keyPem.startsWith("-----BEGIN PRIVATE KEY-----"));
    CHECK(made->csrPem.startsWith("-----BEGIN CERTIFICATE REQUEST-----"));
    auto other = makeKeyAndCsr(QStringLiteral("counter-pc"));
    REQUIRE(other.ok());
    CHECK(other->keyPem != made->keyPem);

    QTemporaryDir dir;
    const QSslKey key(made->keyPem, QSsl::Ec, QSsl::Pem);
    REQUIRE_FALSE(key.isNull());
    const QSslCertificate mine = selfSigned(made->keyPem);
    const QSslCertificate ca = selfSigned(other->keyPem);
    REQUIRE_FALSE(mine.isNull());
    const SyncIdentity identity{key, mine, ca};
    REQUIRE(identity.saveTo(dir.path(), made->keyPem).ok());
    const QFile::Permissions perms = QFile::permissions(dir.filePath(QStringLiteral("sync/client.key")));
    CHECK(perms == (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));
    auto loaded = SyncIdentity::load(dir.path());
    REQUIRE(loaded.ok());
    CHECK(loaded->key.toPem() == key.toPem());
    CHECK(certificateFingerprint(loaded->ca).size() == 64);
    CHECK(loaded->certificate == mine);
    CHECK(isSignedBy(mine, mine));
    CHECK_FALSE(isSignedBy(mine, ca));
    CHECK(certificateMatchesKey(mine, made->keyPem));
    CHECK_FALSE(certificateMatchesKey(ca, made->keyPem));
}

TEST_CASE("fingerprints compare without colons or case")
{
    CHECK(sameFingerprint(QStringLiteral("AB:CD:ef"), QStringLiteral("abcdef")));
    CHECK_FALSE(sameFingerprint(QStringLiteral("abcdef"), QStringLiteral("abcdee")));
    CHECK_FALSE(sameFingerprint(QString(), QString()));
}

TEST_CASE("a warning after warnAfterDays, a block only when the province set one")
{
    const QDateTime now(QDate(2026, 12, 10), QTime(12, 0), Qt::UTC);
    SyncSettings s;
    s.warnAfterDays = 3;
    s.blockAfterDays = 0;
    SyncCounts counts;
    CHECK_FALSE(syncHealth(counts, s, now).warning); // all synced
    counts.waiting = 1;
    counts.oldestUnsyncedAt = now.addDays(-2);
    SyncHealth h = syncHealth(counts, s, now);
    CHECK(h.unsyncedDays == 2);
    CHECK_FALSE(h.warning);
    counts.oldestUnsyncedAt = now.addDays(-3);
    h = syncHealth(counts, s, now);
    CHECK(h.warning);
    CHECK_FALSE(h.intakeBlocked);
    counts.oldestUnsyncedAt = now.addDays(-30);
    CHECK_FALSE(syncHealth(counts, s, now).intakeBlocked); // 0 = never block
    s.blockAfterDays = 7;
    CHECK(syncHealth(counts, s, now).intakeBlocked);
    counts.oldestUnsyncedAt = now.addDays(-6);
    CHECK_FALSE(syncHealth(counts, s, now).intakeBlocked);
}
