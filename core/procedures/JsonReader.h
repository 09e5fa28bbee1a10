#pragma once
// Typed reading of a catalog file's JSON that records a CatalogProblem, with its JSON path,
// for every missing key, wrong type or unknown key. Internal to the procedures module.
#include "procedures/CatalogProblem.h"
#include "procedures/ProcedureTypes.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <optional>
#include <utility>

namespace motcua::catalog {

enum class Need { Required, Optional };

class JsonReader {
    Q_DECLARE_TR_FUNCTIONS(ProcedureParser)

public:
    explicit JsonReader(QString file) : m_file(std::move(file)) {}

    void problem(const QString &path, const QString &message);
    const CatalogProblems &problems() const { return m_problems; }
    bool hasProblems() const { return !m_problems.isEmpty(); }

    static QString join(const QString &path, const QString &key);
    static QString join(const QString &path, qsizetype index);

    // Reports every key of `object` that is not in `known` (a misspelt key must not pass
    // silently: "requried": true would otherwise make a field optional).
    void rejectUnknownKeys(const QJsonObject &object, const QString &path, const QStringList &known);

    std::optional<QString> string(const QJsonObject &object, const QString &path, const QString &key, Need need);
    std::optional<int> integer(const QJsonObject &object, const QString &path, const QString &key, Need need);
    std::optional<qint64> integer64(const QJsonObject &object, const QString &path, const QString &key, Need need);
    std::optional<double> number(const QJsonObject &object, const QString &path, const QString &key, Need need);
    // Absent optional booleans are false: every boolean of the schema says "yes" only when set.
    std::optional<bool> boolean(const QJsonObject &object, const QString &path, const QString &key, Need need);
    std::optional<LocalizedText> text(const QJsonObject &object, const QString &path, const QString &key, Need need);
    std::optional<QJsonObject> object(const QJsonObject &object, const QString &path, const QString &key, Need need);
    std::optional<QJsonArray> array(const QJsonObject &object, const QString &path, const QString &key, Need need);

    // An array element that must be an object.
    std::optional<QJsonObject> objectAt(const QJsonArray &array, const QString &path, qsizetype index);

private:
    // The value, or nullopt (with a problem when required) if the key is absent.
    std::optional<QJsonValue> value(const QJsonObject &object, const QString &path, const QString &key, Need need);

    QString m_file;
    CatalogProblems m_problems;
};

} // namespace motcua::catalog
