// The endpoints of PROTOCOL.md. Messages in error bodies are English for the client's log (the
// client maps the stable code to a clerk's text); the server's own log gets no personal data.
#include "Api.h"

#include "dossier/Dossier.h"
#include "dossier/DossierJson.h"
#include "procedures/CatalogLoader.h"
#include "procedures/ProcedureJson.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimeZone>

namespace motcua::server {
namespace {

const QString kAlphabet = QStringLiteral("0123456789ABCDEFGHJKMNPQRSTVWXYZ"); // Crockford base32

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

ApiResponse with(ApiResponse response, const QByteArray &header, const QByteArray &value)
{
    response.headers.append({header, value});
    return response;
}

ApiResponse invalid(const QString &why)
{
    return errorAnswer(400, QStringLiteral("request.invalid"), why);
}

// The day a dossier counts in the reports: its reception day in Vietnam (UTC+7, no DST).
QDate vietnamDay(const QDateTime &at)
{
    return at.toUTC().addSecs(7 * 3600).date();
}

} // namespace

QByteArray ApiRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

ApiResponse jsonAnswer(int status, const QJsonObject &body)
{
    ApiResponse response;
    response.status = status;
    response.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    response.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    return response;
}

ApiResponse errorAnswer(int status, const QString &code, const QString &message, const QJsonObject &extra)
{
    QJsonObject body = extra;
    body.insert(QStringLiteral("error"), code);
    body.insert(QStringLiteral("message"), message);
    ApiResponse response = jsonAnswer(status, body);
    response.logNote = code;
    return response;
}

Api::Api(ServerContext context) : m_context(std::move(context))
{
    QJsonArray procedures;
    const Catalog builtIn = CatalogLoader::loadBuiltIn();
    for (const Procedure &procedure : builtIn.all())
        procedures.append(toJson(procedure));
    m_catalog = QJsonDocument(QJsonObject{{QStringLiteral("procedures"), procedures}}).toJson(QJsonDocument::Compact);
}

QString Api::normaliseCode(const QString &typed)
{
    QString code;
    for (QChar c : typed.toUpper()) {
        if (c == QLatin1Char('-') || c.isSpace())
            continue;
        if (c == QLatin1Char('O'))
            c = QLatin1Char('0');
        else if (c == QLatin1Char('I') || c == QLatin1Char('L'))
            c = QLatin1Char('1');
        if (!kAlphabet.contains(c))
            return {};
        code += c;
    }
    return code.size() == 10 ? code : QString();
}

QString Api::newCode()
{
    QString code;
    for (int i = 0; i < 10; ++i)
        code += kAlphabet.at(int(QRandomGenerator::system()->bounded(32)));
    return code;
}

ApiResponse Api::handle(const ApiRequest &request)
{
    const QString prefix = QStringLiteral("/api/v1/");
    if (!request.path.startsWith(prefix))
        return errorAnswer(404, QStringLiteral("request.notFound"), QStringLiteral("No such endpoint."));
    const QStringList parts = request.path.mid(prefix.size()).split(QLatin1Char('/'));
    const QByteArray contentLength = request.header("Content-Length");
    if (contentLength.toLongLong() > kMaxBodyBytes || request.body.size() > kMaxBodyBytes)
        return errorAnswer(413, QStringLiteral("body.tooLarge"), QStringLiteral("A request body may hold at most 4 MiB."));

    if (parts == QStringList{QStringLiteral("enroll")}) {
        if (request.method != "POST")
            return errorAnswer(405, QStringLiteral("request.method"), QStringLiteral("Use POST."));
        return enroll(request);
    }

    // Every other endpoint: a certificate of our CA, in its validity, of a workstation not revoked.
    const ClientIdentity identity = checkClientCertificate(m_context.ca.certPem, request.clientCertDer, m_context.now());
    switch (identity.check) {
    case CertCheck::Missing:
        return errorAnswer(401, QStringLiteral("certificate.missing"), QStringLiteral("A client certificate is required."));
    case CertCheck::Untrusted:
        return errorAnswer(401, QStringLiteral("certificate.untrusted"), QStringLiteral("The client certificate is not from this server's authority."));
    case CertCheck::Expired:
        return errorAnswer(401, QStringLiteral("certificate.expired"), QStringLiteral("The client certificate is outside its validity."));
    case CertCheck::Valid:
        break;
    }
    auto workstation = m_context.storage->workstation(identity.commonName);
    if (!workstation)
        return errorAnswer(503, QStringLiteral("server.unavailable"), QStringLiteral("Try again later."));
    // A certificate of our CA that no enrollment recorded (a copied CA key, a reset database).
    if (!workstation->has_value() || (*workstation)->certSerial != identity.serial)
        return errorAnswer(401, QStringLiteral("certificate.untrusted"), QStringLiteral("The client certificate is not enrolled here."));
    if ((*workstation)->revoked)
        return errorAnswer(403, QStringLiteral("workstation.revoked"), QStringLiteral("This workstation has been revoked."));
    const QString ws = identity.commonName;

    ApiResponse response;
    if (parts.size() == 2 && parts[0] == QLatin1String("blobs")) {
        if (!BlobArea::isSha256(parts[1]))
            return invalid(QStringLiteral("A blob is named by 64 lower-case hex digits."));
        if (request.method == "HEAD")
            response = headBlob(parts[1]);
        else if (request.method == "PUT")
            response = putBlob(request, parts[1]);
        else
            return errorAnswer(405, QStringLiteral("request.method"), QStringLiteral("Use HEAD or PUT."));
    } else if (parts.size() == 2 && parts[0] == QLatin1String("dossiers") && request.method == "PUT") {
        response = putDossier(request, ws, parts[1]);
    } else if (parts == QStringList{QStringLiteral("changes")} && request.method == "GET") {
        response = changes(request, ws);
    } else if (parts.size() == 2 && parts[0] == QLatin1String("citizens") && request.method == "GET") {
        response = citizen(parts[1]);
    } else if (parts == QStringList{QStringLiteral("catalog")} && request.method == "GET") {
        response = catalog();
    } else if (parts == QStringList{QStringLiteral("reports"), QStringLiteral("daily")} && request.method == "GET") {
        response = dailyReport(request);
    } else {
        return errorAnswer(404, QStringLiteral("request.notFound"), QStringLiteral("No such endpoint."));
    }
    response.logNote = ws + QLatin1Char(' ') + response.logNote;
    return response;
}

ApiResponse Api::enroll(const ApiRequest &request)
{
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QString code = normaliseCode(body.value(QStringLiteral("code")).toString());
    const QByteArray csr = body.value(QStringLiteral("csr")).toString().toUtf8();
    const QString hostname = body.value(QStringLiteral("hostname")).toString().left(255);
    if (code.isEmpty())
        return errorAnswer(403, QStringLiteral("enrollment.codeInvalid"), QStringLiteral("Unknown, used or expired enrollment code."));
    const QDateTime now = m_context.now();
    QByteArray certificate;
    auto record = m_context.storage->redeem(code, hostname, now, [&](WorkstationRecord &ws) -> Status {
        auto issued = signClientCsr(m_context.ca, csr, ws.id, now.addSecs(-300), now.addYears(2));
        if (!issued)
            return issued.error();
        certificate = issued->certPem;
        ws.certSerial = issued->serial;
        return {};
    });
    if (!record) {
        const QString error = record.error().code;
        if (error == QLatin1String("enrollment.codeInvalid"))
            return errorAnswer(403, error, QStringLiteral("Unknown, used or expired enrollment code."));
        if (error == QLatin1String("enrollment.csrInvalid"))
            return errorAnswer(400, error, QStringLiteral("The CSR does not parse or its signature is wrong."));
        qWarning("enroll failed: %s", qPrintable(record.error().toString()));
        return errorAnswer(500, QStringLiteral("server.failed"), QStringLiteral("Enrollment failed on the server."));
    }
    ApiResponse response = jsonAnswer(200, QJsonObject{{QStringLiteral("workstationId"), record->id},
                                                       {QStringLiteral("unit"), record->unit},
                                                       {QStringLiteral("counter"), record->counter},
                                                       {QStringLiteral("agency"), record->agency},
                                                       {QStringLiteral("certificate"), QString::fromLatin1(certificate)},
                                                       {QStringLiteral("caCertificate"), QString::fromLatin1(m_context.ca.certPem)}});
    response.logNote = QStringLiteral("enrolled ") + record->id;
    return response;
}

ApiResponse Api::headBlob(const QString &sha256)
{
    ApiResponse response;
    response.headOnly = true;
    if (const auto size = m_context.blobs->storedSize(sha256)) {
        response.status = 200;
        response.headers.append({QByteArrayLiteral("Content-Length"), QByteArray::number(*size)});
    } else {
        response.status = 404;
        response.headers.append({QByteArrayLiteral("Upload-Offset"), QByteArray::number(m_context.blobs->receivedBytes(sha256))});
        response.headers.append({QByteArrayLiteral("Content-Length"), QByteArrayLiteral("0")});
    }
    response.logNote = QStringLiteral("HEAD blob %1").arg(sha256.left(12));
    return response;
}

ApiResponse Api::putBlob(const ApiRequest &request, const QString &sha256)
{
    const QString note = QStringLiteral("PUT blob %1").arg(sha256.left(12));
    if (m_context.blobs->storedSize(sha256)) {
        ApiResponse response = jsonAnswer(200, QJsonObject{{QStringLiteral("sha256"), sha256}});
        response.logNote = note + QStringLiteral(" already stored");
        return response;
    }
    if (request.header("Content-Range").isEmpty() && request.body.isEmpty())
        return putEmptyBlob(sha256);
    static const QRegularExpression rangePattern(QStringLiteral("^bytes (\\d{1,15})-(\\d{1,15})/(\\d{1,15})$"));
    const auto match = rangePattern.match(QString::fromLatin1(request.header("Content-Range")).trimmed());
    if (!match.hasMatch())
        return invalid(QStringLiteral("Content-Range must be bytes START-END/TOTAL."));
    const qint64 start = match.captured(1).toLongLong();
    const qint64 end = match.captured(2).toLongLong();
    const qint64 total = match.captured(3).toLongLong();
    if (end < start || end >= total || end - start + 1 != request.body.size())
        return invalid(QStringLiteral("Content-Range does not match the body."));

    const qint64 received = m_context.blobs->receivedBytes(sha256);
    auto announced = m_context.storage->uploadTotal(sha256);
    if (!announced)
        return errorAnswer(503, QStringLiteral("server.unavailable"), QStringLiteral("Try again later."));
    auto mismatch = [&](qint64 offset) {
        return with(errorAnswer(416, QStringLiteral("blob.offsetMismatch"), QStringLiteral("Resume from Upload-Offset."),
                                QJsonObject{{QStringLiteral("uploadOffset"), offset}}),
                    "Upload-Offset", QByteArray::number(offset));
    };
    if (start != received || (announced->has_value() && received > 0 && **announced != total))
        return mismatch(received);
    if (received == 0)
        if (Status s = m_context.storage->setUploadTotal(sha256, total); !s)
            return errorAnswer(503, QStringLiteral("server.unavailable"), QStringLiteral("Try again later."));
    if (Status s = m_context.blobs->append(sha256, request.body); !s) {
        qWarning("blob append failed: %s", qPrintable(s.error().toString()));
        return errorAnswer(503, QStringLiteral("server.unavailable"), QStringLiteral("Try again later."));
    }
    if (end + 1 < total) {
        ApiResponse response = with(jsonAnswer(202, QJsonObject{{QStringLiteral("uploadOffset"), end + 1}}), "Upload-Offset",
                                    QByteArray::number(end + 1));
        response.logNote = note + QStringLiteral(" chunk");
        return response;
    }
    auto completion = m_context.blobs->complete(sha256);
    if (!completion) {
        qWarning("blob completion failed: %s", qPrintable(completion.error().toString()));
        return errorAnswer(503, QStringLiteral("server.unavailable"), QStringLiteral("Try again later."));
    }
    (void)m_context.storage->endUpload(sha256);
    if (*completion == BlobArea::Completion::HashMismatch)
        return errorAnswer(422, QStringLiteral("blob.hashMismatch"), QStringLiteral("The bytes do not hash to the name."));
    ApiResponse response = jsonAnswer(201, QJsonObject{{QStringLiteral("sha256"), sha256}, {QStringLiteral("size"), total}});
    response.logNote = note + QStringLiteral(" stored");
    return response;
}

ApiResponse Api::putEmptyBlob(const QString &sha256)
{
    // An empty document has no byte range to name (bytes 0-0/0 would be one byte): it comes
    // whole, without Content-Range and without a body, and must be named by the empty hash.
    static const QString emptyHash = QString::fromLatin1(QCryptographicHash::hash({}, QCryptographicHash::Sha256).toHex());
    if (sha256 != emptyHash)
        return invalid(QStringLiteral("Content-Range must be bytes START-END/TOTAL."));
    if (Status s = m_context.blobs->storeEmpty(); !s) {
        qWarning("empty blob not stored: %s", qPrintable(s.error().toString()));
        return errorAnswer(503, QStringLiteral("server.unavailable"), QStringLiteral("Try again later."));
    }
    ApiResponse response = jsonAnswer(201, QJsonObject{{QStringLiteral("sha256"), sha256}, {QStringLiteral("size"), 0}});
    response.logNote = QStringLiteral("PUT blob %1 stored (empty)").arg(sha256.left(12));
    return response;
}

ApiResponse Api::putDossier(const ApiRequest &request, const QString &workstation, const QString &uuidText)
{
    const QUuid uuid = QUuid::fromString(uuidText);
    if (uuid.isNull())
        return invalid(QStringLiteral("The path does not name a dossier UUID."));
    auto dossier = dossierFromBytes(request.body);
    if (!dossier)
        return invalid(QStringLiteral("The body is not a dossier."));
    const QString key = QString::fromLatin1(request.header("Idempotency-Key"));
    if (dossier->uuid != uuid || dossier->revision < 1
        || key != dossier->uuid.toString(QUuid::WithoutBraces) + QLatin1Char(':') + QString::number(dossier->revision))
        return invalid(QStringLiteral("The path, the body and the Idempotency-Key must name the same uuid:revision."));
    const QString note = QStringLiteral("PUT dossier %1 r%2").arg(uuidText).arg(dossier->revision);

    QJsonArray missing;
    for (const Attachment &attachment : dossier->attachments)
        if (attachment.isDigitised() && !m_context.blobs->storedSize(attachment.sha256) && !missing.contains(attachment.sha256))
            missing.append(attachment.sha256);
    if (!missing.isEmpty()) {
        ApiResponse response = errorAnswer(409, QStringLiteral("dossier.blobsMissing"), QStringLiteral("Upload the missing blobs first."),
                                           QJsonObject{{QStringLiteral("missing"), missing}});
        response.logNote = note + QStringLiteral(" blobsMissing");
        return response;
    }

    const DossierMetrics metrics = metricsOf(*dossier);
    DossierPut put;
    put.uuid = uuid;
    put.revision = dossier->revision;
    put.idempotencyKey = key;
    put.bodySha256 = QCryptographicHash::hash(request.body, QCryptographicHash::Sha256).toHex();
    put.body = request.body;
    put.workstation = workstation;
    put.code = dossier->code;
    put.unit = dossier->unit;
    put.procedureId = dossier->procedureId;
    put.receivedDay = vietnamDay(dossier->receivedAt);
    put.attachments = metrics.attachmentCount;
    put.digitised = metrics.digitisedCount;
    put.storedAt = m_context.now().toUTC();
    auto result = m_context.storage->putDossier(put, [&](qint64 cursor) {
        const QJsonObject body{{QStringLiteral("uuid"), uuidText.toLower()}, {QStringLiteral("revision"), put.revision},
                               {QStringLiteral("code"), put.code}, {QStringLiteral("receivedAt"), iso(put.storedAt)},
                               {QStringLiteral("cursor"), cursor}};
        return StoredAnswer{201, QJsonDocument(body).toJson(QJsonDocument::Compact)};
    });
    if (!result) {
        qWarning("dossier store failed: %s", qPrintable(result.error().toString()));
        return errorAnswer(503, QStringLiteral("server.unavailable"), QStringLiteral("Try again later."));
    }
    ApiResponse response;
    switch (result->outcome) {
    case PutOutcome::Stored:
    case PutOutcome::Replay:
        response.status = result->answer.status;
        response.body = result->answer.body;
        response.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
        response.logNote = note + (result->outcome == PutOutcome::Stored ? QStringLiteral(" stored") : QStringLiteral(" replay"));
        return response;
    case PutOutcome::Conflict:
        return errorAnswer(422, QStringLiteral("idempotency.conflict"), QStringLiteral("This Idempotency-Key was used with another body."));
    case PutOutcome::Stale:
        return errorAnswer(409, QStringLiteral("dossier.staleRevision"), QStringLiteral("A newer or equal revision is stored."),
                           QJsonObject{{QStringLiteral("stored"), result->storedRevision}});
    case PutOutcome::Foreign:
        return errorAnswer(403, QStringLiteral("dossier.foreign"), QStringLiteral("Another workstation sent this dossier."));
    }
    return response;
}

ApiResponse Api::changes(const ApiRequest &request, const QString &workstation)
{
    bool ok = true;
    const QString sinceText = request.query.queryItemValue(QStringLiteral("since"));
    const qint64 since = sinceText.isEmpty() ? 0 : sinceText.toLongLong(&ok);
    if (!ok || since < 0)
        return invalid(QStringLiteral("since must be a cursor."));
    const QString limitText = request.query.queryItemValue(QStringLiteral("limit"));
    const int limit = limitText.isEmpty() ? 100 : limitText.toInt(&ok);
    if (!ok || limit < 1 || limit > 500)
        return invalid(QStringLiteral("limit must be 1 to 500."));
    auto list = m_context.storage->changesSince(workstation, since, limit);
    if (!list)
        return errorAnswer(503, QStringLiteral("server.unavailable"), QStringLiteral("Try again later."));
    QJsonArray changes;
    qint64 next = since;
    for (const ChangeRecord &change : *list) {
        QJsonObject item{{QStringLiteral("cursor"), change.cursor}, {QStringLiteral("uuid"), change.uuid.toString(QUuid::WithoutBraces)},
                         {QStringLiteral("code"), change.code}, {QStringLiteral("status"), change.status},
                         {QStringLiteral("at"), iso(change.at)}};
        if (!change.reason.isEmpty())
            item.insert(QStringLiteral("reason"), change.reason);
        changes.append(item);
        next = change.cursor;
    }
    ApiResponse response = jsonAnswer(200, QJsonObject{{QStringLiteral("changes"), changes}, {QStringLiteral("next"), next}});
    response.logNote = QStringLiteral("changes since %1: %2").arg(since).arg(list->size());
    return response;
}

ApiResponse Api::citizen(const QString &id12)
{
    static const QRegularExpression twelveDigits(QStringLiteral("^\\d{12}$"));
    if (!twelveDigits.match(id12).hasMatch())
        return invalid(QStringLiteral("A personal ID has 12 digits."));
    auto record = m_context.storage->citizen(id12);
    if (!record)
        return errorAnswer(503, QStringLiteral("server.unavailable"), QStringLiteral("Try again later."));
    if (!record->has_value())
        return errorAnswer(404, QStringLiteral("citizen.notFound"), QStringLiteral("No such citizen."));
    ApiResponse response;
    response.body = **record;
    response.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    response.logNote = QStringLiteral("citizen look-up"); // never the ID
    return response;
}

ApiResponse Api::catalog()
{
    ApiResponse response;
    response.body = m_catalog;
    response.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    response.logNote = QStringLiteral("catalog");
    return response;
}

ApiResponse Api::dailyReport(const ApiRequest &request)
{
    const QDate day = QDate::fromString(request.query.queryItemValue(QStringLiteral("date")), Qt::ISODate);
    if (!day.isValid())
        return invalid(QStringLiteral("date must be YYYY-MM-DD."));
    const QString unit = request.query.queryItemValue(QStringLiteral("unit"));
    auto rows = m_context.storage->dailyReport(day, unit);
    if (!rows)
        return errorAnswer(503, QStringLiteral("server.unavailable"), QStringLiteral("Try again later."));
    QJsonArray list;
    for (const DailyRow &row : *rows)
        list.append(QJsonObject{{QStringLiteral("unit"), row.unit}, {QStringLiteral("procedureId"), row.procedureId},
                                {QStringLiteral("received"), row.received}, {QStringLiteral("attachments"), row.attachments},
                                {QStringLiteral("digitised"), row.digitised}});
    ApiResponse response = jsonAnswer(200, QJsonObject{{QStringLiteral("date"), day.toString(Qt::ISODate)}, {QStringLiteral("rows"), list}});
    response.logNote = QStringLiteral("daily report");
    return response;
}

} // namespace motcua::server
