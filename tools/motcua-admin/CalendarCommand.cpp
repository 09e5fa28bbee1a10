// motcua-admin calendar: the days off of a year and appointment dates, with the workstation's
// override files (<data>/calendar/YYYY.json) applied.
#include "AdminCommand.h"

#include "calendar/HolidayCalendar.h"
#include "calendar/LunarCalendar.h"
#include "calendar/WorkingDays.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>

namespace motcua::admin {

namespace {


// lupdate files a string under the class whose tr() is called: this one names the context.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(CalendarCommand)
};

void printUsage(QTextStream &err)
{
    err << "usage: motcua-admin calendar holidays YEAR\n"
           "       motcua-admin calendar due --from YYYY-MM-DDTHH:MM --days N\n";
}

void printProblems(const QList<Error> &problems, QTextStream &err)
{
    for (const Error &problem : problems)
        err << Text::tr("warning: ") << problem.message << '\n';
}

int holidays(QStringList args, AdminIo &io, const calendar::HolidayCalendar &holidayCalendar)
{
    if (args.size() != 1) {
        printUsage(io.err);
        return Usage;
    }
    bool isNumber = false;
    const int year = args.first().toInt(&isNumber);
    if (!isNumber || year < calendar::LunarCalendar::kFirstSolarYear || year > calendar::LunarCalendar::kLastSolarYear) {
        io.err << Text::tr("The year must be a number from 1900 to 2100.") << '\n';
        return Failure;
    }
    const auto days = holidayCalendar.year(year);
    if (!days) {
        io.err << days.error().message << '\n';
        return Failure;
    }
    printProblems(days->problems, io.err);
    // Rules not verified against the law text (years before 1952): say so, but still list them.
    for (const calendar::HolidayRules &rules : days->rules) {
        if (rules.approximate)
            io.err << Text::tr("warning: approximate holidays, not verified against the law text: ")
                   << QString::fromUtf8(rules.law) << '\n';
    }
    for (const calendar::DayOff &day : days->daysOff)
        io.out << day.date.toString(Qt::ISODate) << '\t' << day.nameVi << '\n';
    return Success;
}

int due(QStringList args, AdminIo &io, const calendar::HolidayCalendar &holidayCalendar)
{
    const QString from = takeOption(args, QStringLiteral("--from"));
    const QString daysText = takeOption(args, QStringLiteral("--days"));
    if (from.isEmpty() || daysText.isEmpty() || !args.isEmpty()) {
        printUsage(io.err);
        return Usage;
    }
    const QDateTime received = QDateTime::fromString(from, QStringLiteral("yyyy-MM-ddTHH:mm"));
    if (!received.isValid()) {
        io.err << Text::tr("--from must be a date and time like 2025-04-29T16:30.") << '\n';
        return Failure;
    }
    bool isNumber = false;
    const int days = daysText.toInt(&isNumber);
    if (!isNumber || days < 0) {
        io.err << Text::tr("--days must be a whole number of working days, 0 or more.") << '\n';
        return Failure;
    }
    const calendar::WorkingCalendar working(holidayCalendar);
    const auto date = working.appointmentDate(received, days);
    if (!date) {
        io.err << date.error().message << '\n';
        return Failure;
    }
    // Problems are known once the years touched have been loaded.
    for (int year = received.date().year(); year <= date->year(); ++year) {
        if (const auto loaded = working.holidays().year(year))
            printProblems(loaded->problems, io.err);
    }
    io.out << date->toString(Qt::ISODate) << '\n';
    return Success;
}

} // namespace

int runCalendarCommand(const QStringList &args, AdminIo &io)
{
    if (args.isEmpty()) {
        printUsage(io.err);
        return Usage;
    }
    const calendar::HolidayCalendar holidayCalendar(
        io.dataDir.isEmpty() ? QString() : QDir(io.dataDir).filePath(QStringLiteral("calendar")));
    const QString command = args.first();
    if (command == QLatin1String("holidays"))
        return holidays(args.mid(1), io, holidayCalendar);
    if (command == QLatin1String("due"))
        return due(args.mid(1), io, holidayCalendar);
    io.err << "motcua-admin calendar: unknown command '" << command << "'\n";
    printUsage(io.err);
    return Usage;
}

} // namespace motcua::admin
