#pragma once
// "New dossier": the clerk's intake for one procedure. Shows the citizen from the last scanned
// card (and takes a newer one while open), the procedure's form with what the card gave locked,
// the documents to receive with a file for each, and Save. The rules live in core
// (procedures/Intake.h): this dialog only collects input and shows the problems. It reads no
// file: the store thread digitises the chosen files when the dossier is saved.
#include "calendar/WorkingDays.h"
#include "dossier/Dossier.h"
#include "identity/IdentityDocument.h"
#include "procedures/Intake.h"

#include <QDialog>
#include <QMap>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace motcua::app {

class IntakeDialog : public QDialog {
    Q_OBJECT
public:
    // `clerk`: who receives the dossier; `identity`: the card scanned before the dialog opened.
    IntakeDialog(Procedure procedure, QString language, QString clerk, calendar::WorkingCalendar workingCalendar,
                 const std::optional<IdentityDocument> &identity, QWidget *parent = nullptr);

    const Procedure &procedure() const { return m_procedure; }
    bool hasCitizen() const { return m_citizen.has_value(); }

    // The clerk's entry for a field that is not locked (the option's value for a choice,
    // "true"/"false" for yes/no; a date typed dd/mm/yyyy becomes yyyy-MM-dd). For tests.
    bool setFieldText(const QString &fieldId, const QString &value);
    QString fieldText(const QString &fieldId) const;
    bool isFieldLocked(const QString &fieldId) const;
    // The file chosen for a document (what "Attach file…" does after the file dialog).
    void setDocumentFile(const QString &documentId, const QString &path);
    const QMap<QString, QString> &documentFiles() const { return m_files; }

    // What the form holds now, as the draft Intake checks.
    IntakeDraft draft(const QDateTime &now) const;
    // The problems shown after the last Save (one line each), empty when there were none.
    QStringList shownProblems() const { return m_shownProblems; }

public slots:
    void setCitizen(const motcua::IdentityDocument &identity);
    // Checks and, when all is well, emits saveRequested and waits for the store's answer.
    void save();
    // The store's answer to saveRequested when it failed: the clerk may correct and retry.
    void showSaveError(const QString &message);

signals:
    void saveRequested(const motcua::Dossier &dossier, const QMap<QString, QString> &filesByDocument);

private:
    struct FieldRow {
        FormField field;
        QLineEdit *line = nullptr;  // text, numbers, dates, IDs...
        QComboBox *combo = nullptr; // choices and yes/no
        QLabel *problem = nullptr;
    };
    struct DocumentRow {
        DocumentRequirement document;
        QLabel *file = nullptr;
    };

    QWidget *buildForm();
    QWidget *buildDocuments();
    void addEditor(QWidget *parent, QFormLayout *layout, const FormField &field);
    void showCitizen();
    // Locks the fields the card filled, with its values; unlocks the others.
    void applyPrefill();
    QString editorValue(const FieldRow &row) const;
    void showProblems(const IntakeCheck &check);
    void chooseFile(const QString &documentId);

    Procedure m_procedure;
    QString m_language;
    QString m_clerk;
    calendar::WorkingCalendar m_calendar;
    std::optional<IdentityDocument> m_citizen;
    QList<FieldRow> m_fields;
    QList<DocumentRow> m_documents;
    QMap<QString, QString> m_files; // document id -> file path
    QStringList m_shownProblems;
    QLabel *m_citizenLabel = nullptr;
    QLabel *m_problems = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_save = nullptr;
    bool m_saving = false;
};

} // namespace motcua::app
