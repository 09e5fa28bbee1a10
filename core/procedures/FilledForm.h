#pragma once
// FilledForm: the values of one procedure's form for one dossier, each with its source.
// Values pre-filled from population data are read-only: the clerk may change one only by
// recording why (overrideBoundValue); FormValidator reports a change made without a reason.
#include "common/Result.h"
#include "identity/FieldSource.h"
#include "procedures/ProcedureTypes.h"

#include <QCoreApplication>
#include <QMap>
#include <QSet>

namespace motcua {

class FilledForm {
    Q_DECLARE_TR_FUNCTIONS(FilledForm)

public:
    // Prefill's entry point: the value as the State holds it; the field becomes read-only.
    void prefill(const QString &fieldId, const SourcedValue &value);
    // Sets what was typed or scanned; an empty value clears the field. Changing a pre-filled
    // value this way is possible, and FormValidator reports it until a reason is recorded.
    void setValue(const QString &fieldId, const QString &value, FieldSource source = FieldSource::Typed);
    // Changes a pre-filled value and records the clerk's reason (required, non-blank).
    Status overrideBoundValue(const QString &fieldId, const QString &value, const QString &reason);
    // The party takes part in this dossier (a card was read for it, or the clerk added it).
    void markPartyPresent(const QString &role);

    SourcedValue value(const QString &fieldId) const; // empty when unset
    QString text(const QString &fieldId) const { return value(fieldId).text; }
    bool isPrefilled(const QString &fieldId) const { return m_prefilled.contains(fieldId); }
    // Pre-filled and not overridden: the form shows it locked.
    bool isReadOnly(const QString &fieldId) const { return isPrefilled(fieldId) && !m_overrideReasons.contains(fieldId); }
    // The value differs from the pre-filled one.
    bool differsFromPrefill(const QString &fieldId) const;
    QString overrideReason(const QString &fieldId) const { return m_overrideReasons.value(fieldId); }

    const QMap<QString, SourcedValue> &values() const { return m_values; }
    const QMap<QString, SourcedValue> &prefilled() const { return m_prefilled; }
    const QMap<QString, QString> &overrideReasons() const { return m_overrideReasons; }
    const QSet<QString> &presentParties() const { return m_presentParties; }

    friend bool operator==(const FilledForm &, const FilledForm &) = default;

private:
    QMap<QString, SourcedValue> m_values;          // field id -> current value
    QMap<QString, SourcedValue> m_prefilled;       // field id -> value as pre-filled
    QMap<QString, QString> m_overrideReasons;      // field id -> why the clerk changed it
    QSet<QString> m_presentParties;
};

// Whether a "requiredWhen" condition holds for the form's current values.
bool conditionHolds(const Condition &condition, const FilledForm &form);

} // namespace motcua
