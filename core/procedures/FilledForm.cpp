#include "procedures/FilledForm.h"

namespace motcua {

void FilledForm::prefill(const QString &fieldId, const SourcedValue &value)
{
    if (value.isEmpty())
        return;
    m_prefilled.insert(fieldId, value);
    m_values.insert(fieldId, value);
    m_overrideReasons.remove(fieldId);
}

void FilledForm::setValue(const QString &fieldId, const QString &value, FieldSource source)
{
    if (value.isEmpty())
        m_values.remove(fieldId);
    else
        m_values.insert(fieldId, SourcedValue{value, source});
}

Status FilledForm::overrideBoundValue(const QString &fieldId, const QString &value, const QString &reason)
{
    if (!isPrefilled(fieldId))
        return Error{QStringLiteral("form.override.notPrefilled"),
                     tr("This field was not filled from population data: change it directly."),
                     QStringLiteral("field %1 has no pre-filled value").arg(fieldId)};
    if (reason.trimmed().isEmpty())
        return Error{QStringLiteral("form.override.reasonMissing"),
                     tr("Give a reason for changing a value that comes from population data."),
                     QStringLiteral("field %1").arg(fieldId)};
    setValue(fieldId, value, FieldSource::Typed);
    m_overrideReasons.insert(fieldId, reason.trimmed());
    return Status::success();
}

void FilledForm::markPartyPresent(const QString &role)
{
    m_presentParties.insert(role);
}

SourcedValue FilledForm::value(const QString &fieldId) const
{
    return m_values.value(fieldId);
}

bool FilledForm::differsFromPrefill(const QString &fieldId) const
{
    const auto prefilledValue = m_prefilled.constFind(fieldId);
    return prefilledValue != m_prefilled.constEnd() && value(fieldId).text != prefilledValue->text;
}

bool conditionHolds(const Condition &condition, const FilledForm &form)
{
    const QString current = form.text(condition.field);
    switch (condition.kind) {
    case Condition::Kind::Equals:
        return current == condition.equals;
    case Condition::Kind::NotEmpty:
        return current.trimmed().isEmpty() != condition.notEmpty;
    }
    return false;
}

} // namespace motcua
