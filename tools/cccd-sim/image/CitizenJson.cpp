#include "CitizenJson.h"

#include "population/SyntheticPopulation.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace motcua::sim {

namespace {

const QString kDocumentNumber = QStringLiteral("documentNumber");
const QString kExpiryDate = QStringLiteral("expiryDate");
const QString kNone = QStringLiteral("none");

Error invalid(const QString &detail)
{
    return Error{QStringLiteral("sim.citizen.invalid"),
                 QCoreApplication::translate("Citizen", "The citizen file for the simulated card is not valid."), detail};
}

} // namespace

Result<Citizen> Citizen::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject())
        return invalid(parseError.errorString());
    const QJsonObject object = document.object();
    Citizen citizen;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it.value().isString())
            return invalid(QStringLiteral("key %1 is not a string").arg(it.key()));
        const QString value = it.value().toString();
        if (it.key() == kDocumentNumber)
            citizen.documentNumber = value;
        else if (it.key() == kExpiryDate)
            continue; // below, after idExpiryDate
        else if (PersonKey::isKnown(it.key()))
            citizen.person.set(it.key(), value, FieldSource::Typed);
        else
            return invalid(QStringLiteral("unknown key %1").arg(it.key()));
    }
    for (const QString &key : {PersonKey::id12, PersonKey::fullName, PersonKey::dateOfBirth, PersonKey::sex})
        if (!citizen.person.has(key))
            return invalid(QStringLiteral("missing %1").arg(key));
    if (citizen.person.text(PersonKey::id12).size() != 12 || !citizen.person.date(PersonKey::dateOfBirth).isValid())
        return invalid(QStringLiteral("id12 or dateOfBirth malformed"));
    if (citizen.documentNumber.isEmpty())
        citizen.documentNumber = citizen.person.text(PersonKey::id12).right(9);
    const QString expiry = object.value(kExpiryDate).toString(citizen.person.text(PersonKey::idExpiryDate));
    if (!expiry.isEmpty() && expiry != kNone) {
        citizen.expiryDate = QDate::fromString(expiry, Qt::ISODate);
        if (!citizen.expiryDate.isValid())
            return invalid(QStringLiteral("expiryDate malformed"));
    }
    citizen.person.set(PersonKey::idExpiryDate, citizen.expiryDate.isValid() ? citizen.expiryDate.toString(Qt::ISODate) : QString(),
                       FieldSource::Typed);
    return citizen;
}

QByteArray Citizen::toJson() const
{
    QJsonObject object;
    for (auto it = person.fields().cbegin(); it != person.fields().cend(); ++it)
        object.insert(it.key(), it->text);
    object.insert(kDocumentNumber, documentNumber);
    object.insert(kExpiryDate, expiryDate.isValid() ? expiryDate.toString(Qt::ISODate) : kNone);
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

Citizen Citizen::fromPopulation(const population::SyntheticPopulation &population, qint64 index)
{
    Citizen citizen;
    const Person registry = population.citizen(index);
    for (auto it = registry.fields().cbegin(); it != registry.fields().cend(); ++it)
        citizen.person.set(it.key(), it->text, FieldSource::Typed);
    citizen.documentNumber = citizen.person.text(PersonKey::id12).right(9);
    citizen.expiryDate = citizen.person.date(PersonKey::idExpiryDate);
    return citizen;
}

} // namespace motcua::sim
