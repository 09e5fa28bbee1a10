#include "dossier/DossierJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace motcua {

namespace {

QString key(const char *name) { return QString::fromLatin1(name); }

QJsonValue dateTimeToJson(const QDateTime &at)
{
    return at.isValid() ? QJsonValue(at.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QDateTime dateTimeFromJson(const QJsonValue &value)
{
    if (!value.isString())
        return {};
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
}

QJsonValue dateToJson(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

QDate dateFromJson(const QJsonValue &value)
{
    return value.isString() ? QDate::fromString(value.toString(), Qt::ISODate) : QDate();
}

QJsonValue uuidToJson(const QUuid &uuid)
{
    return uuid.isNull() ? QJsonValue() : QJsonValue(uuid.toString(QUuid::WithoutBraces));
}

QUuid uuidFromJson(const QJsonValue &value)
{
    return value.isString() ? QUuid::fromString(value.toString()) : QUuid();
}

QJsonObject personToJson(const Person &person)
{
    QJsonObject out;
    for (auto it = person.fields().cbegin(); it != person.fields().cend(); ++it)
        out.insert(it.key(), QJsonObject{{key("value"), it->text}, {key("source"), fieldSourceName(it->source)}});
    return out;
}

Person personFromJson(const QJsonObject &json)
{
    Person person;
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        const QJsonObject field = it.value().toObject();
        person.set(it.key(), field.value(key("value")).toString(),
                   fieldSourceFromName(field.value(key("source")).toString()));
    }
    return person;
}

QJsonObject attachmentToJson(const Attachment &a)
{
    return QJsonObject{
        {key("sha256"), a.sha256},
        {key("size"), double(a.size)}, // exact up to 2^53 bytes
        {key("documentId"), a.documentId},
        {key("fileName"), a.fileName},
        {key("mimeType"), a.mimeType},
        {key("pages"), a.pages},
        {key("originalSeen"), a.originalSeen},
        {key("reused"), a.reused},
        {key("reusedFromDossier"), uuidToJson(a.reusedFromDossier)},
    };
}

Attachment attachmentFromJson(const QJsonObject &json)
{
    Attachment a;
    a.sha256 = json.value(key("sha256")).toString();
    a.size = qint64(json.value(key("size")).toDouble());
    a.documentId = json.value(key("documentId")).toString();
    a.fileName = json.value(key("fileName")).toString();
    a.mimeType = json.value(key("mimeType")).toString();
    a.pages = json.value(key("pages")).toInt();
    a.originalSeen = json.value(key("originalSeen")).toBool();
    a.reused = json.value(key("reused")).toBool();
    a.reusedFromDossier = uuidFromJson(json.value(key("reusedFromDossier")));
    return a;
}

Error formatError(const QString &detail)
{
    return Error{QStringLiteral("dossier.json.invalid"),
                 QCoreApplication::translate("DossierJson", "The dossier data is damaged and cannot be read."),
                 detail};
}

} // namespace

QJsonObject dossierToJson(const Dossier &d)
{
    QJsonArray parties;
    for (const DossierParty &party : d.parties)
        parties.append(QJsonObject{{key("role"), party.role}, {key("person"), personToJson(party.person)}});

    QJsonObject fields;
    for (auto it = d.fields.cbegin(); it != d.fields.cend(); ++it) {
        QJsonObject field{{key("value"), it->value}, {key("source"), fieldSourceName(it->source)}};
        if (!it->overrideReason.isEmpty())
            field.insert(key("overrideReason"), it->overrideReason);
        fields.insert(it.key(), field);
    }

    QJsonArray attachments;
    for (const Attachment &a : d.attachments)
        attachments.append(attachmentToJson(a));

    QJsonArray history;
    for (const StatusChange &change : d.history)
        history.append(QJsonObject{{key("status"), dossierStatusName(change.status)},
                                   {key("at"), dateTimeToJson(change.at)},
                                   {key("actor"), change.actor},
                                   {key("note"), change.note}});

    return QJsonObject{
        {key("v"), kDossierJsonVersion},
        {key("uuid"), uuidToJson(d.uuid)},
        {key("code"), d.code},
        {key("procedureId"), d.procedureId},
        {key("revision"), d.revision},
        {key("agencyCode"), d.agencyCode},
        {key("unit"), d.unit},
        {key("workstation"), d.workstation},
        {key("clerk"), d.clerk},
        {key("receivedAt"), dateTimeToJson(d.receivedAt)},
        {key("dueDate"), dateToJson(d.dueDate)},
        {key("parties"), parties},
        {key("fields"), fields},
        {key("attachments"), attachments},
        {key("history"), history},
        {key("intakeId"), uuidToJson(d.intakeId)},
        {key("stepOrder"), d.stepOrder},
    };
}

Result<Dossier> dossierFromJson(const QJsonObject &json)
{
    const QJsonValue version = json.value(key("v"));
    if (!version.isDouble())
        return formatError(QStringLiteral("missing \"v\""));
    if (version.toInt() > kDossierJsonVersion) {
        return Error{QStringLiteral("dossier.json.newer"),
                     QCoreApplication::translate("DossierJson",
                                                 "The dossier was written by a newer version of MotCua Counter. "
                                                 "Update this workstation to open it."),
                     QStringLiteral("v=%1, supported=%2").arg(version.toInt()).arg(kDossierJsonVersion)};
    }
    if (version.toInt() < 1)
        return formatError(QStringLiteral("v=%1").arg(version.toInt()));

    Dossier d;
    d.uuid = uuidFromJson(json.value(key("uuid")));
    d.code = json.value(key("code")).toString();
    d.procedureId = json.value(key("procedureId")).toString();
    d.revision = json.value(key("revision")).toInt();
    d.agencyCode = json.value(key("agencyCode")).toString();
    d.unit = json.value(key("unit")).toString();
    d.workstation = json.value(key("workstation")).toString();
    d.clerk = json.value(key("clerk")).toString();
    d.receivedAt = dateTimeFromJson(json.value(key("receivedAt")));
    d.dueDate = dateFromJson(json.value(key("dueDate")));
    d.intakeId = uuidFromJson(json.value(key("intakeId")));
    d.stepOrder = json.value(key("stepOrder")).toInt();

    for (const QJsonValue &value : json.value(key("parties")).toArray()) {
        const QJsonObject party = value.toObject();
        d.parties.append(DossierParty{party.value(key("role")).toString(), personFromJson(party.value(key("person")).toObject())});
    }
    const QJsonObject fields = json.value(key("fields")).toObject();
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        const QJsonObject field = it.value().toObject();
        d.fields.insert(it.key(), FieldValue{field.value(key("value")).toString(),
                                             fieldSourceFromName(field.value(key("source")).toString()),
                                             field.value(key("overrideReason")).toString()});
    }
    for (const QJsonValue &value : json.value(key("attachments")).toArray())
        d.attachments.append(attachmentFromJson(value.toObject()));
    for (const QJsonValue &value : json.value(key("history")).toArray()) {
        const QJsonObject change = value.toObject();
        const QString statusName = change.value(key("status")).toString();
        const auto status = dossierStatusFromName(statusName);
        if (!status)
            return formatError(QStringLiteral("unknown status \"%1\"").arg(statusName));
        d.history.append(StatusChange{*status, dateTimeFromJson(change.value(key("at"))),
                                      change.value(key("actor")).toString(), change.value(key("note")).toString()});
    }
    return d;
}

QByteArray dossierToBytes(const Dossier &dossier)
{
    return QJsonDocument(dossierToJson(dossier)).toJson(QJsonDocument::Compact);
}

Result<Dossier> dossierFromBytes(const QByteArray &bytes)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return formatError(QStringLiteral("JSON: %1 at offset %2").arg(parseError.errorString()).arg(parseError.offset));
    return dossierFromJson(document.object());
}

} // namespace motcua
