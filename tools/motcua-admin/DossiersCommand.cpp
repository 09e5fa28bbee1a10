// motcua-admin dossiers: list, show and find the workstation's dossiers. The operator sees names
// on screen (it is their workstation); nothing here writes them to a log.
#include "AdminCommand.h"

#include "dossier/DossierJson.h"
#include "storage/WorkstationConfig.h"

#include <QJsonDocument>

namespace motcua::admin {

namespace {

void printDossiersUsage(QTextStream &err)
{
    err << "usage: motcua-admin dossiers list [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--limit N]\n"
           "       motcua-admin dossiers show CODE-OR-UUID [--json]\n"
           "       motcua-admin dossiers find --id ID12 | --name TEXT\n";
}

QString localTime(const QDateTime &at)
{
    return at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

void printSummaries(const QList<DossierSummary> &summaries, QTextStream &out)
{
    for (const DossierSummary &s : summaries) {
        out << s.code << '\t' << localTime(s.receivedAt) << '\t' << s.procedureId << '\t'
            << dossierStatusName(s.status) << '\t' << s.holderName << '\n';
    }
}

std::unique_ptr<DossierStore> openStore(AdminIo &io)
{
    auto store = openWorkstationStore(io.dataDir, StoreOpening::MustExist);
    if (!store) {
        io.err << "dossiers: " << store.error().toString() << '\n';
        return nullptr;
    }
    return std::move(*store);
}

bool parseDate(const QString &text, QDate &into, AdminIo &io)
{
    if (text.isEmpty())
        return true;
    into = QDate::fromString(text, Qt::ISODate);
    if (!into.isValid())
        io.err << "dossiers: not a date (YYYY-MM-DD): " << text << '\n';
    return into.isValid();
}

int list(QStringList args, AdminIo &io)
{
    QDate from, to;
    const QString limitText = takeOption(args, QStringLiteral("--limit"));
    if (!parseDate(takeOption(args, QStringLiteral("--from")), from, io)
        || !parseDate(takeOption(args, QStringLiteral("--to")), to, io))
        return Usage;
    bool limitOk = true;
    const int limit = limitText.isEmpty() ? 1000 : limitText.toInt(&limitOk);
    if (!args.isEmpty() || !limitOk || limit <= 0) {
        printDossiersUsage(io.err);
        return Usage;
    }
    const auto store = openStore(io);
    if (!store)
        return Failure;
    const auto summaries = store->list(from, to, limit);
    if (!summaries) {
        io.err << "dossiers list: " << summaries.error().toString() << '\n';
        return Failure;
    }
    printSummaries(*summaries, io.out);
    return Success;
}

void printDossier(const Dossier &d, QTextStream &out)
{
    out << "code:        " << d.code << "\nuuid:        " << d.uuid.toString(QUuid::WithoutBraces)
        << "\nprocedure:   " << d.procedureId << "\nstatus:      " << dossierStatusName(d.status())
        << "\nrevision:    " << d.revision << "\nreceived:    " << localTime(d.receivedAt)
        << "\ndue:         " << d.dueDate.toString(Qt::ISODate) << "\nclerk:       " << d.clerk
        << "\nagency/unit: " << d.agencyCode << " / " << d.unit << " (" << d.workstation << ")\n";
    if (!d.intakeId.isNull())
        out << "intake:      " << d.intakeId.toString(QUuid::WithoutBraces) << " step " << d.stepOrder << '\n';
    for (const DossierParty &party : d.parties) {
        out << "party " << party.role << ":\n";
        for (auto it = party.person.fields().cbegin(); it != party.person.fields().cend(); ++it)
            out << "  " << it.key() << ": " << it->text << " [" << fieldSourceName(it->source) << "]\n";
    }
    out << "fields:\n";
    for (auto it = d.fields.cbegin(); it != d.fields.cend(); ++it) {
        out << "  " << it.key() << ": " << it->value << " [" << fieldSourceName(it->source) << ']';
        if (!it->overrideReason.isEmpty())
            out << " (changed: " << it->overrideReason << ')';
        out << '\n';
    }
    out << "attachments:\n";
    for (const Attachment &a : d.attachments) {
        out << "  " << a.documentId << ": " << (a.isDigitised() ? a.sha256.left(12) : QStringLiteral("paper only"))
            << ' ' << a.pages << " page(s)" << (a.originalSeen ? ", original seen" : "") << (a.reused ? ", reused" : "")
            << '\n';
    }
    out << "history:\n";
    for (const StatusChange &change : d.history) {
        out << "  " << localTime(change.at) << ' ' << dossierStatusName(change.status) << " by " << change.actor;
        if (!change.note.isEmpty())
            out << ": " << change.note;
        out << '\n';
    }
}

int show(QStringList args, AdminIo &io)
{
    const bool json = takeFlag(args, QStringLiteral("--json"));
    if (args.size() != 1) {
        printDossiersUsage(io.err);
        return Usage;
    }
    const auto store = openStore(io);
    if (!store)
        return Failure;
    const QUuid uuid = QUuid::fromString(args.first());
    auto found = uuid.isNull() ? store->byCode(args.first()) : store->byUuid(uuid);
    if (!found) {
        io.err << "dossiers show: " << found.error().toString() << '\n';
        return Failure;
    }
    if (!found->has_value()) {
        io.err << "dossiers show: no dossier " << args.first() << '\n';
        return Failure;
    }
    if (json)
        io.out << QString::fromUtf8(QJsonDocument(dossierToJson(**found)).toJson(QJsonDocument::Indented));
    else
        printDossier(**found, io.out);
    return Success;
}

int find(QStringList args, AdminIo &io)
{
    const QString id12 = takeOption(args, QStringLiteral("--id"));
    const QString name = takeOption(args, QStringLiteral("--name"));
    if (!args.isEmpty() || id12.isEmpty() == name.isEmpty()) {
        printDossiersUsage(io.err);
        return Usage;
    }
    const auto store = openStore(io);
    if (!store)
        return Failure;
    const auto found = id12.isEmpty() ? store->findByName(name) : store->findById12(id12);
    if (!found) {
        io.err << "dossiers find: " << found.error().toString() << '\n';
        return Failure;
    }
    printSummaries(*found, io.out);
    return Success;
}

} // namespace

int runDossiersCommand(const QStringList &args, AdminIo &io)
{
    const QString command = args.value(0);
    if (command == QLatin1String("list"))
        return list(args.mid(1), io);
    if (command == QLatin1String("show"))
        return show(args.mid(1), io);
    if (command == QLatin1String("find"))
        return find(args.mid(1), io);
    printDossiersUsage(io.err);
    return Usage;
}

} // namespace motcua::admin
