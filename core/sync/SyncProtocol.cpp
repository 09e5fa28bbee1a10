#include "sync/SyncProtocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace motcua::sync {

QByteArray contentRange(qint64 start, qint64 length, qint64 total)
{
    // END is inclusive. An empty blob has no byte to name (PROTOCOL.md has no form for it): the
    // engine never uploads one.
    return "bytes " + QByteArray::number(start) + '-' + QByteArray::number(start + length - 1) + '/'
           + QByteArray::number(total);
}

qint64 chunkLength(qint64 offset, qint64 total, qint64 maxChunk)
{
    return qBound<qint64>(0, total - offset, maxChunk);
}

std::optional<qint64> parseUploadOffset(const QByteArray &header)
{
    bool ok = false;
    const qint64 value = header.trimmed().toLongLong(&ok);
    if (!ok || value < 0)
        return std::nullopt;
    return value;
}

Verdict classify(int httpStatus, const QString &errorCode)
{
    if (httpStatus == 0 || httpStatus == 408 || httpStatus == 429 || httpStatus >= 500)
        return Verdict::Retry;
    if (httpStatus >= 200 && httpStatus < 300)
        return Verdict::Done;
    if (httpStatus == 401 || httpStatus == 403)
        return Verdict::Refused;
    if (httpStatus == 409 && errorCode == QLatin1String("dossier.blobsMissing"))
        return Verdict::BlobsMissing;
    if (httpStatus == 416)
        return Verdict::OffsetMismatch;
    if (httpStatus >= 400 && httpStatus < 500)
        return Verdict::Rejected;
    return Verdict::Retry; // 1xx/3xx: not part of the protocol; a proxy in the way, try later
}

ServerError parseServerError(const QByteArray &body)
{
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    ServerError error{json.value(QStringLiteral("error")).toString(), json.value(QStringLiteral("message")).toString(), {}};
    for (const QJsonValue &hash : json.value(QStringLiteral("missing")).toArray())
        error.missing.append(hash.toString());
    return error;
}

qint64 Backoff::ceilingMs(int attempt) const
{
    if (attempt >= 40)
        return m_capMs;
    return qMin(m_capMs, m_baseMs << attempt);
}

qint64 Backoff::nextDelayMs()
{
    const qint64 ceiling = ceilingMs(m_attempt);
    if (m_attempt < 40)
        ++m_attempt;
    std::uniform_int_distribution<qint64> pick(0, ceiling);
    return pick(m_random);
}

QString SyncText::reasonFor(const QString &errorCode, int httpStatus)
{
    if (errorCode == QLatin1String("certificate.missing") || errorCode == QLatin1String("certificate.untrusted"))
        return tr("The central server does not recognise this workstation. Ask the administrator to enroll it again.");
    if (errorCode == QLatin1String("certificate.expired"))
        return tr("This workstation's certificate has expired. Ask the administrator to enroll it again.");
    if (errorCode == QLatin1String("workstation.revoked"))
        return tr("The central server no longer accepts this workstation. Call the administrator.");
    if (errorCode == QLatin1String("dossier.staleRevision") || errorCode == QLatin1String("idempotency.conflict"))
        return tr("The central server already holds another version of this dossier. Call the administrator.");
    if (errorCode == QLatin1String("blob.hashMismatch"))
        return tr("A digitised document did not arrive intact. Sending it again.");
    if (errorCode == QLatin1String("body.tooLarge"))
        return tr("The central server refused a document as too large. Call the administrator.");
    if (errorCode == QLatin1String("request.invalid"))
        return tr("The central server refused the dossier as invalid. Call the administrator.");
    if (errorCode == QLatin1String("enrollment.codeInvalid"))
        return tr("The enrollment code is wrong, already used or expired. Ask for a new code.");
    if (errorCode == QLatin1String("enrollment.csrInvalid"))
        return tr("The central server refused this workstation's enrollment request.");
    if (httpStatus == 401 || httpStatus == 403)
        return tr("The central server refused this workstation. Call the administrator.");
    return tr("The central server refused the dossier. Call the administrator.");
}

} // namespace motcua::sync
