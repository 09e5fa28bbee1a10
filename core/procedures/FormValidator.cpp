#include "procedures/FormValidator.h"

#include "identity/PersonalId.h"

#include <QLocale>
#include <QRegularExpression>

namespace motcua {

namespace {

bool matchesWhole(const QString &pattern, const QString &value)
{
    const QRegularExpression expression(QRegularExpression::anchoredPattern(pattern));
    return expression.match(value).hasMatch();
}

// Clerks and citizens write phone numbers with spaces, dots or hyphens between the groups.
QString withoutSeparators(const QString &value)
{
    QString digits = value;
    digits.remove(QRegularExpression(QStringLiteral("[\\s.\\-]")));
    return digits;
}

bool isRequiredNow(const FormField &field, const FilledForm &form)
{
    return field.required || (field.requiredWhen && conditionHolds(*field.requiredWhen, form));
}

bool endsWithKey(const FormField &field, const QString &key)
{
    return (field.binding && field.binding->key == key) || field.id.endsWith(key, Qt::CaseInsensitive);
}

} // namespace

FormValidator::FormValidator(QDate today, QString language) : m_today(today), m_language(std::move(language)) {}

QList<FormProblem> FormValidator::validate(const Procedure &procedure, const FilledForm &form) const
{
    QList<FormProblem> problems;
    for (const FormSection &section : procedure.form.sections) {
        for (const FormField &field : section.fields) {
            const QString value = form.text(field.id);
            QString message;
            if (form.differsFromPrefill(field.id) && form.overrideReason(field.id).isEmpty())
                message = tr("This value comes from population data: record a reason to change it");
            else if (value.trimmed().isEmpty())
                message = isRequiredNow(field, form) ? tr("This field is required") : QString();
            else
                message = checkValue(field, value);
            if (!message.isEmpty())
                problems.append(FormProblem{field.id, message});
        }
    }
    problems += checkParties(procedure, form);
    return problems;
}

QString FormValidator::checkValue(const FormField &field, const QString &value) const
{
    if (QString typeProblem = checkType(field, value); !typeProblem.isEmpty())
        return typeProblem;
    if (field.maxLength && value.size() > *field.maxLength)
        return tr("At most %n characters", nullptr, *field.maxLength);
    if (!field.pattern.isEmpty() && !QRegularExpression(field.pattern).match(value).hasMatch()) {
        const QString own = field.patternMessage.text(m_language);
        return own.isEmpty() ? tr("This value does not have the expected form") : own;
    }
    return {};
}

QString FormValidator::checkType(const FormField &field, const QString &value) const
{
    switch (field.type) {
    case FieldType::Date:
        return checkDate(field, value);
    case FieldType::Number:
        return checkNumber(field, value);
    case FieldType::Boolean:
        if (value != QLatin1String("true") && value != QLatin1String("false"))
            return tr("Answer yes or no");
        return {};
    case FieldType::Choice:
        return field.hasOption(value) ? QString() : tr("Choose one of the listed options");
    case FieldType::Id12: {
        if (!matchesWhole(QStringLiteral("[0-9]{12}"), value))
            return tr("A 12-digit personal ID has 12 digits");
        // Province code and century/birth-year digits: what the ID's structure can rule out.
        const Status structure = PersonalId::validate(value, m_today);
        return structure.ok() ? QString() : structure.error().message;
    }
    case FieldType::Cmnd9:
        return matchesWhole(QStringLiteral("[0-9]{9}"), value) ? QString() : tr("An old ID card (CMND) number has 9 digits");
    case FieldType::Phone:
        return matchesWhole(QStringLiteral("0[0-9]{9}|\\+84[0-9]{9}"), withoutSeparators(value))
                   ? QString()
                   : tr("A phone number has 10 digits starting with 0, or +84 and 9 digits");
    case FieldType::Email:
        return matchesWhole(QStringLiteral("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"), value) ? QString() : tr("This is not a valid e-mail address");
    case FieldType::TaxCode:
        return matchesWhole(QStringLiteral("[0-9]{10}(-?[0-9]{3})?"), value) ? QString() : tr("A tax code has 10 or 13 digits");
    case FieldType::Text:
    case FieldType::Multiline:
    case FieldType::Address:
        return {};
    }
    return {};
}

QString FormValidator::checkDate(const FormField &field, const QString &value) const
{
    const QDate date = QDate::fromString(value, QStringLiteral("yyyy-MM-dd"));
    if (!date.isValid())
        return tr("This is not a valid date");
    if (field.notAfterToday && date > m_today) {
        if (endsWithKey(field, QStringLiteral("dateOfBirth")))
            return tr("Date of birth cannot be in the future");
        if (endsWithKey(field, QStringLiteral("dateOfDeath")))
            return tr("Date of death cannot be in the future");
        return tr("This date cannot be in the future");
    }
    return {};
}

QString FormValidator::checkNumber(const FormField &field, const QString &value) const
{
    bool ok = false;
    const double number = QLocale::c().toDouble(value.trimmed(), &ok);
    if (!ok)
        return tr("Enter a number");
    if (field.min && number < *field.min)
        return tr("The value must be at least %1").arg(QLocale::c().toString(*field.min));
    if (field.max && number > *field.max)
        return tr("The value must be at most %1").arg(QLocale::c().toString(*field.max));
    return {};
}

QList<FormProblem> FormValidator::checkParties(const Procedure &procedure, const FilledForm &form) const
{
    QList<FormProblem> problems;
    for (const Party &party : procedure.parties) {
        if (!party.required || form.presentParties().contains(party.role))
            continue;
        // A party without a card is present once the clerk has typed something of theirs.
        bool hasData = false;
        const QString prefix = party.role + QLatin1Char('.');
        for (const FormField &field : procedure.fields())
            if ((field.id.startsWith(prefix) || (field.binding && field.binding->role == party.role)) && !form.text(field.id).isEmpty())
                hasData = true;
        if (!hasData)
            problems.append(FormProblem{QString(), tr("This procedure needs the %1: add them to the dossier").arg(party.name.text(m_language)), party.role});
    }
    return problems;
}

QList<DocumentRequirement> FormValidator::checkDocuments(const Procedure &procedure, const QStringList &provided, const FilledForm &form)
{
    QList<DocumentRequirement> missing;
    for (const DocumentRequirement &document : procedure.documents) {
        const bool needed = document.required || (document.requiredWhen && conditionHolds(*document.requiredWhen, form));
        if (needed && !provided.contains(document.id))
            missing.append(document);
    }
    return missing;
}

} // namespace motcua
