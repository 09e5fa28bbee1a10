// The form part of a catalog file: sections and fields with their types, rules and bindings.
#include "procedures/ProcedureReader.h"

#include "identity/Person.h"

#include <QRegularExpression>

namespace motcua::catalog {

namespace {

QStringList rolesOf(const QList<Party> &parties)
{
    QStringList roles;
    for (const Party &party : parties)
        roles.append(party.role);
    return roles;
}

} // namespace

std::optional<FormDefinition> ProcedureReader::readForm(const QJsonObject &root, const QList<Party> &parties)
{
    const auto object = m_reader.object(root, QString(), QStringLiteral("form"), Need::Required);
    if (!object)
        return std::nullopt;
    const QString here = QStringLiteral("form");
    m_reader.rejectUnknownKeys(*object, here, {QStringLiteral("name"), QStringLiteral("template"), QStringLiteral("sections")});
    FormDefinition form;
    form.name = m_reader.text(*object, here, QStringLiteral("name"), Need::Required).value_or(LocalizedText{});
    form.templateRef = m_reader.string(*object, here, QStringLiteral("template"), Need::Optional).value_or(QString());
    const auto sections = m_reader.array(*object, here, QStringLiteral("sections"), Need::Required);
    if (!sections)
        return form;
    const QString sectionsPath = JsonReader::join(here, QStringLiteral("sections"));
    if (sections->isEmpty())
        m_reader.problem(sectionsPath, tr("A form has at least one section"));
    QStringList sectionIds;
    for (qsizetype i = 0; i < sections->size(); ++i) {
        const auto sectionObject = m_reader.objectAt(*sections, sectionsPath, i);
        if (!sectionObject)
            continue;
        const QString sectionPath = JsonReader::join(sectionsPath, i);
        const auto section = readSection(*sectionObject, sectionPath, parties);
        if (!section)
            continue;
        if (sectionIds.contains(section->id))
            m_reader.problem(JsonReader::join(sectionPath, QStringLiteral("id")), tr("The section id \"%1\" appears twice").arg(section->id));
        sectionIds.append(section->id);
        form.sections.append(*section);
    }
    return form;
}

std::optional<FormSection> ProcedureReader::readSection(const QJsonObject &object, const QString &path, const QList<Party> &parties)
{
    m_reader.rejectUnknownKeys(object, path, {QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("fields")});
    FormSection section;
    section.id = m_reader.string(object, path, QStringLiteral("id"), Need::Required).value_or(QString());
    if (object.value(QStringLiteral("id")).isString() && section.id.trimmed().isEmpty())
        m_reader.problem(JsonReader::join(path, QStringLiteral("id")), tr("The id is empty"));
    section.title = m_reader.text(object, path, QStringLiteral("title"), Need::Required).value_or(LocalizedText{});
    const auto fields = m_reader.array(object, path, QStringLiteral("fields"), Need::Required);
    if (!fields)
        return section;
    const QString fieldsPath = JsonReader::join(path, QStringLiteral("fields"));
    if (fields->isEmpty())
        m_reader.problem(fieldsPath, tr("A section has at least one field"));
    for (qsizetype i = 0; i < fields->size(); ++i) {
        const auto fieldObject = m_reader.objectAt(*fields, fieldsPath, i);
        if (!fieldObject)
            continue;
        if (auto field = readField(*fieldObject, JsonReader::join(fieldsPath, i), parties))
            section.fields.append(std::move(*field));
    }
    return section;
}

std::optional<FormField> ProcedureReader::readField(const QJsonObject &object, const QString &path, const QList<Party> &parties)
{
    static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9_.]+$"));
    m_reader.rejectUnknownKeys(object, path,
                               {QStringLiteral("id"), QStringLiteral("label"), QStringLiteral("type"), QStringLiteral("required"),
                                QStringLiteral("requiredWhen"), QStringLiteral("binding"), QStringLiteral("maxLength"),
                                QStringLiteral("pattern"), QStringLiteral("patternMessage"), QStringLiteral("min"),
                                QStringLiteral("max"), QStringLiteral("notAfterToday"), QStringLiteral("options"),
                                QStringLiteral("help")});
    FormField field;
    field.id = m_reader.string(object, path, QStringLiteral("id"), Need::Required).value_or(QString());
    const QString idPath = JsonReader::join(path, QStringLiteral("id"));
    if (object.value(QStringLiteral("id")).isString()) {
        if (!idPattern.match(field.id).hasMatch())
            m_reader.problem(idPath, tr("A field id uses only letters, digits, \"_\" and \".\", like \"holder.fullName\""));
        else if (m_fieldPaths.contains(field.id))
            m_reader.problem(idPath, tr("The field id \"%1\" is already used at %2").arg(field.id, m_fieldPaths.value(field.id)));
        else
            m_fieldPaths.insert(field.id, path);
    }
    field.label = m_reader.text(object, path, QStringLiteral("label"), Need::Required).value_or(LocalizedText{});
    const auto typeName = m_reader.string(object, path, QStringLiteral("type"), Need::Required);
    if (!typeName)
        return std::nullopt; // every further rule depends on the type
    const auto type = fieldTypeFromName(*typeName);
    if (!type) {
        m_reader.problem(JsonReader::join(path, QStringLiteral("type")),
                         tr("Unknown field type \"%1\" (known types: %2)")
                             .arg(*typeName, QStringList{QStringLiteral("text"), QStringLiteral("multiline"), QStringLiteral("date"),
                                                         QStringLiteral("number"), QStringLiteral("boolean"), QStringLiteral("choice"),
                                                         QStringLiteral("id12"), QStringLiteral("cmnd9"), QStringLiteral("phone"),
                                                         QStringLiteral("email"), QStringLiteral("address"), QStringLiteral("taxCode")}
                                                 .join(QStringLiteral(", "))));
        return std::nullopt;
    }
    field.type = *type;
    readRequirement(object, path, field.required, field.requiredWhen);
    field.binding = readBinding(object, path, parties);
    readTypeRules(object, path, field);
    field.help = m_reader.text(object, path, QStringLiteral("help"), Need::Optional).value_or(LocalizedText{});
    return field;
}

std::optional<Binding> ProcedureReader::readBinding(const QJsonObject &object, const QString &path, const QList<Party> &parties)
{
    const auto text = m_reader.string(object, path, QStringLiteral("binding"), Need::Optional);
    if (!text)
        return std::nullopt;
    const QString here = JsonReader::join(path, QStringLiteral("binding"));
    const auto binding = Binding::parse(*text);
    if (!binding) {
        m_reader.problem(here, tr("A binding looks like \"role.key\", e.g. \"holder.fullName\""));
        return std::nullopt;
    }
    const QStringList roles = rolesOf(parties);
    if (m_partiesRead && !roles.contains(binding->role))
        m_reader.problem(here, tr("\"%1\" is not a party of this procedure (parties: %2)").arg(binding->role, roles.join(QStringLiteral(", "))));
    if (!PersonKey::isKnown(binding->key))
        m_reader.problem(here, tr("\"%1\" is not a kind of population data (see PersonKey in SCHEMA.md)").arg(binding->key));
    return binding;
}

void ProcedureReader::readTypeRules(const QJsonObject &object, const QString &path, FormField &field)
{
    const auto onlyFor = [&](const QString &key, bool allowed, const QString &typeName) {
        if (object.contains(key) && !allowed)
            m_reader.problem(JsonReader::join(path, key), tr("Only %1 fields have \"%2\"").arg(typeName, key));
    };
    onlyFor(QStringLiteral("min"), field.type == FieldType::Number, QStringLiteral("number"));
    onlyFor(QStringLiteral("max"), field.type == FieldType::Number, QStringLiteral("number"));
    onlyFor(QStringLiteral("notAfterToday"), field.type == FieldType::Date, QStringLiteral("date"));

    if (const auto maxLength = m_reader.integer(object, path, QStringLiteral("maxLength"), Need::Optional)) {
        field.maxLength = *maxLength;
        if (*maxLength < 1)
            m_reader.problem(JsonReader::join(path, QStringLiteral("maxLength")), tr("A maximum length is 1 or more"));
    }
    if (const auto pattern = m_reader.string(object, path, QStringLiteral("pattern"), Need::Optional)) {
        const QRegularExpression expression(*pattern);
        if (!expression.isValid())
            m_reader.problem(JsonReader::join(path, QStringLiteral("pattern")),
                             tr("Invalid regular expression: %1 at offset %2").arg(expression.errorString()).arg(expression.patternErrorOffset()));
        field.pattern = *pattern;
    }
    field.patternMessage = m_reader.text(object, path, QStringLiteral("patternMessage"), Need::Optional).value_or(LocalizedText{});
    field.min = m_reader.number(object, path, QStringLiteral("min"), Need::Optional);
    field.max = m_reader.number(object, path, QStringLiteral("max"), Need::Optional);
    if (field.min && field.max && *field.min > *field.max)
        m_reader.problem(JsonReader::join(path, QStringLiteral("min")), tr("The minimum is larger than the maximum"));
    field.notAfterToday = m_reader.boolean(object, path, QStringLiteral("notAfterToday"), Need::Optional).value_or(false);
    field.options = readOptions(object, path, field.type == FieldType::Choice);
}

QList<ChoiceOption> ProcedureReader::readOptions(const QJsonObject &object, const QString &path, bool isChoice)
{
    QList<ChoiceOption> options;
    const QString here = JsonReader::join(path, QStringLiteral("options"));
    if (!isChoice) {
        if (object.contains(QStringLiteral("options")))
            m_reader.problem(here, tr("Only choice fields have \"options\""));
        return options;
    }
    const auto array = m_reader.array(object, path, QStringLiteral("options"), Need::Required);
    if (!array)
        return options;
    if (array->isEmpty())
        m_reader.problem(here, tr("A choice field has at least one option"));
    for (qsizetype i = 0; i < array->size(); ++i) {
        const auto optionObject = m_reader.objectAt(*array, here, i);
        if (!optionObject)
            continue;
        const QString optionPath = JsonReader::join(here, i);
        m_reader.rejectUnknownKeys(*optionObject, optionPath, {QStringLiteral("value"), QStringLiteral("label")});
        ChoiceOption option;
        option.value = m_reader.string(*optionObject, optionPath, QStringLiteral("value"), Need::Required).value_or(QString());
        const QString valuePath = JsonReader::join(optionPath, QStringLiteral("value"));
        if (optionObject->value(QStringLiteral("value")).isString() && option.value.isEmpty())
            m_reader.problem(valuePath, tr("An option's value cannot be empty"));
        for (const ChoiceOption &earlier : options)
            if (!option.value.isEmpty() && earlier.value == option.value)
                m_reader.problem(valuePath, tr("The option \"%1\" appears twice").arg(option.value));
        option.label = m_reader.text(*optionObject, optionPath, QStringLiteral("label"), Need::Required).value_or(LocalizedText{});
        options.append(option);
    }
    return options;
}

} // namespace motcua::catalog
