#include "identity/IdentityJson.h"

#include "identity/AccessKeys.h"
#include "identity/PersonalId.h"

#include <QJsonArray>

namespace motcua {

QJsonObject identityDocumentJson(const IdentityDocument &doc, const QString &mrzInformation)
{
    QJsonObject fields;
    for (auto it = doc.person.fields().cbegin(); it != doc.person.fields().cend(); ++it)
        fields.insert(it.key(), QJsonObject{{QStringLiteral("value"), it->text},
                                            {QStringLiteral("source"), fieldSourceName(it->source)}});
    QString can;
    if (const Result<QString> fromId = AccessKeys::canFromId12(doc.id12))
        can = *fromId;
    PersonalIdFacts facts;
    if (const Result<PersonalIdFacts> fromId = PersonalId::facts(doc.id12))
        facts = *fromId;
    return QJsonObject{
        {QStringLiteral("kind"), documentKindName(doc.kind)},
        {QStringLiteral("source"), fieldSourceName(doc.source)},
        {QStringLiteral("id12"), doc.id12},
        {QStringLiteral("documentNumber"), doc.documentNumber},
        {QStringLiteral("issueDate"), doc.issueDate.toString(Qt::ISODate)},
        {QStringLiteral("expiry"), doc.expiry.toString()},
        {QStringLiteral("fields"), fields},
        {QStringLiteral("extraFields"), QJsonArray::fromStringList(doc.extraFields)},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(doc.warnings)},
        {QStringLiteral("derived"),
         QJsonObject{{QStringLiteral("can"), can},
                     {QStringLiteral("mrzInformation"), mrzInformation},
                     {QStringLiteral("provinceCode"), facts.provinceCode},
                     {QStringLiteral("provinceName"), facts.provinceName},
                     {QStringLiteral("birthYearFromId"), facts.birthYear}}},
    };
}

} // namespace motcua
