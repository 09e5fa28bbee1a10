#pragma once
// A throw-away PostgreSQL cluster for the storage tests: initdb + pg_ctl in a temporary folder,
// Unix socket only, as a non-root user (initdb refuses root: under root the cluster runs as
// "nobody" through runuser). Started once per test process, stopped at exit. When the server
// binaries are absent, available() is false and the tests say so loudly instead of passing quietly.
#include <QDir>
#include <QTemporaryDir>

#include <libpq-fe.h>

#include <cstdio>
#include <cstdlib>
#include <sys/stat.h>
#include <unistd.h>

namespace motcua::servertest {

class PgCluster {
public:
    static PgCluster &instance()
    {
        static PgCluster cluster;
        return cluster;
    }
    bool available() const { return m_running; }
    const QString &whyNot() const { return m_whyNot; }

    // A new empty database; its libpq conninfo.
    QString freshDatabase()
    {
        const QString name = QStringLiteral("t%1").arg(++m_databases);
        PGconn *conn = PQconnectdb(conninfo(QStringLiteral("postgres")).toUtf8().constData());
        PQclear(PQexec(conn, QStringLiteral("CREATE DATABASE %1").arg(name).toUtf8().constData()));
        PQfinish(conn);
        return conninfo(name);
    }

    ~PgCluster()
    {
        if (m_running)
            shell(QStringLiteral("%1%2/pg_ctl -D %3/data -m immediate -w stop > /dev/null 2>&1").arg(m_runAs, m_bin, m_dir.path()));
    }

private:
    PgCluster()
    {
        const QStringList versions = QDir(QStringLiteral("/usr/lib/postgresql")).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name | QDir::Reversed);
        for (const QString &version : versions)
            if (QFile::exists(QStringLiteral("/usr/lib/postgresql/%1/bin/initdb").arg(version))) {
                m_bin = QStringLiteral("/usr/lib/postgresql/%1/bin").arg(version);
                break;
            }
        if (m_bin.isEmpty()) {
            m_whyNot = QStringLiteral("no PostgreSQL server binaries in /usr/lib/postgresql/*/bin (apt install postgresql)");
            return;
        }
        const QString dir = m_dir.path();
        if (::geteuid() == 0) {
            // The cluster's owner must reach its folder: the temporary folder is root's 0700.
            if (::chown(QFile::encodeName(dir).constData(), 65534, 65534) != 0 || ::chmod(QFile::encodeName(dir).constData(), 0755) != 0) {
                m_whyNot = QStringLiteral("cannot hand the temporary folder to nobody");
                return;
            }
            m_runAs = QStringLiteral("runuser -u nobody -- ");
        }
        if (!shell(QStringLiteral("%1%2/initdb -D %3/data -A trust -U motcua -E UTF8 --locale=C --no-sync > %3/initdb.log 2>&1")
                       .arg(m_runAs, m_bin, dir))) {
            m_whyNot = QStringLiteral("initdb failed (see %1/initdb.log)").arg(dir);
            m_dir.setAutoRemove(false);
            return;
        }
        if (!shell(QStringLiteral("%1%2/pg_ctl -D %3/data -l %3/server.log -w -o \"-k %3 -c listen_addresses='' -c fsync=off\" start > /dev/null 2>&1")
                       .arg(m_runAs, m_bin, dir))) {
            m_whyNot = QStringLiteral("pg_ctl start failed (see %1/server.log)").arg(dir);
            m_dir.setAutoRemove(false);
            return;
        }
        m_running = true;
    }

    QString conninfo(const QString &database) const
    {
        return QStringLiteral("host=%1 user=motcua dbname=%2").arg(m_dir.path(), database);
    }

    static bool shell(const QString &command)
    {
        return std::system(command.toLocal8Bit().constData()) == 0;
    }

    QTemporaryDir m_dir;
    QString m_bin;
    QString m_runAs;
    QString m_whyNot;
    bool m_running = false;
    int m_databases = 0;
};

} // namespace motcua::servertest
