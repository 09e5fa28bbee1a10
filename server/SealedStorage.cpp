#include "SealedStorage.h"

#include <QDir>
#include <QFileInfo>

namespace motcua::server {

QString serverKeyPath(const QString &dataDir)
{
    return dataDir + QStringLiteral("/keys/data.key");
}

Result<DataKey> loadServerKey(const QString &dataDir, bool mayCreate)
{
    const QString path = serverKeyPath(dataDir);
    if (!mayCreate && !QFileInfo::exists(path)) {
        return Error{QStringLiteral("server.keyMissing"),
                     SealedStorage::tr("%1 has no data key (keys/data.key). A folder made by an older version keeps its "
                                       "records unencrypted and cannot be used as it is; if the key was lost, restore it "
                                       "from the backup. No new key is made, so that no record becomes unreadable.")
                         .arg(dataDir),
                     path};
    }
    return DataKey::loadOrCreate(path);
}

SealedStorage::SealedStorage(std::unique_ptr<ServerStorage> inner, const DataKey &key)
    : m_inner(std::move(inner)), m_cipher(key), m_index(key)
{
}

QByteArray SealedStorage::dossierAad(const QUuid &uuid, int revision)
{
    return "dossier:" + uuid.toString(QUuid::WithoutBraces).toLatin1() + ':' + QByteArray::number(revision);
}

QString SealedStorage::citizenKey(const QString &id12) const
{
    return QString::fromLatin1(m_index.token(QByteArrayLiteral("id12"), id12).toHex());
}

Result<PutResult> SealedStorage::putDossier(const DossierPut &put, const std::function<StoredAnswer(qint64 cursor)> &answerFor)
{
    // bodySha256 stays the hash of the plaintext: the backend's replay/conflict check compares
    // it, never the (randomly nonced, so always different) sealed bytes.
    DossierPut sealed = put;
    sealed.body = m_cipher.encrypt(put.body, dossierAad(put.uuid, put.revision));
    return m_inner->putDossier(sealed, answerFor);
}

Result<std::optional<StoredBody>> SealedStorage::dossierBody(const QUuid &uuid)
{
    auto stored = m_inner->dossierBody(uuid);
    if (!stored || !stored->has_value())
        return stored;
    const StoredBody &row = **stored;
    auto plain = m_cipher.decrypt(row.body, dossierAad(uuid, row.revision));
    if (!plain)
        return Error{QStringLiteral("server.sealed"), tr("A stored dossier could not be decrypted with this server's key."),
                     QStringLiteral("dossier %1 r%2: %3").arg(uuid.toString(QUuid::WithoutBraces)).arg(row.revision).arg(plain.error().detail)};
    return std::optional<StoredBody>(StoredBody{row.revision, *plain});
}

Result<int> SealedStorage::importCitizens(const QList<std::pair<QString, QByteArray>> &citizens)
{
    QList<std::pair<QString, QByteArray>> sealed;
    sealed.reserve(citizens.size());
    for (const auto &[id12, record] : citizens) {
        const QString key = citizenKey(id12);
        sealed.append({key, m_cipher.encrypt(record, "citizen:" + key.toLatin1())});
    }
    return m_inner->importCitizens(sealed);
}

Result<std::optional<QByteArray>> SealedStorage::citizen(const QString &id12)
{
    const QString key = citizenKey(id12);
    auto stored = m_inner->citizen(key);
    if (!stored || !stored->has_value())
        return stored;
    auto plain = m_cipher.decrypt(**stored, "citizen:" + key.toLatin1());
    if (!plain)
        return Error{QStringLiteral("server.sealed"), tr("A population record could not be decrypted with this server's key."),
                     plain.error().detail}; // never the ID
    return std::optional<QByteArray>(*plain);
}

} // namespace motcua::server
