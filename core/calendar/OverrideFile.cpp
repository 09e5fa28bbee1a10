#include "calendar/OverrideFile.h"

#include "calendar/LunarCalendar.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

// A static library's resources are only registered when their initialiser is linked in; Qt 6
// propagates it through the object library that qt_add_resources creates, and this explicit
// call makes the registration independent of link order (it is idempotent).
static void initCalendarResources()
{
    static const bool done = [] {
        Q_INIT_RESOURCE(motcua_data);
        return true;
    }();
    Q_UNUSED(done);
}

namespace motcua::calendar {

namespace {

Error invalid(const QString &fileName, const QString &problem)
{
    return Error{QStringLiteral("calendar.override.invalid"),
                 QCoreApplication::translate("CalendarOverride", "The holiday announcement file %1 cannot be used: %2")
                     .arg(fileName, problem),
                 QStringLiteral("override file %1: %2").arg(fileName, problem)};
}

struct Entry {
    QDate date;
    QString nameVi;
    QString nameEn;
};

// One {"date": ..., "name": {"vi": ..., "en": ...}} entry; an empty optional and a problem text
// when it is not one.
std::optional<Entry> parseEntry(const QJsonValue &value, int year, QString &problem)
{
    const QJsonObject object = value.toObject();
    const QString dateText = object.value(QLatin1String("date")).toString();
    const QDate date = QDate::fromString(dateText, Qt::ISODate);
    if (!value.isObject() || !date.isValid() || dateText.size() != 10) {
        problem = QCoreApplication::translate("CalendarOverride", "an entry has no valid \"date\" (YYYY-MM-DD)");
        return std::nullopt;
    }
    if (date.year() != year) {
        problem = QCoreApplication::translate("CalendarOverride", "the date %1 is not in the year %2").arg(dateText).arg(year);
        return std::nullopt;
    }
    const QJsonObject name = object.value(QLatin1String("name")).toObject();
    const QString vi = name.value(QLatin1String("vi")).toString().trimmed();
    const QString en = name.value(QLatin1String("en")).toString().trimmed();
    if (vi.isEmpty() || en.isEmpty()) {
        problem = QCoreApplication::translate("CalendarOverride", "the entry for %1 needs a name in Vietnamese and English (\"vi\", \"en\")")
                      .arg(dateText);
        return std::nullopt;
    }
    return Entry{date, vi, en};
}

} // namespace

Result<CalendarOverride> parseCalendarOverride(const QByteArray &json, const QString &fileName)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return invalid(fileName, QCoreApplication::translate("CalendarOverride", "it is not valid JSON (%1 at offset %2)")
                                     .arg(parseError.errorString())
                                     .arg(parseError.offset));
    if (!document.isObject())
        return invalid(fileName, QCoreApplication::translate("CalendarOverride", "it is not a JSON object"));
    const QJsonObject root = document.object();

    CalendarOverride result;
    result.origin = fileName;
    const QJsonValue year = root.value(QLatin1String("year"));
    result.year = year.toInt(0);
    if (!year.isDouble() || year.toDouble() != result.year || result.year < LunarCalendar::kFirstSolarYear
        || result.year > LunarCalendar::kLastSolarYear)
        return invalid(fileName, QCoreApplication::translate("CalendarOverride", "\"year\" must be a year from 1900 to 2100"));
    const QString expectedName = QString::number(result.year) + QStringLiteral(".json");
    if (QFileInfo(fileName).fileName() != expectedName)
        return invalid(fileName, QCoreApplication::translate("CalendarOverride", "a file for the year %1 must be named %2")
                                     .arg(result.year)
                                     .arg(expectedName));
    result.source = root.value(QLatin1String("source")).toString().trimmed();
    if (result.source.isEmpty())
        return invalid(fileName, QCoreApplication::translate("CalendarOverride", "\"source\" (the announcement) is missing"));

    for (const QString &key : {QStringLiteral("daysOff"), QStringLiteral("workingDays"), QStringLiteral("cancelledDaysOff")}) {
        const QJsonValue list = root.value(key);
        if (!list.isUndefined() && !list.isArray())
            return invalid(fileName, QCoreApplication::translate("CalendarOverride", "\"%1\" must be a list").arg(key));
        for (const QJsonValue &item : list.toArray()) {
            QString problem;
            const auto entry = parseEntry(item, result.year, problem);
            if (!entry)
                return invalid(fileName, problem);
            if (key == QLatin1String("daysOff"))
                result.daysOff.append(DayOff{entry->date, DayOffKind::Announced, entry->nameVi, entry->nameEn});
            else if (key == QLatin1String("workingDays"))
                result.workingDays.append(AnnouncedWorkingDay{entry->date, entry->nameVi, entry->nameEn});
            else
                result.cancelledDaysOff.append(AnnouncedWorkingDay{entry->date, entry->nameVi, entry->nameEn});
        }
    }
    // A date may appear in one list only: two answers for one day would be a guess.
    QList<QDate> seen;
    for (const DayOff &off : result.daysOff)
        seen.append(off.date);
    for (const auto *list : {&result.workingDays, &result.cancelledDaysOff}) {
        for (const AnnouncedWorkingDay &day : *list)
            seen.append(day.date);
    }
    std::sort(seen.begin(), seen.end());
    if (const auto twice = std::adjacent_find(seen.cbegin(), seen.cend()); twice != seen.cend())
        return invalid(fileName, QCoreApplication::translate("CalendarOverride", "%1 is listed more than once")
                                     .arg(twice->toString(Qt::ISODate)));
    return result;
}

Result<CalendarOverride> loadCalendarOverride(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("calendar.override.unreadable"),
                     QCoreApplication::translate("CalendarOverride", "The holiday announcement file %1 cannot be read.").arg(path),
                     QStringLiteral("open %1: %2").arg(path, file.errorString())};
    return parseCalendarOverride(file.readAll(), path);
}

QString builtInOverridePath(int year)
{
    initCalendarResources();
    const QString path = QStringLiteral(":/calendar/%1.json").arg(year);
    return QFile::exists(path) ? path : QString();
}

QString folderOverridePath(const QString &folder, int year)
{
    if (folder.isEmpty())
        return {};
    const QString path = QDir(folder).filePath(QStringLiteral("%1.json").arg(year));
    return QFile::exists(path) ? path : QString();
}

} // namespace motcua::calendar
