#include "procedures/Prefill.h"

#include "text/Folding.h"

#include <QDate>

namespace motcua {

namespace {

// Cards and registries write dates several ways (DG13 "dd/mm/yyyy", QR "ddMMyyyy").
std::optional<QString> toIsoDate(const QString &value)
{
    for (const QString &format : {QStringLiteral("yyyy-MM-dd"), QStringLiteral("dd/MM/yyyy"), QStringLiteral("ddMMyyyy")}) {
        const QDate date = QDate::fromString(value, format);
        if (date.isValid())
            return date.toString(Qt::ISODate);
    }
    return std::nullopt;
}

// The spellings of one sex value that an option might use ("male" in Person, "Nam" on a form).
QStringList sexSpellings(const QString &value)
{
    const QString folded = text::folded(value);
    if (folded == QLatin1String("male") || folded == QLatin1String("nam") || folded == QLatin1String("m"))
        return {QStringLiteral("male"), QStringLiteral("nam"), QStringLiteral("m")};
    if (folded == QLatin1String("female") || folded == QLatin1String("nu") || folded == QLatin1String("f"))
        return {QStringLiteral("female"), QStringLiteral("nu"), QStringLiteral("f")};
    return {folded};
}

std::optional<QString> toOption(const FormField &field, const QString &key, const QString &value)
{
    if (field.hasOption(value))
        return value;
    const QStringList spellings = key == PersonKey::sex ? sexSpellings(value) : QStringList{text::folded(value)};
    for (const ChoiceOption &option : field.options)
        if (spellings.contains(text::folded(option.value)) || spellings.contains(text::folded(option.label.vi))
            || spellings.contains(text::folded(option.label.en)))
            return option.value;
    return std::nullopt;
}

} // namespace

std::optional<QString> Prefill::convert(const FormField &field, const QString &key, const QString &value)
{
    switch (field.type) {
    case FieldType::Date:
        return toIsoDate(value);
    case FieldType::Choice:
        return toOption(field, key, value);
    case FieldType::Boolean:
        if (value == QLatin1String("true") || value == QLatin1String("false"))
            return value;
        return std::nullopt;
    case FieldType::Text:
    case FieldType::Multiline:
    case FieldType::Number:
    case FieldType::Id12:
    case FieldType::Cmnd9:
    case FieldType::Phone:
    case FieldType::Email:
    case FieldType::Address:
    case FieldType::TaxCode:
        return value;
    }
    return std::nullopt;
}

PrefillResult Prefill::fill(const Procedure &procedure, const QMap<QString, Person> &people)
{
    PrefillResult result;
    for (const Party &party : procedure.parties)
        if (!people.value(party.role).isEmpty())
            result.form.markPartyPresent(party.role);

    for (const FormSection &section : procedure.form.sections) {
        for (const FormField &field : section.fields) {
            if (!field.binding)
                continue;
            result.boundFields.append(field.id);
            const auto held = people.value(field.binding->role).get(field.binding->key);
            if (!held) {
                result.missingFields.append(field.id);
                continue;
            }
            const auto converted = convert(field, field.binding->key, held->text);
            if (!converted) {
                result.unconvertedFields.append(field.id);
                continue;
            }
            result.form.prefill(field.id, SourcedValue{*converted, held->source});
            result.filledFields.append(field.id);
        }
    }
    return result;
}

} // namespace motcua
