#pragma once
// FormValidator: checks a FilledForm against its Procedure, field by field, in words a clerk
// understands ("This field is required"), and lists the required documents not yet received.
#include "procedures/FilledForm.h"
#include "procedures/ProcedureTypes.h"

#include <QCoreApplication>
#include <QDate>

namespace motcua {

struct FormProblem {
    QString fieldId;        // empty for a problem of the whole form (a missing party)
    QString message;        // translated, for the clerk
    QString partyRole = {}; // the missing party's role, when that is the problem
    friend bool operator==(const FormProblem &, const FormProblem &) = default;
};

class FormValidator {
    Q_DECLARE_TR_FUNCTIONS(FormValidator)

public:
    // `today` decides "notAfterToday" (a parameter so that tests fix it); `language` ("vi"/"en")
    // picks the catalog's own texts (patternMessage, party names) in messages.
    explicit FormValidator(QDate today, QString language = QStringLiteral("vi"));

    // At most one problem per field (the first that applies), in form order, then missing parties.
    QList<FormProblem> validate(const Procedure &procedure, const FilledForm &form) const;

    // The problem with one value of a field, or an empty string; the value is not empty.
    QString checkValue(const FormField &field, const QString &value) const;

    // The documents the dossier still needs: required ones, and those whose requiredWhen holds
    // for `form`, that are not among `provided` (document ids).
    static QList<DocumentRequirement> checkDocuments(const Procedure &procedure, const QStringList &provided,
                                                     const FilledForm &form = FilledForm());

private:
    QString checkType(const FormField &field, const QString &value) const;
    QString checkDate(const FormField &field, const QString &value) const;
    QString checkNumber(const FormField &field, const QString &value) const;
    QList<FormProblem> checkParties(const Procedure &procedure, const FilledForm &form) const;

    QDate m_today;
    QString m_language;
};

} // namespace motcua
