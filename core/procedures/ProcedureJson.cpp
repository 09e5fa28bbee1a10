#include "procedures/ProcedureJson.h"

#include "procedures/ProcedureParser.h"

#include <QJsonArray>

namespace motcua {

namespace {

// Optional texts are left out when empty, as the files do.
void insertText(QJsonObject &object, const QString &key, const LocalizedText &text)
{
    if (!text.isEmpty())
        object.insert(key, toJson(text));
}

QJsonObject toJson(const Agency &agency)
{
    return {{QStringLiteral("sector"), agency.sector}, {QStringLiteral("name"), toJson(agency.name)}, {QStringLiteral("level"), agency.level}};
}

QJsonObject toJson(const Condition &condition)
{
    QJsonObject object{{QStringLiteral("field"), condition.field}};
    if (condition.kind == Condition::Kind::NotEmpty)
        object.insert(QStringLiteral("notEmpty"), condition.notEmpty);
    else
        object.insert(QStringLiteral("equals"), condition.equals);
    return object;
}

void insertRequirement(QJsonObject &object, bool required, const std::optional<Condition> &requiredWhen)
{
    if (requiredWhen)
        object.insert(QStringLiteral("requiredWhen"), toJson(*requiredWhen));
    else
        object.insert(QStringLiteral("required"), required);
}

QJsonObject toJson(const DocumentRequirement &document)
{
    QJsonObject object{{QStringLiteral("id"), document.id}, {QStringLiteral("name"), toJson(document.name)},
                       {QStringLiteral("originalSeen"), document.originalSeen}, {QStringLiteral("reusable"), document.reusable}};
    insertRequirement(object, document.required, document.requiredWhen);
    insertText(object, QStringLiteral("note"), document.note);
    return object;
}

QJsonObject toJson(const ProcedureStep &step)
{
    QJsonObject object{{QStringLiteral("order"), step.order}, {QStringLiteral("procedureId"), step.procedureId},
                       {QStringLiteral("agency"), toJson(step.agency)}, {QStringLiteral("processingDays"), step.processingDays}};
    insertText(object, QStringLiteral("produces"), step.produces);
    return object;
}

} // namespace

QJsonObject toJson(const LocalizedText &text)
{
    QJsonObject object{{QStringLiteral("vi"), text.vi}};
    if (!text.en.isEmpty())
        object.insert(QStringLiteral("en"), text.en);
    return object;
}

QJsonObject toJson(const FormField &field)
{
    QJsonObject object{{QStringLiteral("id"), field.id}, {QStringLiteral("label"), toJson(field.label)},
                       {QStringLiteral("type"), fieldTypeName(field.type)}};
    insertRequirement(object, field.required, field.requiredWhen);
    if (field.binding)
        object.insert(QStringLiteral("binding"), field.binding->toString());
    if (field.maxLength)
        object.insert(QStringLiteral("maxLength"), *field.maxLength);
    if (!field.pattern.isEmpty())
        object.insert(QStringLiteral("pattern"), field.pattern);
    insertText(object, QStringLiteral("patternMessage"), field.patternMessage);
    if (field.min)
        object.insert(QStringLiteral("min"), *field.min);
    if (field.max)
        object.insert(QStringLiteral("max"), *field.max);
    if (field.notAfterToday)
        object.insert(QStringLiteral("notAfterToday"), true);
    if (field.type == FieldType::Choice) {
        QJsonArray options;
        for (const ChoiceOption &option : field.options)
            options.append(QJsonObject{{QStringLiteral("value"), option.value}, {QStringLiteral("label"), toJson(option.label)}});
        object.insert(QStringLiteral("options"), options);
    }
    insertText(object, QStringLiteral("help"), field.help);
    return object;
}

QJsonObject toJson(const Procedure &procedure)
{
    QJsonArray parties;
    for (const Party &party : procedure.parties)
        parties.append(QJsonObject{{QStringLiteral("role"), party.role}, {QStringLiteral("name"), toJson(party.name)},
                                   {QStringLiteral("required"), party.required}, {QStringLiteral("hasCard"), party.hasCard}});
    QJsonArray sections;
    for (const FormSection &section : procedure.form.sections) {
        QJsonArray fields;
        for (const FormField &field : section.fields)
            fields.append(toJson(field));
        sections.append(QJsonObject{{QStringLiteral("id"), section.id}, {QStringLiteral("title"), toJson(section.title)},
                                    {QStringLiteral("fields"), fields}});
    }
    QJsonObject form{{QStringLiteral("name"), toJson(procedure.form.name)}, {QStringLiteral("sections"), sections}};
    if (!procedure.form.templateRef.isEmpty())
        form.insert(QStringLiteral("template"), procedure.form.templateRef);
    QJsonArray documents;
    for (const DocumentRequirement &document : procedure.documents)
        documents.append(toJson(document));
    QJsonObject fee{{QStringLiteral("amountVnd"), static_cast<double>(procedure.fee.amountVnd)}};
    insertText(fee, QStringLiteral("note"), procedure.fee.note);

    QJsonObject object{
        {QStringLiteral("schemaVersion"), ProcedureParser::kSchemaVersion},
        {QStringLiteral("id"), procedure.id},
        {QStringLiteral("number"), procedure.number},
        {QStringLiteral("nationalCode"), procedure.nationalCode},
        {QStringLiteral("catalogVersion"), procedure.catalogVersion},
        {QStringLiteral("name"), toJson(procedure.name)},
        {QStringLiteral("level"), procedure.level},
        {QStringLiteral("agency"), toJson(procedure.agency)},
        {QStringLiteral("processingDays"), procedure.processingDays},
        {QStringLiteral("fee"), fee},
        {QStringLiteral("legalBasis"), QJsonArray::fromStringList(procedure.legalBasis)},
        {QStringLiteral("parties"), parties},
        {QStringLiteral("form"), form},
        {QStringLiteral("documents"), documents},
    };
    insertText(object, QStringLiteral("shortName"), procedure.shortName);
    insertText(object, QStringLiteral("processingNote"), procedure.processingNote);
    if (!procedure.steps.isEmpty()) {
        QJsonArray steps;
        for (const ProcedureStep &step : procedure.steps)
            steps.append(toJson(step));
        object.insert(QStringLiteral("steps"), steps);
    }
    return object;
}

} // namespace motcua
