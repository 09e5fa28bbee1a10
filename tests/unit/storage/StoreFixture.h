#pragma once
// A dossier store on a real SQLite file in a fresh temporary folder, with a fixed test key.
#include "../dossier/DossierFixtures.h"
#include "storage/DossierStore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace motcua::test {

inline std::shared_ptr<const DataKey> testKey(char fill = '\x5a')
{
    return std::make_shared<const DataKey>(DataKey::fromBytes(QByteArray(DataKey::kSize, fill)));
}

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

struct StoreFixture {
    QTemporaryDir dir;
    StoreConfig config;
    std::unique_ptr<DossierStore> store;

    StoreFixture()
    {
        REQUIRE(dir.isValid());
        config.dbPath = dir.filePath(QStringLiteral("motcua.db"));
        config.key = testKey();
        config.agencyCode = QStringLiteral("UBND-PD");
        config.unit = QStringLiteral("xa-phuoc-dinh");
        config.workstation = QStringLiteral("ws-01");
        reopen();
    }

    void reopen()
    {
        store.reset();
        auto opened = DossierStore::open(config);
        INFO((opened.ok() ? QString() : opened.error().toString()).toStdString());
        REQUIRE(opened.ok());
        store = std::move(*opened);
    }

    Dossier saved(Dossier d, const QString &actor = QStringLiteral("clerk.lan"))
    {
        auto result = store->save(std::move(d), actor);
        INFO((result.ok() ? QString() : result.error().toString()).toStdString());
        REQUIRE(result.ok());
        return *result;
    }

    qint64 count(const char *sql)
    {
        auto n = store->database().queryInt(QByteArray(sql));
        REQUIRE(n.ok());
        return *n;
    }

    void exec(const char *sql)
    {
        const Status s = store->database().exec(QByteArray(sql));
        INFO((s.ok() ? QString() : s.error().toString()).toStdString());
        REQUIRE(s.ok());
    }
};

} // namespace motcua::test
