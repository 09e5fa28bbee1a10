#pragma once
// Prefill: what the State already holds goes onto the form, so that the citizen does not declare
// it again. Each bound field ("holder.fullName") takes the value of its party's Person, with the
// Person's source; the field is then read-only unless the clerk records a reason.
#include "identity/Person.h"
#include "procedures/FilledForm.h"
#include "procedures/ProcedureTypes.h"

#include <QMap>

namespace motcua {

struct PrefillResult {
    FilledForm form;
    QStringList boundFields;       // every field with a binding, in form order
    QStringList filledFields;      // bound fields that received a value
    QStringList missingFields;     // bound fields whose party's Person does not hold the key (or is absent)
    QStringList unconvertedFields; // the Person holds the key, but the value does not fit the field
                                   // (e.g. not one of a choice's options): left empty for the clerk
};

class Prefill {
public:
    // `people`: party role -> what is known about that person (from card, QR, registry...).
    static PrefillResult fill(const Procedure &procedure, const QMap<QString, Person> &people);

    // The value of a Person's key as the field expects it, or nullopt when it does not fit.
    // Dates become yyyy-MM-dd; a choice takes the option whose value or label matches.
    static std::optional<QString> convert(const FormField &field, const QString &key, const QString &value);
};

} // namespace motcua
