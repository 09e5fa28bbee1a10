#pragma once
// The procedure catalog as value types: what a catalog file (resources/procedures/*.json,
// schema in resources/procedures/SCHEMA.md) says once it has been validated.
// Nothing here checks anything: ProcedureParser only builds these from a file without problems.
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace motcua {

// A text a person reads, in Vietnamese (always present) and English (may be empty).
struct LocalizedText {
    QString vi;
    QString en;

    // The text in `language` ("vi", "en"); Vietnamese when that language has none.
    QString text(const QString &language) const;
    bool isEmpty() const { return vi.isEmpty() && en.isEmpty(); }
    friend bool operator==(const LocalizedText &, const LocalizedText &) = default;
};

enum class FieldType { Text, Multiline, Date, Number, Boolean, Choice, Id12, Cmnd9, Phone, Email, Address, TaxCode };

// The names used in the files: "text", "multiline", "date", ..., "id12", "cmnd9", "taxCode".
QString fieldTypeName(FieldType type);
std::optional<FieldType> fieldTypeFromName(const QString &name);

// "requiredWhen": a field is required (or a document needed) when another field has a value.
struct Condition {
    enum class Kind { Equals, NotEmpty };
    QString field;         // id of a field of the same file
    Kind kind = Kind::NotEmpty;
    QString equals;        // Kind::Equals: the value as form text ("true"/"false" for booleans)
    bool notEmpty = true;  // Kind::NotEmpty: false means "is empty"
    friend bool operator==(const Condition &, const Condition &) = default;
};

// "holder.fullName" -> role "holder", key "fullName" (a PersonKey).
struct Binding {
    QString role;
    QString key;

    QString toString() const { return role + QLatin1Char('.') + key; }
    // Splits at the first dot; nullopt when either side is empty.
    static std::optional<Binding> parse(const QString &text);
    friend bool operator==(const Binding &, const Binding &) = default;
};

struct ChoiceOption {
    QString value;
    LocalizedText label;
    friend bool operator==(const ChoiceOption &, const ChoiceOption &) = default;
};

struct FormField {
    QString id;
    LocalizedText label;
    FieldType type = FieldType::Text;
    bool required = false;
    std::optional<Condition> requiredWhen;
    std::optional<Binding> binding;
    std::optional<int> maxLength;
    QString pattern;
    LocalizedText patternMessage;
    std::optional<double> min;
    std::optional<double> max;
    bool notAfterToday = false;
    QList<ChoiceOption> options;
    LocalizedText help;

    bool isBound() const { return binding.has_value(); }
    bool hasOption(const QString &value) const;
    friend bool operator==(const FormField &, const FormField &) = default;
};

struct FormSection {
    QString id;
    LocalizedText title;
    QList<FormField> fields;
    friend bool operator==(const FormSection &, const FormSection &) = default;
};

struct FormDefinition {
    LocalizedText name;
    QString templateRef; // "template" in the file: where the official form is defined
    QList<FormSection> sections;
    friend bool operator==(const FormDefinition &, const FormDefinition &) = default;
};

struct Agency {
    QString sector; // police | justice | social-insurance | tax | natural-resources | transport | ...
    LocalizedText name;
    QString level;  // commune | province | national | enterprise

    static const QStringList &sectors();
    static const QStringList &levels();
    friend bool operator==(const Agency &, const Agency &) = default;
};

struct Party {
    QString role; // "holder", "child", "mother", "requester", ...
    LocalizedText name;
    bool required = false;
    bool hasCard = false;
    friend bool operator==(const Party &, const Party &) = default;
};

struct Fee {
    qint64 amountVnd = 0; // 0 = free
    LocalizedText note;
    friend bool operator==(const Fee &, const Fee &) = default;
};

struct DocumentRequirement {
    QString id;
    LocalizedText name;
    bool required = false;
    std::optional<Condition> requiredWhen;
    bool originalSeen = false; // the clerk must see the original (and digitises a copy)
    bool reusable = false;     // an earlier digitised copy of the same citizen may be reused
    LocalizedText note;
    friend bool operator==(const DocumentRequirement &, const DocumentRequirement &) = default;
};

// One agency's part of an interlinked procedure (15, 16): one dossier per step, in order.
struct ProcedureStep {
    int order = 0;
    QString procedureId;
    Agency agency;
    int processingDays = 0;
    LocalizedText produces;
    friend bool operator==(const ProcedureStep &, const ProcedureStep &) = default;
};

struct Procedure {
    QString id;
    int number = 0;
    QString nationalCode;
    QString catalogVersion; // yyyy-MM-dd of the last review
    LocalizedText name;
    LocalizedText shortName;
    int level = 0;
    Agency agency;
    int processingDays = 0; // working days; for interlinked procedures the whole chain
    LocalizedText processingNote;
    Fee fee;
    QStringList legalBasis;
    QList<Party> parties;
    FormDefinition form;
    QList<DocumentRequirement> documents;
    QList<ProcedureStep> steps;

    bool isInterlinked() const { return !steps.isEmpty(); }
    // Every field of every section, in form order.
    QList<FormField> fields() const;
    // nullptr when absent; valid while this Procedure lives unchanged.
    const FormField *field(const QString &fieldId) const;
    const Party *party(const QString &role) const;
    const DocumentRequirement *document(const QString &documentId) const;
    friend bool operator==(const Procedure &, const Procedure &) = default;
};

} // namespace motcua
