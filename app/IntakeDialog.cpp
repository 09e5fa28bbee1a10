#include "IntakeDialog.h"

#include "procedures/Prefill.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace motcua::app {

namespace {

QString sourceWords(FieldSource source)
{
    switch (source) {
    case FieldSource::Chip: return IntakeDialog::tr("From the card's chip");
    case FieldSource::Qr: return IntakeDialog::tr("From the QR code on the card");
    case FieldSource::Mrz: return IntakeDialog::tr("From the lines printed on the back of the card");
    case FieldSource::PopulationRegistry: return IntakeDialog::tr("From the population database");
    case FieldSource::EarlierDossier: return IntakeDialog::tr("From an earlier dossier");
    case FieldSource::Typed:
    case FieldSource::Unknown: break;
    }
    return IntakeDialog::tr("Filled in automatically");
}

} // namespace

IntakeDialog::IntakeDialog(Procedure procedure, QString language, QString clerk, calendar::WorkingCalendar workingCalendar,
                           const std::optional<IdentityDocument> &identity, QWidget *parent)
    : QDialog(parent), m_procedure(std::move(procedure)), m_language(std::move(language)), m_clerk(std::move(clerk)),
      m_calendar(std::move(workingCalendar)), m_citizen(identity)
{
    setWindowTitle(tr("New dossier — %1").arg(m_procedure.shortName.isEmpty() ? m_procedure.name.text(m_language)
                                                                             : m_procedure.shortName.text(m_language)));
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(QStringLiteral("<b>%1. %2</b>").arg(m_procedure.number).arg(m_procedure.name.text(m_language).toHtmlEscaped()), this);
    title->setWordWrap(true);
    layout->addWidget(title);
    m_citizenLabel = new QLabel(this);
    m_citizenLabel->setWordWrap(true);
    layout->addWidget(m_citizenLabel);
    m_problems = new QLabel(this);
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problems->hide();
    layout->addWidget(m_problems);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    auto *content = new QWidget(scroll);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(buildForm());
    contentLayout->addWidget(buildDocuments());
    contentLayout->addStretch();
    scroll->setWidget(content);
    layout->addWidget(scroll, 1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = m_buttons->button(QDialogButtonBox::Save);
    connect(m_save, &QPushButton::clicked, this, &IntakeDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    showCitizen();
    applyPrefill();
    resize(720, 780);
}

QWidget *IntakeDialog::buildForm()
{
    auto *form = new QWidget(this);
    auto *layout = new QVBoxLayout(form);
    layout->setContentsMargins(0, 0, 0, 0);
    for (const FormSection &section : m_procedure.form.sections) {
        auto *box = new QGroupBox(section.title.text(m_language), form);
        auto *rows = new QFormLayout(box);
        for (const FormField &field : section.fields)
            addEditor(box, rows, field);
        layout->addWidget(box);
    }
    return form;
}

void IntakeDialog::addEditor(QWidget *parent, QFormLayout *layout, const FormField &field)
{
    FieldRow row;
    row.field = field;
    auto *cell = new QWidget(parent);
    auto *cellLayout = new QVBoxLayout(cell);
    cellLayout->setContentsMargins(0, 0, 0, 0);
    cellLayout->setSpacing(2);
    if (field.type == FieldType::Choice || field.type == FieldType::Boolean) {
        row.combo = new QComboBox(cell);
        row.combo->addItem(QString(), QString()); // nothing chosen yet
        if (field.type == FieldType::Boolean) {
            row.combo->addItem(tr("Yes"), QStringLiteral("true"));
            row.combo->addItem(tr("No"), QStringLiteral("false"));
        } else {
            for (const ChoiceOption &option : field.options)
                row.combo->addItem(option.label.text(m_language), option.value);
        }
        cellLayout->addWidget(row.combo);
    } else {
        row.line = new QLineEdit(cell);
        if (field.type == FieldType::Date)
            row.line->setPlaceholderText(tr("dd/mm/yyyy"));
        if (field.maxLength)
            row.line->setMaxLength(*field.maxLength);
        cellLayout->addWidget(row.line);
    }
    // Named after the field, for tests and accessibility tools.
    (row.line ? static_cast<QWidget *>(row.line) : row.combo)->setObjectName(field.id);
    const QString help = field.help.text(m_language);
    if (!help.isEmpty())
        cell->setToolTip(help);
    row.problem = new QLabel(cell);
    row.problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    row.problem->setWordWrap(true);
    row.problem->hide();
    cellLayout->addWidget(row.problem);
    QString label = field.label.text(m_language);
    if (field.required)
        label += QStringLiteral(" *");
    layout->addRow(label, cell);
    m_fields.append(row);
}

QWidget *IntakeDialog::buildDocuments()
{
    auto *box = new QGroupBox(tr("Documents received"), this);
    auto *layout = new QVBoxLayout(box);
    if (m_procedure.documents.isEmpty())
        layout->addWidget(new QLabel(tr("This procedure needs no document."), box));
    for (const DocumentRequirement &document : m_procedure.documents) {
        auto *line = new QWidget(box);
        auto *lineLayout = new QHBoxLayout(line);
        lineLayout->setContentsMargins(0, 0, 0, 0);
        QString name = document.name.text(m_language);
        if (document.required)
            name += QStringLiteral(" *");
        else if (document.requiredWhen)
            name += tr(" (in some cases)");
        else
            name += tr(" (if any)");
        auto *nameLabel = new QLabel(name, line);
        nameLabel->setWordWrap(true);
        lineLayout->addWidget(nameLabel, 1);
        DocumentRow row{document, new QLabel(tr("no file"), line)};
        lineLayout->addWidget(row.file);
        auto *attach = new QPushButton(tr("Attach file…"), line);
        const QString id = document.id;
        connect(attach, &QPushButton::clicked, this, [this, id] { chooseFile(id); });
        lineLayout->addWidget(attach);
        layout->addWidget(line);
        m_documents.append(row);
    }
    return box;
}

void IntakeDialog::chooseFile(const QString &documentId)
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Attach a scanned document"), QString(),
                                                      tr("Scans and photos (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)"));
    if (!path.isEmpty())
        setDocumentFile(documentId, path);
}

void IntakeDialog::setDocumentFile(const QString &documentId, const QString &path)
{
    m_files.insert(documentId, path);
    for (const DocumentRow &row : std::as_const(m_documents))
        if (row.document.id == documentId)
            row.file->setText(QFileInfo(path).fileName());
}

void IntakeDialog::setCitizen(const IdentityDocument &identity)
{
    m_citizen = identity;
    showCitizen();
    applyPrefill();
}

void IntakeDialog::showCitizen()
{
    if (!m_citizen) {
        m_citizenLabel->setText(tr("Scan the QR code on the citizen's ID card (Scan panel): their details then fill in "
                                   "by themselves."));
        return;
    }
    const Person &person = m_citizen->person;
    QString text = tr("Citizen: <b>%1</b> · ID %2")
                       .arg(person.text(PersonKey::fullName).toHtmlEscaped(), person.text(PersonKey::id12).toHtmlEscaped());
    // What the reading noticed (e.g. the ID does not match the date of birth): the clerk decides.
    for (const QString &warning : m_citizen->warnings)
        text += QStringLiteral("<br><i>") + warning.toHtmlEscaped() + QStringLiteral("</i>");
    m_citizenLabel->setText(text);
}

void IntakeDialog::applyPrefill()
{
    const IntakeDraft prefilled = Intake::forCardHolder(m_procedure, m_citizen ? m_citizen->person : Person());
    for (FieldRow &row : m_fields) {
        const bool locked = prefilled.form.isReadOnly(row.field.id);
        const SourcedValue value = prefilled.form.value(row.field.id);
        const bool wasLocked = row.line ? row.line->isReadOnly() : !row.combo->isEnabled();
        if (row.line) {
            if (locked || wasLocked)
                row.line->setText(value.text); // a previous card's value goes with it
            row.line->setReadOnly(locked);
        } else {
            if (locked || wasLocked)
                row.combo->setCurrentIndex(std::max(0, row.combo->findData(value.text)));
            row.combo->setEnabled(!locked);
        }
        QWidget *editor = row.line ? static_cast<QWidget *>(row.line) : row.combo;
        editor->setToolTip(locked ? sourceWords(value.source) : QString());
    }
}

QString IntakeDialog::editorValue(const FieldRow &row) const
{
    if (row.combo)
        return row.combo->currentData().toString();
    const QString text = row.line->text().trimmed();
    if (row.field.type == FieldType::Date && !text.isEmpty()) {
        // Clerks type dd/mm/yyyy; the form stores yyyy-MM-dd. Anything else stays as typed
        // for FormValidator to report.
        const auto iso = Prefill::convert(row.field, QString(), text);
        return iso ? *iso : text;
    }
    return text;
}

bool IntakeDialog::setFieldText(const QString &fieldId, const QString &value)
{
    for (FieldRow &row : m_fields) {
        if (row.field.id != fieldId)
            continue;
        if (isFieldLocked(fieldId))
            return false;
        if (row.line) {
            row.line->setText(value);
            return true;
        }
        const int index = row.combo->findData(value);
        if (index < 0)
            return false;
        row.combo->setCurrentIndex(index);
        return true;
    }
    return false;
}

QString IntakeDialog::fieldText(const QString &fieldId) const
{
    for (const FieldRow &row : m_fields)
        if (row.field.id == fieldId)
            return editorValue(row);
    return {};
}

bool IntakeDialog::isFieldLocked(const QString &fieldId) const
{
    for (const FieldRow &row : m_fields)
        if (row.field.id == fieldId)
            return row.line ? row.line->isReadOnly() : !row.combo->isEnabled();
    return false;
}

IntakeDraft IntakeDialog::draft(const QDateTime &now) const
{
    IntakeDraft draft = Intake::forCardHolder(m_procedure, m_citizen ? m_citizen->person : Person());
    for (const FieldRow &row : m_fields)
        if (!draft.form.isReadOnly(row.field.id))
            draft.form.setValue(row.field.id, editorValue(row));
    for (const DocumentRequirement &document : m_procedure.documents) {
        const QString path = m_files.value(document.id);
        if (path.isEmpty())
            continue;
        // The store thread digitises the file and fills in its hash, size and type.
        Attachment attachment;
        attachment.documentId = document.id;
        attachment.fileName = QFileInfo(path).fileName();
        attachment.originalSeen = document.originalSeen;
        attachment.pages = 1;
        draft.attachments.append(attachment);
    }
    draft.clerk = m_clerk;
    draft.receivedAt = now;
    return draft;
}

void IntakeDialog::save()
{
    if (m_saving)
        return;
    const IntakeDraft current = draft(QDateTime::currentDateTime());
    const IntakeCheck check = Intake::check(m_procedure, current, m_language);
    showProblems(check);
    if (!check.ok())
        return;
    auto dossier = Intake::toDossier(m_procedure, current, m_calendar, m_language);
    if (!dossier) {
        showSaveError(dossier.error().message);
        return;
    }
    m_saving = true;
    m_save->setEnabled(false);
    m_save->setText(tr("Saving…"));
    emit saveRequested(*dossier, m_files);
}

void IntakeDialog::showSaveError(const QString &message)
{
    m_saving = false;
    m_save->setEnabled(true);
    m_save->setText(tr("Save"));
    m_shownProblems = {message};
    m_problems->setText(message.toHtmlEscaped());
    m_problems->show();
}

void IntakeDialog::showProblems(const IntakeCheck &check)
{
    for (FieldRow &row : m_fields) {
        QString message;
        for (const FormProblem &problem : check.formProblems)
            if (problem.fieldId == row.field.id)
                message = problem.message;
        row.problem->setText(message);
        row.problem->setVisible(!message.isEmpty());
    }
    m_shownProblems = Intake::describe(m_procedure, check, m_language);
    if (m_shownProblems.isEmpty()) {
        m_problems->hide();
        return;
    }
    QString html = tr("The dossier cannot be saved yet:") + QStringLiteral("<ul>");
    for (const QString &line : std::as_const(m_shownProblems))
        html += QStringLiteral("<li>") + line.toHtmlEscaped() + QStringLiteral("</li>");
    m_problems->setText(html + QStringLiteral("</ul>"));
    m_problems->show();
}

} // namespace motcua::app
