#pragma once
// The storage backends the server-lib tests run on: SqliteServerStorage on a real file and
// PostgresServerStorage on a real cluster (PgCluster.h), chosen by a Catch2 GENERATE.
#include "PgCluster.h"
#include "PostgresServerStorage.h"
#include "SqliteServerStorage.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace motcua::servertest {

// The storage under test, fresh and empty; reopen() drops the connection and opens it again,
// as a restarted server would.
class Backend {
public:
    explicit Backend(const std::string &kind) : m_kind(kind)
    {
        if (kind == "postgres") {
            auto &cluster = PgCluster::instance();
            if (!cluster.available()) {
                WARN("POSTGRESQL TESTS SKIPPED: " << cluster.whyNot().toStdString());
                return;
            }
            m_conninfo = cluster.freshDatabase();
        }
        reopen();
    }
    bool available() const { return storage != nullptr; }
    void reopen()
    {
        storage.reset();
        if (m_kind == "postgres") {
            auto opened = server::PostgresServerStorage::open(m_conninfo);
            INFO((opened ? std::string() : opened.error().toString().toStdString()));
            REQUIRE(opened.ok());
            storage = std::move(opened.value());
        } else {
            auto opened = server::SqliteServerStorage::open(sqlitePath());
            REQUIRE(opened.ok());
            storage = std::move(opened.value());
        }
    }
    server::ServerStorage *operator->() const { return storage.get(); }
    bool isSqlite() const { return m_kind == "sqlite"; }
    QString sqlitePath() const { return m_dir.filePath(QStringLiteral("s.db")); } // the SQLite backend's file
    std::unique_ptr<server::ServerStorage> storage;

private:
    std::string m_kind;
    QTemporaryDir m_dir;
    QString m_conninfo;
};

} // namespace motcua::servertest

#define OPEN_BACKEND(name)                                                                                                 \
    const std::string backendKind = GENERATE(as<std::string>{}, "sqlite", "postgres");                                   \
    INFO("storage: " << backendKind);                                                                                      \
    motcua::servertest::Backend name(backendKind);                                                                       \
    if (!name.available())                                                                                                 \
        return;
