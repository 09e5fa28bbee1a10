// motcua-admin procedures: list, show and check the procedure catalog.
#include "AdminCommand.h"

#include "procedures/CatalogLoader.h"
#include "procedures/ProcedureJson.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QLoggingCategory>

namespace motcua::admin {

namespace {

void printProceduresUsage(QTextStream &err)
{
    err << "usage: motcua-admin procedures list [--json]\n"
           "       motcua-admin procedures show N [--json]\n"
           "       motcua-admin procedures check [DIR]\n";
}

QString overrideFolder(const AdminIo &io)
{
    return QDir(io.dataDir).filePath(QStringLiteral("procedures"));
}

// list and show still work with a faulty file; the admin is told which one was left out.
Catalog loadCatalog(AdminIo &io)
{
    const Catalog catalog = CatalogLoader::loadBuiltIn(overrideFolder(io));
    for (const CatalogProblem &problem : catalog.problems())
        io.err << "warning: " << problem.toString() << '\n';
    return catalog;
}

QString yesNo(bool value)
{
    return value ? QStringLiteral("yes") : QStringLiteral("no");
}

QString conditionText(const Condition &condition)
{
    if (condition.kind == Condition::Kind::Equals)
        return condition.field + QStringLiteral(" = ") + condition.equals;
    return condition.field + (condition.notEmpty ? QStringLiteral(" is filled") : QStringLiteral(" is empty"));
}

QString requirementText(bool required, const std::optional<Condition> &requiredWhen)
{
    if (requiredWhen)
        return QStringLiteral("when ") + conditionText(*requiredWhen);
    return yesNo(required);
}

int listProcedures(QStringList args, AdminIo &io)
{
    const bool json = takeFlag(args, QStringLiteral("--json"));
    if (!args.isEmpty()) {
        printProceduresUsage(io.err);
        return Usage;
    }
    const Catalog catalog = loadCatalog(io);
    if (json) {
        QJsonArray list;
        for (const Procedure &procedure : catalog.all())
            list.append(QJsonObject{{QStringLiteral("number"), procedure.number}, {QStringLiteral("id"), procedure.id},
                                    {QStringLiteral("level"), procedure.level}, {QStringLiteral("processingDays"), procedure.processingDays},
                                    {QStringLiteral("name"), toJson(procedure.name)}});
        io.out << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented));
        return Success;
    }
    for (const Procedure &procedure : catalog.all())
        io.out << QStringLiteral("%1  %2  level %3  %4 days  %5\n")
                      .arg(procedure.number, 2)
                      .arg(procedure.id, -45)
                      .arg(procedure.level)
                      .arg(procedure.processingDays, 2)
                      .arg(procedure.name.vi);
    return Success;
}

void showText(const Procedure &p, QTextStream &out)
{
    out << p.number << ". " << p.name.vi << '\n';
    if (!p.name.en.isEmpty())
        out << "   " << p.name.en << '\n';
    out << "id: " << p.id << "\nnational code: " << (p.nationalCode.isEmpty() ? QStringLiteral("-") : p.nationalCode)
        << "\ncatalog version: " << p.catalogVersion << "\nonline level: " << p.level
        << "\nagency: " << p.agency.name.vi << " (" << p.agency.sector << ", " << p.agency.level << ")"
        << "\nprocessing: " << p.processingDays << " working days";
    if (!p.processingNote.isEmpty())
        out << " (" << p.processingNote.vi << ')';
    out << "\nfee: " << (p.fee.amountVnd == 0 ? QStringLiteral("free") : QLocale::c().toString(p.fee.amountVnd) + QStringLiteral(" VND"));
    if (!p.fee.note.isEmpty())
        out << " (" << p.fee.note.vi << ')';
    out << "\nlegal basis:\n";
    for (const QString &basis : p.legalBasis)
        out << "  - " << basis << '\n';
    out << "parties:\n";
    for (const Party &party : p.parties)
        out << "  " << party.role << ": " << party.name.vi << "  required: " << yesNo(party.required) << "  card: " << yesNo(party.hasCard) << '\n';
    out << "form: " << p.form.name.vi;
    if (!p.form.templateRef.isEmpty())
        out << " [" << p.form.templateRef << ']';
    out << '\n';
    for (const FormSection &section : p.form.sections) {
        out << "  [" << section.id << "] " << section.title.vi << '\n';
        for (const FormField &field : section.fields) {
            out << "    " << field.id << "  " << fieldTypeName(field.type) << "  required: " << requirementText(field.required, field.requiredWhen);
            if (field.binding)
                out << "  binding: " << field.binding->toString();
            out << "  \"" << field.label.vi << "\"\n";
        }
    }
    out << "documents:\n";
    for (const DocumentRequirement &document : p.documents)
        out << "  " << document.id << ": " << document.name.vi << "  required: " << requirementText(document.required, document.requiredWhen)
            << "  original seen: " << yesNo(document.originalSeen) << "  reusable: " << yesNo(document.reusable) << '\n';
    if (!p.steps.isEmpty()) {
        out << "steps:\n";
        for (const ProcedureStep &step : p.steps)
            out << "  " << step.order << ". " << step.procedureId << "  " << step.agency.name.vi << " (" << step.agency.sector << ")  "
                << step.processingDays << " days" << (step.produces.isEmpty() ? QString() : QStringLiteral("  -> ") + step.produces.vi) << '\n';
    }
}

int showProcedure(QStringList args, AdminIo &io)
{
    const bool json = takeFlag(args, QStringLiteral("--json"));
    bool isNumber = false;
    const int number = args.size() == 1 ? args.first().toInt(&isNumber) : 0;
    if (!isNumber) {
        printProceduresUsage(io.err);
        return Usage;
    }
    const Catalog catalog = loadCatalog(io);
    const Procedure *procedure = catalog.byNumber(number);
    if (!procedure) {
        io.err << "motcua-admin: no procedure number " << number << " in the catalog\n";
        return Failure;
    }
    if (json)
        io.out << QString::fromUtf8(QJsonDocument(toJson(*procedure)).toJson(QJsonDocument::Indented));
    else
        showText(*procedure, io.out);
    return Success;
}

int checkCatalog(const QStringList &args, AdminIo &io)
{
    if (args.size() > 1) {
        printProceduresUsage(io.err);
        return Usage;
    }
    const Catalog catalog = args.isEmpty() ? CatalogLoader::loadBuiltIn(overrideFolder(io)) : CatalogLoader::loadFolder(args.first());
    for (const CatalogProblem &problem : catalog.problems())
        io.out << problem.toString() << '\n';
    io.out << catalog.size() << " procedures loaded, " << catalog.problems().size() << " problems in "
           << catalog.skippedFiles().size() << " files\n";
    return catalog.problems().isEmpty() ? Success : Failure;
}

} // namespace

int runProceduresCommand(const QStringList &args, AdminIo &io)
{
    // The commands print every catalog problem themselves; the log would say each twice.
    // (QT_LOGGING_RULES still wins for whoever wants the log.)
    QLoggingCategory::setFilterRules(QStringLiteral("motcua.catalog.info=false\nmotcua.catalog.warning=false"));
    const QString command = args.value(0);
    const QStringList rest = args.mid(1);
    if (command == QLatin1String("list"))
        return listProcedures(rest, io);
    if (command == QLatin1String("show"))
        return showProcedure(rest, io);
    if (command == QLatin1String("check"))
        return checkCatalog(rest, io);
    printProceduresUsage(io.err);
    return Usage;
}

} // namespace motcua::admin
