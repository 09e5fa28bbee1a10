// motcua-admin report: the day's digitisation figures of this workstation, per procedure and
// clerk (the supervisor's screen with charts and exports comes with the supervisor issue).
//   report daily [--date YYYY-MM-DD] [--unit UNIT] [--json]
#include "AdminCommand.h"

#include "storage/WorkstationConfig.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace motcua::admin {

namespace {

QString percent(double share)
{
    return QString::number(share * 100.0, 'f', 1) + QLatin1Char('%');
}

QJsonObject toJson(const DailyReportRow &row)
{
    return QJsonObject{{QStringLiteral("procedureId"), row.procedureId},
                       {QStringLiteral("clerk"), row.clerk},
                       {QStringLiteral("received"), row.received},
                       {QStringLiteral("fields"), row.fieldCount},
                       {QStringLiteral("reusedFields"), row.reusedFieldCount},
                       {QStringLiteral("attachments"), row.attachmentCount},
                       {QStringLiteral("digitised"), row.digitisedCount},
                       {QStringLiteral("due"), row.due},
                       {QStringLiteral("dueOnTime"), row.dueOnTime}};
}

int daily(QStringList args, AdminIo &io)
{
    const QString dateText = takeOption(args, QStringLiteral("--date"));
    const QString unit = takeOption(args, QStringLiteral("--unit"));
    const bool json = takeFlag(args, QStringLiteral("--json"));
    const QDate day = dateText.isEmpty() ? QDate::currentDate() : QDate::fromString(dateText, Qt::ISODate);
    if (!args.isEmpty() || !day.isValid()) {
        io.err << "usage: motcua-admin report daily [--date YYYY-MM-DD] [--unit UNIT] [--json]\n";
        return Usage;
    }
    auto store = openWorkstationStore(io.dataDir, StoreOpening::MustExist);
    if (!store) {
        io.err << "report: " << store.error().toString() << '\n';
        return Failure;
    }
    auto rows = (*store)->dailyReport(day, unit);
    if (!rows) {
        io.err << "report: " << rows.error().toString() << '\n';
        return Failure;
    }
    if (json) {
        QJsonArray list;
        for (const DailyReportRow &row : *rows)
            list.append(toJson(row));
        io.out << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("date"), day.toString(Qt::ISODate)},
                                                             {QStringLiteral("rows"), list}})
                                        .toJson(QJsonDocument::Indented));
        return Success;
    }
    io.out << "date\t" << day.toString(Qt::ISODate) << '\n'
           << "procedure\tclerk\treceived\tdigitised\treused data\tdue\ton time\n";
    for (const DailyReportRow &row : *rows) {
        io.out << row.procedureId << '\t' << row.clerk << '\t' << row.received << '\t'
               << percent(row.digitisedShare()) << '\t' << percent(row.reusedDataShare()) << '\t' << row.due
               << '\t' << row.dueOnTime << '\n';
    }
    return Success;
}

} // namespace

int runReportCommand(const QStringList &args, AdminIo &io)
{
    if (args.value(0) == QLatin1String("daily"))
        return daily(args.mid(1), io);
    io.err << "usage: motcua-admin report daily [--date YYYY-MM-DD] [--unit UNIT] [--json]\n";
    return Usage;
}

} // namespace motcua::admin
