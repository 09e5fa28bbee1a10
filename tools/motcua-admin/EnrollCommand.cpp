// motcua-admin enroll: join this workstation to the central server with a one-time code.
//   enroll --server URL --code CODE (--ca-fingerprint SHA256 | --trust-on-first-use)
//          [--warn-after-days N] [--block-after-days N] [--force]
// The server's CA is accepted only when its fingerprint matches the one the administrator read
// from the server (`motcua-server init` prints it), or on first use when asked for explicitly
// (the demo does); the fingerprint is printed either way, to be compared later.
#include "AdminCommand.h"

#include "sync/Enrollment.h"

#include <QHostInfo>

namespace motcua::admin {

namespace {

void printEnrollUsage(QTextStream &err)
{
    err << "usage: motcua-admin enroll --server https://HOST:PORT --code CODE\n"
           "                           (--ca-fingerprint SHA256 | --trust-on-first-use)\n"
           "                           [--warn-after-days N] [--block-after-days N] [--force]\n";
}

bool takeDays(QStringList &args, const QString &name, int &value)
{
    const QString text = takeOption(args, name);
    if (text.isEmpty())
        return true;
    bool ok = false;
    value = text.toInt(&ok);
    return ok && value >= 0 && value <= 3650;
}

} // namespace

int runEnrollCommand(const QStringList &arguments, AdminIo &io)
{
    QStringList args = arguments;
    sync::EnrollRequest request;
    request.serverUrl = QUrl(takeOption(args, QStringLiteral("--server")));
    request.code = takeOption(args, QStringLiteral("--code"));
    request.expectedCaFingerprint = takeOption(args, QStringLiteral("--ca-fingerprint"));
    request.trustOnFirstUse = takeFlag(args, QStringLiteral("--trust-on-first-use"));
    const bool force = takeFlag(args, QStringLiteral("--force"));
    const bool daysOk = takeDays(args, QStringLiteral("--warn-after-days"), request.warnAfterDays)
                        && takeDays(args, QStringLiteral("--block-after-days"), request.blockAfterDays);
    if (!args.isEmpty() || !daysOk || request.code.isEmpty() || !request.serverUrl.isValid()
        || request.serverUrl.scheme() != QLatin1String("https")
        || (request.expectedCaFingerprint.isEmpty() && !request.trustOnFirstUse)) {
        printEnrollUsage(io.err);
        return Usage;
    }
    if (sync::SyncSettings::isEnrolled(io.dataDir) && !force) {
        io.err << "enroll: this workstation is already enrolled (" << sync::SyncSettings::folder(io.dataDir)
               << "); add --force to replace the enrollment\n";
        return Failure;
    }
    request.hostname = QHostInfo::localHostName();
    auto enrolled = sync::Enrollment::enroll(request, io.dataDir);
    if (!enrolled) {
        io.err << "enroll: " << enrolled.error().toString() << '\n';
        return Failure;
    }
    io.out << "workstation id:     " << enrolled->settings.workstationId << '\n'
           << "unit / counter:     " << enrolled->settings.unit << " / " << enrolled->settings.counter << '\n'
           << "server:             " << enrolled->settings.serverUrl.toString() << '\n'
           << "CA fingerprint:     " << enrolled->caFingerprint
           << (request.trustOnFirstUse && request.expectedCaFingerprint.isEmpty() ? "  (trusted on first use)" : "") << '\n';
    return Success;
}

} // namespace motcua::admin
