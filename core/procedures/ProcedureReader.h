#pragma once
// Internal to ProcedureParser: reads the parts of one catalog file into a Procedure, recording
// problems through a JsonReader. Split in two files: ProcedureParser.cpp (the procedure, agency,
// parties, documents, steps, conditions) and FormReader.cpp (the form and its fields).
#include "procedures/JsonReader.h"

#include <QHash>
#include <QList>

namespace motcua::catalog {

class ProcedureReader {
    Q_DECLARE_TR_FUNCTIONS(ProcedureParser)

public:
    explicit ProcedureReader(JsonReader &reader) : m_reader(reader) {}

    std::optional<Procedure> readProcedure(const QJsonObject &root);

private:
    std::optional<Agency> readAgency(const QJsonObject &parent, const QString &path);
    QList<Party> readParties(const QJsonObject &root);
    QStringList readLegalBasis(const QJsonObject &root);
    std::optional<Fee> readFee(const QJsonObject &root);
    QList<DocumentRequirement> readDocuments(const QJsonObject &root);
    QList<ProcedureStep> readSteps(const QJsonObject &root, int totalDays);
    std::optional<Condition> readCondition(const QJsonObject &parent, const QString &path);
    // "required" and "requiredWhen" are exclusive; shared by fields and documents.
    void readRequirement(const QJsonObject &object, const QString &path, bool &required, std::optional<Condition> &requiredWhen);
    void checkConditions(const Procedure &procedure);

    // FormReader.cpp
    std::optional<FormDefinition> readForm(const QJsonObject &root, const QList<Party> &parties);
    std::optional<FormSection> readSection(const QJsonObject &object, const QString &path, const QList<Party> &parties);
    std::optional<FormField> readField(const QJsonObject &object, const QString &path, const QList<Party> &parties);
    std::optional<Binding> readBinding(const QJsonObject &object, const QString &path, const QList<Party> &parties);
    void readTypeRules(const QJsonObject &object, const QString &path, FormField &field);
    QList<ChoiceOption> readOptions(const QJsonObject &object, const QString &path, bool isChoice);

    struct PendingCondition {
        QString path;
        Condition condition;
    };

    JsonReader &m_reader;
    QHash<QString, QString> m_fieldPaths;      // field id -> path of its first occurrence
    QList<PendingCondition> m_conditions;      // checked once every field is known
    bool m_partiesRead = false;                // false: binding roles are not checked (no noise)
};

} // namespace motcua::catalog
