#include "ServerCli.h"

#include "SealedStorage.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QCryptographicHash>
#include <QSaveFile>
#include <QSslCertificate>

#ifdef MOTCUA_HAVE_POSTGRES
#include "PostgresServerStorage.h"
#endif

namespace motcua::server {
namespace {

QString takeOption(QStringList &args, const QString &name)
{
    const int i = args.indexOf(name);
    if (i < 0 || i + 1 >= args.size())
        return {};
    const QString value = args.at(i + 1);
    args.remove(i, 2);
    return value;
}

QStringList takeAll(QStringList &args, const QString &name)
{
    QStringList values;
    for (QString v = takeOption(args, name); !v.isEmpty(); v = takeOption(args, name))
        values.append(v);
    return values;
}

Result<QByteArray> readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("server.files"), QStringLiteral("Cannot read %1").arg(path), file.errorString()};
    return file.readAll();
}

Status writeFile(const QString &path, const QByteArray &bytes, bool secret)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{QStringLiteral("server.files"), QStringLiteral("Cannot write %1").arg(path), file.errorString()};
    if (secret)
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(bytes);
    if (!file.commit())
        return Error{QStringLiteral("server.files"), QStringLiteral("Cannot write %1").arg(path), file.errorString()};
    return {};
}

Result<KeyAndCert> readPair(const QString &dir, const QString &name)
{
    auto key = readFile(dir + QLatin1Char('/') + name + QStringLiteral(".key"));
    if (!key)
        return key.error();
    auto cert = readFile(dir + QLatin1Char('/') + name + QStringLiteral(".pem"));
    if (!cert)
        return cert.error();
    return KeyAndCert{*key, *cert};
}

// The data folder always holds the CA, the data key and the blobs; the records are in its SQLite
// file, or in PostgreSQL when a connection string is given (--pg). Either way behind SealedStorage,
// so that what reaches the database is sealed under the data key.
struct DataFolder {
    std::unique_ptr<ServerStorage> storage;
    std::optional<DataKey> key;
};

Result<DataFolder> openStorage(const QString &dir, const QString &pg)
{
    if (!QFile::exists(dir + QStringLiteral("/ca.pem")))
        return Error{QStringLiteral("server.notInitialised"), QStringLiteral("%1 is not a server data folder: run init first.").arg(dir), {}};
    auto key = loadServerKey(dir, false); // only init makes it
    if (!key)
        return key.error();
    std::unique_ptr<ServerStorage> inner;
    if (!pg.isEmpty()) {
#ifdef MOTCUA_HAVE_POSTGRES
        auto storage = PostgresServerStorage::open(pg);
        if (!storage)
            return storage.error();
        inner = std::move(storage.value());
#else
        return Error{QStringLiteral("server.noPostgres"), QStringLiteral("This build has no PostgreSQL support (libpq)."), {}};
#endif
    } else {
        auto storage = SqliteServerStorage::open(dir + QStringLiteral("/server.db"));
        if (!storage)
            return storage.error();
        inner = std::move(storage.value());
    }
    DataFolder folder;
    folder.storage = std::make_unique<SealedStorage>(std::move(inner), *key);
    folder.key = std::move(key.value());
    return folder;
}

int fail(QTextStream &err, const Error &error)
{
    err << "motcua-server: " << error.toString() << '\n';
    return 1;
}

// The SHA-256 of the CA certificate's DER: what a workstation checks before it trusts the server.
QString caFingerprint(const QByteArray &certPem)
{
    const QSslCertificate certificate(certPem, QSsl::Pem);
    return QString::fromLatin1(QCryptographicHash::hash(certificate.toDer(), QCryptographicHash::Sha256).toHex());
}

int usage(QTextStream &err)
{
    err << "usage: motcua-server init --data DIR [--host NAME]... [--pg CONNINFO]\n"
           "       motcua-server serve --data DIR [--listen 127.0.0.1:8443] [--pg CONNINFO]\n"
           "       (every command takes --pg CONNINFO to keep the records in PostgreSQL)\n"
           "       motcua-server enroll-code --data DIR --unit U --counter C [--agency A] [--valid-hours 24]\n"
           "       motcua-server revoke --data DIR WORKSTATION_ID\n"
           "       motcua-server workstations --data DIR\n"
           "       motcua-server fingerprint --data DIR      (the CA's SHA-256, for enrollment)\n"
           "       motcua-server status --data DIR DOSSIER STATUS [--reason TEXT]\n"
           "       motcua-server population import --data DIR FILE.jsonl\n";
    return 2;
}

int init(QStringList args, QTextStream &out, QTextStream &err, const QString &pg)
{
    const QString dir = takeOption(args, QStringLiteral("--data"));
    const QStringList hosts = takeAll(args, QStringLiteral("--host"));
    if (dir.isEmpty() || !args.isEmpty())
        return usage(err);
    if (QFile::exists(dir + QStringLiteral("/ca.key"))) {
        err << "motcua-server: " << dir << " already has a CA; refusing to replace it\n";
        return 1;
    }
    if (!QDir().mkpath(dir + QStringLiteral("/blobs")))
        return fail(err, Error{QStringLiteral("server.files"), QStringLiteral("Cannot create %1").arg(dir), {}});
    // The data key first: a folder with a CA but no key is one the other commands refuse.
    if (auto key = loadServerKey(dir, true); !key)
        return fail(err, key.error());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto ca = makeCa(QStringLiteral("MotCua Server CA"), now);
    if (!ca)
        return fail(err, ca.error());
    auto server = makeServerCertificate(*ca, hosts.isEmpty() ? QStringList{QStringLiteral("localhost")} : hosts, now);
    if (!server)
        return fail(err, server.error());
    for (const auto &[name, pair] : {std::pair{QStringLiteral("ca"), *ca}, std::pair{QStringLiteral("server"), *server}}) {
        if (Status s = writeFile(dir + QLatin1Char('/') + name + QStringLiteral(".key"), pair.keyPem, true); !s)
            return fail(err, s.error());
        if (Status s = writeFile(dir + QLatin1Char('/') + name + QStringLiteral(".pem"), pair.certPem, false); !s)
            return fail(err, s.error());
    }
    auto storage = openStorage(dir, pg);
    if (!storage)
        return fail(err, storage.error());
    out << "initialised " << dir << " (CA, server certificate and data key)\n"
        << "CA fingerprint (SHA-256), for motcua-admin enroll --ca-fingerprint: " << caFingerprint(ca->certPem) << '\n';
    return 0;
}

// motcua-server fingerprint --data DIR: the CA's fingerprint again, for a workstation's enrollment.
int fingerprint(QStringList args, QTextStream &out, QTextStream &err)
{
    const QString dir = takeOption(args, QStringLiteral("--data"));
    if (dir.isEmpty() || !args.isEmpty())
        return usage(err);
    auto pem = readFile(dir + QStringLiteral("/ca.pem"));
    if (!pem)
        return fail(err, pem.error());
    out << caFingerprint(*pem) << '\n';
    return 0;
}

int enrollCode(QStringList args, QTextStream &out, QTextStream &err, const QString &pg)
{
    const QString dir = takeOption(args, QStringLiteral("--data"));
    EnrollmentCode code;
    code.unit = takeOption(args, QStringLiteral("--unit"));
    code.counter = takeOption(args, QStringLiteral("--counter"));
    code.agency = takeOption(args, QStringLiteral("--agency"));
    const QString hoursText = takeOption(args, QStringLiteral("--valid-hours"));
    bool ok = true;
    const int hours = hoursText.isEmpty() ? 24 : hoursText.toInt(&ok);
    if (dir.isEmpty() || code.unit.isEmpty() || code.counter.isEmpty() || !ok || hours < 1 || !args.isEmpty())
        return usage(err);
    auto storage = openStorage(dir, pg);
    if (!storage)
        return fail(err, storage.error());
    code.code = Api::newCode();
    code.expiresAt = QDateTime::currentDateTimeUtc().addSecs(qint64(hours) * 3600);
    if (Status s = storage->storage->addEnrollmentCode(code); !s)
        return fail(err, s.error());
    out << code.code.left(5) << '-' << code.code.mid(5) << '\n';
    return 0;
}

int revoke(QStringList args, QTextStream &out, QTextStream &err, const QString &pg)
{
    const QString dir = takeOption(args, QStringLiteral("--data"));
    if (dir.isEmpty() || args.size() != 1)
        return usage(err);
    auto storage = openStorage(dir, pg);
    if (!storage)
        return fail(err, storage.error());
    if (Status s = storage->storage->revoke(args.first()); !s)
        return fail(err, s.error());
    out << "revoked " << args.first() << '\n';
    return 0;
}

int listWorkstations(QStringList args, QTextStream &out, QTextStream &err, const QString &pg)
{
    const QString dir = takeOption(args, QStringLiteral("--data"));
    if (dir.isEmpty() || !args.isEmpty())
        return usage(err);
    auto storage = openStorage(dir, pg);
    if (!storage)
        return fail(err, storage.error());
    auto list = storage->storage->workstations();
    if (!list)
        return fail(err, list.error());
    for (const WorkstationRecord &ws : *list)
        out << ws.id << "  unit " << ws.unit << "  counter " << ws.counter << "  enrolled " << ws.enrolledAt.toString(Qt::ISODate)
            << "  serial " << ws.certSerial << (ws.revoked ? "  REVOKED" : "") << '\n';
    return 0;
}

int status(QStringList args, QTextStream &out, QTextStream &err, const QString &pg)
{
    const QString dir = takeOption(args, QStringLiteral("--data"));
    const QString reason = takeOption(args, QStringLiteral("--reason"));
    if (dir.isEmpty() || args.size() != 2)
        return usage(err);
    const auto to = dossierStatusFromName(args.at(1));
    if (!to) {
        err << "motcua-server: unknown status " << args.at(1) << " (received, processing, resultReady, returned, rejected)\n";
        return 2;
    }
    auto storage = openStorage(dir, pg);
    if (!storage)
        return fail(err, storage.error());
    auto change = storage->storage->changeStatus(args.at(0), *to, reason, QDateTime::currentDateTimeUtc());
    if (!change)
        return fail(err, change.error());
    out << change->code << ' ' << change->status << " cursor " << change->cursor << '\n';
    return 0;
}

int populationImport(QStringList args, QTextStream &out, QTextStream &err, const QString &pg)
{
    const QString dir = takeOption(args, QStringLiteral("--data"));
    if (dir.isEmpty() || args.size() != 2 || args.at(0) != QLatin1String("import"))
        return usage(err);
    auto storage = openStorage(dir, pg);
    if (!storage)
        return fail(err, storage.error());
    QFile file(args.at(1));
    if (!file.open(QIODevice::ReadOnly))
        return fail(err, Error{QStringLiteral("server.files"), QStringLiteral("Cannot read %1").arg(args.at(1)), file.errorString()});
    QList<std::pair<QString, QByteArray>> batch;
    int total = 0;
    int line = 0;
    auto flush = [&]() -> Status {
        auto n = storage->storage->importCitizens(batch);
        if (!n)
            return n.error();
        total += *n;
        batch.clear();
        return {};
    };
    while (!file.atEnd()) {
        const QByteArray text = file.readLine().trimmed();
        ++line;
        if (text.isEmpty())
            continue;
        const QJsonObject object = QJsonDocument::fromJson(text).object();
        const QString id12 = object.value(QStringLiteral("id12")).toString();
        if (id12.size() != 12) {
            err << "motcua-server: line " << line << " is not a citizen record\n";
            return 1;
        }
        batch.append({id12, QJsonDocument(object).toJson(QJsonDocument::Compact)});
        if (batch.size() >= 10000)
            if (Status s = flush(); !s)
                return fail(err, s.error());
    }
    if (Status s = flush(); !s)
        return fail(err, s.error());
    out << "imported " << total << " citizens\n";
    return 0;
}

} // namespace

Result<std::unique_ptr<ServerInstance>> startServer(const QString &dataDir, const QString &listen, const QString &pg)
{
    const int colon = listen.lastIndexOf(QLatin1Char(':'));
    bool ok = false;
    const QHostAddress address(listen.left(colon));
    const int port = listen.mid(colon + 1).toInt(&ok);
    if (colon < 0 || address.isNull() || !ok || port < 0 || port > 65535)
        return Error{QStringLiteral("server.listen"), QStringLiteral("--listen takes ADDRESS:PORT"), listen};
    auto storage = openStorage(dataDir, pg);
    if (!storage)
        return storage.error();
    auto ca = readPair(dataDir, QStringLiteral("ca"));
    if (!ca)
        return ca.error();
    auto serverCert = readPair(dataDir, QStringLiteral("server"));
    if (!serverCert)
        return serverCert.error();
    auto instance = std::make_unique<ServerInstance>();
    instance->storage = std::move(storage->storage);
    instance->blobs = std::make_unique<BlobArea>(dataDir + QStringLiteral("/blobs"), *storage->key);
    instance->blobs->cleanTemporaryFiles();
    instance->api = std::make_unique<Api>(ServerContext{instance->storage.get(), instance->blobs.get(), *ca});
    instance->http = std::make_unique<HttpsServer>(*instance->api, *serverCert, ca->certPem);
    instance->port = instance->http->listen(address, quint16(port));
    if (instance->port == 0)
        return Error{QStringLiteral("server.listen"), QStringLiteral("Cannot listen on %1").arg(listen), {}};
    return instance;
}

int runCommand(QStringList args, QTextStream &out, QTextStream &err)
{
    if (args.isEmpty())
        return usage(err);
    const QString command = args.takeFirst();
    const QString pg = takeOption(args, QStringLiteral("--pg"));
    if (command == QLatin1String("init"))
        return init(args, out, err, pg);
    if (command == QLatin1String("enroll-code"))
        return enrollCode(args, out, err, pg);
    if (command == QLatin1String("revoke"))
        return revoke(args, out, err, pg);
    if (command == QLatin1String("workstations"))
        return listWorkstations(args, out, err, pg);
    if (command == QLatin1String("fingerprint"))
        return fingerprint(args, out, err);
    if (command == QLatin1String("status"))
        return status(args, out, err, pg);
    if (command == QLatin1String("population"))
        return populationImport(args, out, err, pg);
    return usage(err);
}

} // namespace motcua::server
