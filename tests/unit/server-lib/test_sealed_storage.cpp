// SealedStorage over both backends: what reaches the database holds no personal data in clear,
// a body opens only in its own row under the server's key, replays still compare plaintext, the
// registry is keyed by a blind index, and the CLI never makes a new key behind an old folder.
#include "SealedStorage.h"
#include "ServerCli.h"
#include "ServerTestSupport.h"
#include "StorageBackend.h"
#include "TestSupport.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <catch2/catch.hpp>

using namespace motcua;
using namespace motcua::server;

namespace {

const QByteArray kMarker = "NGUYEN THI MARKERNAME";
const QString kId = QStringLiteral("001090000777");

DossierPut putWith(const QUuid &uuid, int revision, const QByteArray &body)
{
    DossierPut put;
    put.uuid = uuid;
    put.revision = revision;
    put.idempotencyKey = uuid.toString(QUuid::WithoutBraces) + QLatin1Char(':') + QString::number(revision);
    put.body = body;
    put.bodySha256 = servertest::sha256Hex(body).toLatin1();
    put.workstation = QStringLiteral("ws-a");
    put.code = QStringLiteral("H01-261204-0001");
    put.unit = QStringLiteral("UBND-P1");
    put.procedureId = QStringLiteral("birth-registration");
    put.receivedDay = QDate(2026, 12, 4);
    put.storedAt = QDateTime(QDate(2026, 12, 4), QTime(9, 0), Qt::UTC);
    return put;
}

QByteArray bodyOf(int revision)
{
    return "{\"applicant\":{\"fullName\":\"" + kMarker + "\",\"id12\":\"001090000777\"},\"revision\":" + QByteArray::number(revision) + '}';
}

auto answer = [](qint64 cursor) { return StoredAnswer{201, "{\"cursor\":" + QByteArray::number(cursor) + "}"}; };

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

TEST_CASE("dossier bodies and population records reach the database sealed")
{
    OPEN_BACKEND(backend)
    const DataKey key = DataKey::fromBytes(QByteArray(32, 'k'));
    SealedStorage sealed(std::move(backend.storage), key);
    const QUuid uuid = QUuid::createUuid();

    const DossierPut first = putWith(uuid, 1, bodyOf(1));
    auto stored = sealed.putDossier(first, answer);
    REQUIRE(stored.ok());
    REQUIRE(stored->outcome == PutOutcome::Stored);
    // A replay is recognised by the plaintext hash although every sealing is different, and gets
    // the stored answer byte for byte; another body under the same key is a conflict.
    auto replay = sealed.putDossier(first, answer);
    CHECK(replay->outcome == PutOutcome::Replay);
    CHECK(replay->answer.body == stored->answer.body);
    CHECK(sealed.putDossier(putWith(uuid, 1, bodyOf(1) + ' '), answer)->outcome == PutOutcome::Conflict);
    REQUIRE(sealed.putDossier(putWith(uuid, 2, bodyOf(2)), answer)->outcome == PutOutcome::Stored);

    auto plain = sealed.dossierBody(uuid);
    REQUIRE(plain.ok());
    REQUIRE(plain->has_value());
    CHECK((*plain)->revision == 2);
    CHECK((*plain)->body == bodyOf(2));
    auto raw = sealed.inner().dossierBody(uuid);
    REQUIRE(raw->has_value());
    CHECK((*raw)->body.size() == bodyOf(2).size() + FieldCipher::kOverhead);
    CHECK_FALSE((*raw)->body.contains(kMarker));
    CHECK_FALSE((*raw)->body.contains("001090000777"));

    const QByteArray record = "{\"id12\":\"001090000777\",\"fullName\":\"" + kMarker + "\"}";
    REQUIRE(sealed.importCitizens({{kId, record}}).value() == 1);
    CHECK(sealed.citizen(kId).value() == std::optional<QByteArray>(record));
    CHECK_FALSE(sealed.citizen(QStringLiteral("001090000778")).value().has_value());
    CHECK_FALSE(sealed.inner().citizen(kId).value().has_value()); // keyed by the blind index, not the ID
    auto rawRecord = sealed.inner().citizen(sealed.citizenKey(kId));
    REQUIRE(rawRecord->has_value());
    CHECK_FALSE((*rawRecord)->contains(kMarker));

    if (backend.isSqlite()) { // the file itself, journal included
        const QByteArray onDisk = fileBytes(backend.sqlitePath()) + fileBytes(backend.sqlitePath() + QStringLiteral("-wal"));
        REQUIRE(onDisk.size() > 0);
        CHECK_FALSE(onDisk.contains(kMarker));
        CHECK_FALSE(onDisk.contains("001090000777"));
        CHECK(onDisk.contains("H01-261204-0001")); // the clear columns are there: the search is real
    }

    SECTION("another key opens nothing")
    {
        backend.reopen(); // a second connection to the same records
        SealedStorage other(std::move(backend.storage), DataKey::fromBytes(QByteArray(32, 'w')));
        auto wrong = other.dossierBody(uuid);
        REQUIRE_FALSE(wrong.ok());
        CHECK(wrong.error().code == QStringLiteral("server.sealed"));
        CHECK_FALSE(other.citizen(kId).value().has_value());
        CHECK(other.storedDossiers()->size() == 1); // the clear columns still list it
    }
}

TEST_CASE("a sealed body is bound to its dossier and revision")
{
    const DataKey key = DataKey::fromBytes(QByteArray(32, 'k'));
    const FieldCipher cipher(key);
    const QUuid uuid = QUuid::createUuid();
    const QByteArray sealed = cipher.encrypt(bodyOf(1), SealedStorage::dossierAad(uuid, 1));
    CHECK(cipher.decrypt(sealed, SealedStorage::dossierAad(uuid, 1)).value() == bodyOf(1));
    CHECK_FALSE(cipher.decrypt(sealed, SealedStorage::dossierAad(uuid, 2)).ok());
    CHECK_FALSE(cipher.decrypt(sealed, SealedStorage::dossierAad(QUuid::createUuid(), 1)).ok());
}

TEST_CASE("init makes the data key and no other command makes one for a folder without it")
{
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("server"));
    QString outText, errText;
    QTextStream out(&outText), err(&errText);
    REQUIRE(runCommand({QStringLiteral("init"), QStringLiteral("--data"), data}, out, err) == 0);
    const QString keyPath = serverKeyPath(data);
    REQUIRE(QFileInfo(keyPath).size() == DataKey::kSize);
    CHECK(QFileInfo(keyPath).permissions() == (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));
    CHECK(runCommand({QStringLiteral("workstations"), QStringLiteral("--data"), data}, out, err) == 0);

    // As an older version left it: records, no key.
    REQUIRE(QFile::remove(keyPath));
    CHECK(runCommand({QStringLiteral("workstations"), QStringLiteral("--data"), data}, out, err) == 1);
    err.flush();
    CHECK(errText.contains(QStringLiteral("no data key")));
    CHECK_FALSE(QFileInfo::exists(keyPath));
    CHECK_FALSE(startServer(data, QStringLiteral("127.0.0.1:0")).ok());
    CHECK_FALSE(QFileInfo::exists(keyPath));
}
