#pragma once
// motcua-admin: one function per command group. Each takes the arguments after the group name
// and returns the process exit code: 0 success, 1 error (bad input, failed check), 2 usage.
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace motcua::admin {

enum ExitCode { Success = 0, Failure = 1, Usage = 2 };

struct AdminIo {
    QTextStream &out;
    QTextStream &err;
    QString dataDir; // the workstation's data folder (--data-dir, MOTCUA_DATA_DIR, or the default)
};

int runCalendarCommand(const QStringList &args, AdminIo &io);
int runProceduresCommand(const QStringList &args, AdminIo &io);
int runIdentityCommand(const QStringList &args, AdminIo &io);
int runDossiersCommand(const QStringList &args, AdminIo &io);
int runDbCommand(const QStringList &args, AdminIo &io);
int runWorkstationCommand(const QStringList &args, AdminIo &io);
int runReportCommand(const QStringList &args, AdminIo &io);
int runEnrollCommand(const QStringList &args, AdminIo &io);
int runSyncCommand(const QStringList &args, AdminIo &io);

// The value after `--name` in args (and removes both), or an empty string.
QString takeOption(QStringList &args, const QString &name);
// Whether `--name` is in args (and removes it).
bool takeFlag(QStringList &args, const QString &name);

} // namespace motcua::admin
