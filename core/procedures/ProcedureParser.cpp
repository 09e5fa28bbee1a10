#include "procedures/ProcedureParser.h"

#include "procedures/ProcedureReader.h"

#include <QDate>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

namespace motcua {

namespace {

using catalog::JsonReader;
using catalog::Need;

// QJsonParseError gives a byte offset; whoever edits the file needs a line and a column.
QString positionOf(const QByteArray &json, int offset)
{
    const QByteArray before = json.left(offset);
    const qsizetype line = before.count('\n') + 1;
    const qsizetype column = offset - (before.lastIndexOf('\n') + 1) + 1;
    return ProcedureParser::tr("line %1, column %2").arg(line).arg(column);
}

bool isSlug(const QString &text)
{
    static const QRegularExpression slug(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    return slug.match(text).hasMatch();
}

} // namespace

ProcedureParser::Outcome ProcedureParser::parse(const QByteArray &json, const QString &file)
{
    JsonReader reader(file);
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        reader.problem(QString(), tr("Not valid JSON at %1: %2").arg(positionOf(json, error.offset), error.errorString()));
        return {std::nullopt, reader.problems()};
    }
    if (!document.isObject()) {
        reader.problem(QString(), tr("The file must hold one JSON object {...}"));
        return {std::nullopt, reader.problems()};
    }
    catalog::ProcedureReader procedureReader(reader);
    std::optional<Procedure> procedure = procedureReader.readProcedure(document.object());
    if (reader.hasProblems())
        procedure.reset();
    return {std::move(procedure), reader.problems()};
}

} // namespace motcua

namespace motcua::catalog {

std::optional<Procedure> ProcedureReader::readProcedure(const QJsonObject &root)
{
    // A file of another schema version would only produce noise: stop at the version.
    const auto version = m_reader.integer(root, QString(), QStringLiteral("schemaVersion"), Need::Required);
    if (!version)
        return std::nullopt;
    if (*version != ProcedureParser::kSchemaVersion) {
        m_reader.problem(QStringLiteral("schemaVersion"),
                         tr("Unsupported schema version %1 (this program reads version %2)").arg(*version).arg(ProcedureParser::kSchemaVersion));
        return std::nullopt;
    }
    m_reader.rejectUnknownKeys(root, QString(),
                               {QStringLiteral("schemaVersion"), QStringLiteral("id"), QStringLiteral("number"),
                                QStringLiteral("nationalCode"), QStringLiteral("catalogVersion"), QStringLiteral("name"),
                                QStringLiteral("shortName"), QStringLiteral("level"), QStringLiteral("agency"),
                                QStringLiteral("processingDays"), QStringLiteral("processingNote"), QStringLiteral("fee"),
                                QStringLiteral("legalBasis"), QStringLiteral("parties"), QStringLiteral("form"),
                                QStringLiteral("documents"), QStringLiteral("steps")});

    Procedure procedure;
    procedure.id = m_reader.string(root, QString(), QStringLiteral("id"), Need::Required).value_or(QString());
    if (root.contains(QStringLiteral("id")) && !procedure.id.isEmpty() && !isSlug(procedure.id))
        m_reader.problem(QStringLiteral("id"), tr("An id uses only a-z, 0-9 and single hyphens, like \"dang-ky-khai-sinh\""));
    else if (root.value(QStringLiteral("id")).isString() && procedure.id.isEmpty())
        m_reader.problem(QStringLiteral("id"), tr("The id is empty"));

    if (const auto number = m_reader.integer(root, QString(), QStringLiteral("number"), Need::Required)) {
        procedure.number = *number;
        if (*number < 1)
            m_reader.problem(QStringLiteral("number"), tr("The procedure number must be 1 or more"));
    }
    procedure.nationalCode = m_reader.string(root, QString(), QStringLiteral("nationalCode"), Need::Required).value_or(QString());
    if (const auto reviewed = m_reader.string(root, QString(), QStringLiteral("catalogVersion"), Need::Required)) {
        procedure.catalogVersion = *reviewed;
        if (!QDate::fromString(*reviewed, QStringLiteral("yyyy-MM-dd")).isValid())
            m_reader.problem(QStringLiteral("catalogVersion"), tr("Expected a date written yyyy-MM-dd"));
    }
    procedure.name = m_reader.text(root, QString(), QStringLiteral("name"), Need::Required).value_or(LocalizedText{});
    procedure.shortName = m_reader.text(root, QString(), QStringLiteral("shortName"), Need::Optional).value_or(LocalizedText{});
    if (const auto level = m_reader.integer(root, QString(), QStringLiteral("level"), Need::Required)) {
        procedure.level = *level;
        if (*level < 2 || *level > 4)
            m_reader.problem(QStringLiteral("level"), tr("The online service level is 2, 3 or 4, not %1").arg(*level));
    }
    procedure.agency = readAgency(root, QString()).value_or(Agency{});
    if (const auto days = m_reader.integer(root, QString(), QStringLiteral("processingDays"), Need::Required)) {
        procedure.processingDays = *days;
        if (*days < 0)
            m_reader.problem(QStringLiteral("processingDays"), tr("The processing time cannot be negative"));
    }
    procedure.processingNote = m_reader.text(root, QString(), QStringLiteral("processingNote"), Need::Optional).value_or(LocalizedText{});
    procedure.fee = readFee(root).value_or(Fee{});
    procedure.legalBasis = readLegalBasis(root);
    const qsizetype problemsBefore = m_reader.problems().size();
    procedure.parties = readParties(root);
    m_partiesRead = m_reader.problems().size() == problemsBefore;
    procedure.form = readForm(root, procedure.parties).value_or(FormDefinition{});
    procedure.documents = readDocuments(root);
    procedure.steps = readSteps(root, procedure.processingDays);
    checkConditions(procedure);
    return procedure;
}

std::optional<Agency> ProcedureReader::readAgency(const QJsonObject &parent, const QString &path)
{
    const auto object = m_reader.object(parent, path, QStringLiteral("agency"), Need::Required);
    if (!object)
        return std::nullopt;
    const QString here = JsonReader::join(path, QStringLiteral("agency"));
    m_reader.rejectUnknownKeys(*object, here, {QStringLiteral("sector"), QStringLiteral("name"), QStringLiteral("level")});
    Agency agency;
    agency.sector = m_reader.string(*object, here, QStringLiteral("sector"), Need::Required).value_or(QString());
    if (object->value(QStringLiteral("sector")).isString() && !Agency::sectors().contains(agency.sector))
        m_reader.problem(JsonReader::join(here, QStringLiteral("sector")),
                         tr("Unknown sector \"%1\" (allowed: %2)").arg(agency.sector, Agency::sectors().join(QStringLiteral(", "))));
    agency.name = m_reader.text(*object, here, QStringLiteral("name"), Need::Required).value_or(LocalizedText{});
    agency.level = m_reader.string(*object, here, QStringLiteral("level"), Need::Required).value_or(QString());
    if (object->value(QStringLiteral("level")).isString() && !Agency::levels().contains(agency.level))
        m_reader.problem(JsonReader::join(here, QStringLiteral("level")),
                         tr("Unknown agency level \"%1\" (allowed: %2)").arg(agency.level, Agency::levels().join(QStringLiteral(", "))));
    return agency;
}

std::optional<Fee> ProcedureReader::readFee(const QJsonObject &root)
{
    const auto object = m_reader.object(root, QString(), QStringLiteral("fee"), Need::Required);
    if (!object)
        return std::nullopt;
    const QString here = QStringLiteral("fee");
    m_reader.rejectUnknownKeys(*object, here, {QStringLiteral("amountVnd"), QStringLiteral("note")});
    Fee fee;
    if (const auto amount = m_reader.integer64(*object, here, QStringLiteral("amountVnd"), Need::Required)) {
        fee.amountVnd = *amount;
        if (*amount < 0)
            m_reader.problem(JsonReader::join(here, QStringLiteral("amountVnd")), tr("A fee cannot be negative"));
    }
    fee.note = m_reader.text(*object, here, QStringLiteral("note"), Need::Optional).value_or(LocalizedText{});
    return fee;
}

QStringList ProcedureReader::readLegalBasis(const QJsonObject &root)
{
    QStringList basis;
    const auto array = m_reader.array(root, QString(), QStringLiteral("legalBasis"), Need::Required);
    if (!array)
        return basis;
    for (qsizetype i = 0; i < array->size(); ++i) {
        const QJsonValue entry = array->at(i);
        if (!entry.isString() || entry.toString().trimmed().isEmpty())
            m_reader.problem(JsonReader::join(QStringLiteral("legalBasis"), i), tr("Expected the name of a legal document"));
        else
            basis.append(entry.toString());
    }
    return basis;
}

QList<Party> ProcedureReader::readParties(const QJsonObject &root)
{
    static const QRegularExpression rolePattern(QStringLiteral("^[a-z][A-Za-z0-9]*$"));
    QList<Party> parties;
    const auto array = m_reader.array(root, QString(), QStringLiteral("parties"), Need::Required);
    if (!array)
        return parties;
    if (array->isEmpty())
        m_reader.problem(QStringLiteral("parties"), tr("A procedure has at least one party"));
    for (qsizetype i = 0; i < array->size(); ++i) {
        const QString here = JsonReader::join(QStringLiteral("parties"), i);
        const auto object = m_reader.objectAt(*array, QStringLiteral("parties"), i);
        if (!object)
            continue;
        m_reader.rejectUnknownKeys(*object, here, {QStringLiteral("role"), QStringLiteral("name"), QStringLiteral("required"), QStringLiteral("hasCard")});
        Party party;
        party.role = m_reader.string(*object, here, QStringLiteral("role"), Need::Required).value_or(QString());
        const QString rolePath = JsonReader::join(here, QStringLiteral("role"));
        if (object->value(QStringLiteral("role")).isString() && !rolePattern.match(party.role).hasMatch())
            m_reader.problem(rolePath, tr("A role is one word of letters and digits starting with a lower-case letter, like \"holder\""));
        else if (!party.role.isEmpty()) {
            for (const Party &earlier : parties)
                if (earlier.role == party.role)
                    m_reader.problem(rolePath, tr("The role \"%1\" appears twice").arg(party.role));
        }
        party.name = m_reader.text(*object, here, QStringLiteral("name"), Need::Required).value_or(LocalizedText{});
        party.required = m_reader.boolean(*object, here, QStringLiteral("required"), Need::Optional).value_or(false);
        party.hasCard = m_reader.boolean(*object, here, QStringLiteral("hasCard"), Need::Optional).value_or(false);
        parties.append(party);
    }
    return parties;
}

void ProcedureReader::readRequirement(const QJsonObject &object, const QString &path, bool &required, std::optional<Condition> &requiredWhen)
{
    required = m_reader.boolean(object, path, QStringLiteral("required"), Need::Optional).value_or(false);
    if (!object.contains(QStringLiteral("requiredWhen")))
        return;
    requiredWhen = readCondition(object, path);
    if (required)
        m_reader.problem(JsonReader::join(path, QStringLiteral("requiredWhen")),
                         tr("Give either \"required\": true or \"requiredWhen\", not both"));
}

QList<DocumentRequirement> ProcedureReader::readDocuments(const QJsonObject &root)
{
    QList<DocumentRequirement> documents;
    const auto array = m_reader.array(root, QString(), QStringLiteral("documents"), Need::Required);
    if (!array)
        return documents;
    QHash<QString, QString> seen;
    for (qsizetype i = 0; i < array->size(); ++i) {
        const QString here = JsonReader::join(QStringLiteral("documents"), i);
        const auto object = m_reader.objectAt(*array, QStringLiteral("documents"), i);
        if (!object)
            continue;
        m_reader.rejectUnknownKeys(*object, here,
                                   {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("required"), QStringLiteral("requiredWhen"),
                                    QStringLiteral("originalSeen"), QStringLiteral("reusable"), QStringLiteral("note")});
        DocumentRequirement document;
        document.id = m_reader.string(*object, here, QStringLiteral("id"), Need::Required).value_or(QString());
        const QString idPath = JsonReader::join(here, QStringLiteral("id"));
        if (object->value(QStringLiteral("id")).isString() && !isSlug(document.id))
            m_reader.problem(idPath, tr("A document id uses only a-z, 0-9 and single hyphens, like \"birth-notice\""));
        else if (seen.contains(document.id))
            m_reader.problem(idPath, tr("The document id \"%1\" is already used at %2").arg(document.id, seen.value(document.id)));
        else if (!document.id.isEmpty())
            seen.insert(document.id, here);
        document.name = m_reader.text(*object, here, QStringLiteral("name"), Need::Required).value_or(LocalizedText{});
        readRequirement(*object, here, document.required, document.requiredWhen);
        document.originalSeen = m_reader.boolean(*object, here, QStringLiteral("originalSeen"), Need::Optional).value_or(false);
        document.reusable = m_reader.boolean(*object, here, QStringLiteral("reusable"), Need::Optional).value_or(false);
        document.note = m_reader.text(*object, here, QStringLiteral("note"), Need::Optional).value_or(LocalizedText{});
        documents.append(document);
    }
    return documents;
}

QList<ProcedureStep> ProcedureReader::readSteps(const QJsonObject &root, int totalDays)
{
    QList<ProcedureStep> steps;
    const auto array = m_reader.array(root, QString(), QStringLiteral("steps"), Need::Optional);
    if (!array)
        return steps;
    int daysByStep = 0;
    bool everyStepHasDays = true;
    for (qsizetype i = 0; i < array->size(); ++i) {
        const QString here = JsonReader::join(QStringLiteral("steps"), i);
        const auto object = m_reader.objectAt(*array, QStringLiteral("steps"), i);
        if (!object) {
            everyStepHasDays = false;
            continue;
        }
        m_reader.rejectUnknownKeys(*object, here,
                                   {QStringLiteral("order"), QStringLiteral("procedureId"), QStringLiteral("agency"),
                                    QStringLiteral("processingDays"), QStringLiteral("produces")});
        ProcedureStep step;
        if (const auto order = m_reader.integer(*object, here, QStringLiteral("order"), Need::Required)) {
            step.order = *order;
            if (!steps.isEmpty() && *order <= steps.last().order)
                m_reader.problem(JsonReader::join(here, QStringLiteral("order")),
                                 tr("Steps go in ascending order: step %1 cannot follow step %2").arg(*order).arg(steps.last().order));
        }
        step.procedureId = m_reader.string(*object, here, QStringLiteral("procedureId"), Need::Required).value_or(QString());
        if (object->value(QStringLiteral("procedureId")).isString() && !isSlug(step.procedureId))
            m_reader.problem(JsonReader::join(here, QStringLiteral("procedureId")), tr("Expected a procedure id like \"dang-ky-khai-sinh\""));
        step.agency = readAgency(*object, here).value_or(Agency{});
        if (const auto days = m_reader.integer(*object, here, QStringLiteral("processingDays"), Need::Required)) {
            step.processingDays = *days;
            daysByStep += *days;
            if (*days < 0)
                m_reader.problem(JsonReader::join(here, QStringLiteral("processingDays")), tr("The processing time cannot be negative"));
        } else {
            everyStepHasDays = false;
        }
        step.produces = m_reader.text(*object, here, QStringLiteral("produces"), Need::Optional).value_or(LocalizedText{});
        steps.append(step);
    }
    // The file's processingDays is the chain's total (SCHEMA.md): the appointment date depends on it.
    if (!steps.isEmpty() && everyStepHasDays && daysByStep != totalDays)
        m_reader.problem(QStringLiteral("processingDays"),
                         tr("The steps take %1 working days in all, but processingDays says %2").arg(daysByStep).arg(totalDays));
    return steps;
}

std::optional<Condition> ProcedureReader::readCondition(const QJsonObject &parent, const QString &path)
{
    const auto object = m_reader.object(parent, path, QStringLiteral("requiredWhen"), Need::Required);
    if (!object)
        return std::nullopt;
    const QString here = JsonReader::join(path, QStringLiteral("requiredWhen"));
    m_reader.rejectUnknownKeys(*object, here, {QStringLiteral("field"), QStringLiteral("equals"), QStringLiteral("notEmpty")});
    Condition condition;
    condition.field = m_reader.string(*object, here, QStringLiteral("field"), Need::Required).value_or(QString());
    const bool hasEquals = object->contains(QStringLiteral("equals"));
    const bool hasNotEmpty = object->contains(QStringLiteral("notEmpty"));
    if (hasEquals == hasNotEmpty) {
        m_reader.problem(here, tr("A condition has either \"equals\" or \"notEmpty\""));
        return std::nullopt;
    }
    if (hasNotEmpty) {
        condition.kind = Condition::Kind::NotEmpty;
        condition.notEmpty = m_reader.boolean(*object, here, QStringLiteral("notEmpty"), Need::Required).value_or(true);
    } else {
        condition.kind = Condition::Kind::Equals;
        // Form values are text: a boolean field holds "true"/"false", a number its digits.
        const QJsonValue equals = object->value(QStringLiteral("equals"));
        if (equals.isString())
            condition.equals = equals.toString();
        else if (equals.isBool())
            condition.equals = equals.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        else if (equals.isDouble())
            condition.equals = QString::number(equals.toDouble(), 'g', 17);
        else
            m_reader.problem(JsonReader::join(here, QStringLiteral("equals")), tr("Expected a text, a number, true or false"));
    }
    if (condition.field.isEmpty())
        return std::nullopt;
    m_conditions.append(PendingCondition{here, condition});
    return condition;
}

void ProcedureReader::checkConditions(const Procedure &procedure)
{
    for (const PendingCondition &pending : m_conditions) {
        const QString fieldPath = JsonReader::join(pending.path, QStringLiteral("field"));
        if (!m_fieldPaths.contains(pending.condition.field)) {
            m_reader.problem(fieldPath, tr("The condition names the field \"%1\", which the form does not have").arg(pending.condition.field));
            continue;
        }
        const FormField *target = procedure.field(pending.condition.field);
        if (!target)
            continue; // the field itself is faulty and already reported
        const bool equals = pending.condition.kind == Condition::Kind::Equals;
        if (equals && target->type == FieldType::Choice && !target->hasOption(pending.condition.equals))
            m_reader.problem(JsonReader::join(pending.path, QStringLiteral("equals")),
                             tr("\"%1\" is not one of the options of the field \"%2\"").arg(pending.condition.equals, target->id));
        if (equals && target->type == FieldType::Boolean && pending.condition.equals != QLatin1String("true")
            && pending.condition.equals != QLatin1String("false"))
            m_reader.problem(JsonReader::join(pending.path, QStringLiteral("equals")),
                             tr("The field \"%1\" is yes/no: compare it with true or false").arg(target->id));
    }
}

} // namespace motcua::catalog
