#include "procedures/ProcedureTypes.h"

#include <array>
#include <utility>

namespace motcua {

namespace {
const std::array<std::pair<FieldType, const char *>, 12> kTypeNames{{
    {FieldType::Text, "text"},
    {FieldType::Multiline, "multiline"},
    {FieldType::Date, "date"},
    {FieldType::Number, "number"},
    {FieldType::Boolean, "boolean"},
    {FieldType::Choice, "choice"},
    {FieldType::Id12, "id12"},
    {FieldType::Cmnd9, "cmnd9"},
    {FieldType::Phone, "phone"},
    {FieldType::Email, "email"},
    {FieldType::Address, "address"},
    {FieldType::TaxCode, "taxCode"},
}};
} // namespace

QString LocalizedText::text(const QString &language) const
{
    if (language == QLatin1String("en") && !en.isEmpty())
        return en;
    return vi;
}

QString fieldTypeName(FieldType type)
{
    for (const auto &[value, name] : kTypeNames)
        if (value == type)
            return QString::fromLatin1(name);
    return QStringLiteral("text");
}

std::optional<FieldType> fieldTypeFromName(const QString &name)
{
    for (const auto &[value, text] : kTypeNames)
        if (name == QLatin1String(text))
            return value;
    return std::nullopt;
}

std::optional<Binding> Binding::parse(const QString &text)
{
    const qsizetype dot = text.indexOf(QLatin1Char('.'));
    if (dot <= 0 || dot == text.size() - 1)
        return std::nullopt;
    return Binding{text.left(dot), text.mid(dot + 1)};
}

bool FormField::hasOption(const QString &value) const
{
    for (const ChoiceOption &option : options)
        if (option.value == value)
            return true;
    return false;
}

const QStringList &Agency::sectors()
{
    static const QStringList list{
        QStringLiteral("police"), QStringLiteral("justice"), QStringLiteral("social-insurance"),
        QStringLiteral("tax"), QStringLiteral("natural-resources"), QStringLiteral("transport"),
        QStringLiteral("education"), QStringLiteral("labour"), QStringLiteral("power"),
        QStringLiteral("immigration")};
    return list;
}

const QStringList &Agency::levels()
{
    static const QStringList list{QStringLiteral("commune"), QStringLiteral("province"),
                                  QStringLiteral("national"), QStringLiteral("enterprise")};
    return list;
}

QList<FormField> Procedure::fields() const
{
    QList<FormField> all;
    for (const FormSection &section : form.sections)
        all += section.fields;
    return all;
}

const FormField *Procedure::field(const QString &fieldId) const
{
    for (const FormSection &section : form.sections)
        for (const FormField &candidate : section.fields)
            if (candidate.id == fieldId)
                return &candidate;
    return nullptr;
}

const Party *Procedure::party(const QString &role) const
{
    for (const Party &candidate : parties)
        if (candidate.role == role)
            return &candidate;
    return nullptr;
}

const DocumentRequirement *Procedure::document(const QString &documentId) const
{
    for (const DocumentRequirement &candidate : documents)
        if (candidate.id == documentId)
            return &candidate;
    return nullptr;
}

} // namespace motcua
