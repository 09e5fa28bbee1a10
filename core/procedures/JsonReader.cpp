#include "procedures/JsonReader.h"

#include <cmath>
#include <limits>

namespace motcua {

QString CatalogProblem::toString() const
{
    if (path.isEmpty())
        return file + QStringLiteral(": ") + message;
    return file + QStringLiteral(": ") + path + QStringLiteral(": ") + message;
}

} // namespace motcua

namespace motcua::catalog {

void JsonReader::problem(const QString &path, const QString &message)
{
    m_problems.append(CatalogProblem{m_file, path, message});
}

QString JsonReader::join(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

QString JsonReader::join(const QString &path, qsizetype index)
{
    return path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

void JsonReader::rejectUnknownKeys(const QJsonObject &object, const QString &path, const QStringList &known)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        if (!known.contains(it.key()))
            problem(join(path, it.key()), tr("Unknown key \"%1\" (known keys: %2)").arg(it.key(), known.join(QStringLiteral(", "))));
}

std::optional<QJsonValue> JsonReader::value(const QJsonObject &object, const QString &path, const QString &key, Need need)
{
    const auto it = object.constFind(key);
    if (it == object.constEnd()) {
        if (need == Need::Required)
            problem(join(path, key), tr("Required key \"%1\" is missing").arg(key));
        return std::nullopt;
    }
    return it.value();
}

std::optional<QString> JsonReader::string(const QJsonObject &object, const QString &path, const QString &key, Need need)
{
    const auto found = value(object, path, key, need);
    if (!found)
        return std::nullopt;
    if (!found->isString()) {
        problem(join(path, key), tr("Expected a text string"));
        return std::nullopt;
    }
    return found->toString();
}

std::optional<qint64> JsonReader::integer64(const QJsonObject &object, const QString &path, const QString &key, Need need)
{
    const auto found = value(object, path, key, need);
    if (!found)
        return std::nullopt;
    const double number = found->toDouble(std::numeric_limits<double>::quiet_NaN());
    // 2^53: beyond it a JSON number no longer holds every whole number exactly.
    constexpr double kExactLimit = 9007199254740992.0;
    if (!found->isDouble() || std::trunc(number) != number || std::fabs(number) > kExactLimit) {
        problem(join(path, key), tr("Expected a whole number"));
        return std::nullopt;
    }
    return static_cast<qint64>(number);
}

std::optional<int> JsonReader::integer(const QJsonObject &object, const QString &path, const QString &key, Need need)
{
    const auto wide = integer64(object, path, key, need);
    if (!wide)
        return std::nullopt;
    if (*wide < std::numeric_limits<int>::min() || *wide > std::numeric_limits<int>::max()) {
        problem(join(path, key), tr("The number is too large"));
        return std::nullopt;
    }
    return static_cast<int>(*wide);
}

std::optional<double> JsonReader::number(const QJsonObject &object, const QString &path, const QString &key, Need need)
{
    const auto found = value(object, path, key, need);
    if (!found)
        return std::nullopt;
    if (!found->isDouble()) {
        problem(join(path, key), tr("Expected a number"));
        return std::nullopt;
    }
    return found->toDouble();
}

std::optional<bool> JsonReader::boolean(const QJsonObject &object, const QString &path, const QString &key, Need need)
{
    const auto found = value(object, path, key, need);
    if (!found)
        return need == Need::Optional ? std::optional<bool>(false) : std::nullopt;
    if (!found->isBool()) {
        problem(join(path, key), tr("Expected true or false"));
        return std::nullopt;
    }
    return found->toBool();
}

std::optional<LocalizedText> JsonReader::text(const QJsonObject &object, const QString &path, const QString &key, Need need)
{
    const auto found = value(object, path, key, need);
    if (!found)
        return need == Need::Optional ? std::optional<LocalizedText>(LocalizedText{}) : std::nullopt;
    const QString here = join(path, key);
    if (!found->isObject()) {
        problem(here, tr("Expected a text object {\"vi\": \"...\", \"en\": \"...\"}"));
        return std::nullopt;
    }
    const QJsonObject translations = found->toObject();
    rejectUnknownKeys(translations, here, {QStringLiteral("vi"), QStringLiteral("en")});
    const auto vi = string(translations, here, QStringLiteral("vi"), Need::Required);
    const auto en = string(translations, here, QStringLiteral("en"), Need::Optional);
    if (vi && vi->trimmed().isEmpty())
        problem(join(here, QStringLiteral("vi")), tr("The Vietnamese text is empty"));
    if (!vi || vi->trimmed().isEmpty())
        return std::nullopt;
    return LocalizedText{*vi, en.value_or(QString())};
}

std::optional<QJsonObject> JsonReader::object(const QJsonObject &object, const QString &path, const QString &key, Need need)
{
    const auto found = value(object, path, key, need);
    if (!found)
        return std::nullopt;
    if (!found->isObject()) {
        problem(join(path, key), tr("Expected an object {...}"));
        return std::nullopt;
    }
    return found->toObject();
}

std::optional<QJsonArray> JsonReader::array(const QJsonObject &object, const QString &path, const QString &key, Need need)
{
    const auto found = value(object, path, key, need);
    if (!found)
        return std::nullopt;
    if (!found->isArray()) {
        problem(join(path, key), tr("Expected a list [...]"));
        return std::nullopt;
    }
    return found->toArray();
}

std::optional<QJsonObject> JsonReader::objectAt(const QJsonArray &array, const QString &path, qsizetype index)
{
    const QJsonValue element = array.at(index);
    if (!element.isObject()) {
        problem(join(path, index), tr("Expected an object {...}"));
        return std::nullopt;
    }
    return element.toObject();
}

} // namespace motcua::catalog
