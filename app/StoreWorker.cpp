#include "StoreWorker.h"

#include "common/Logging.h"
#include "storage/WorkstationConfig.h"

#include <QFileInfo>
#include <QMimeDatabase>
#include <QRegularExpression>

namespace motcua::app {

StoreWorker::StoreWorker(QString dataDir)
    : m_dataDir(std::move(dataDir))
{
    qRegisterMetaType<QList<motcua::DossierSummary>>();
}

StoreWorker::~StoreWorker() = default;

void StoreWorker::open()
{
    auto store = openWorkstationStore(m_dataDir);
    if (!store) {
        emit failed(store.error().message);
        return;
    }
    m_store = std::move(store).value();
    const StoreConfig &config = m_store->config();
    emit opened(config.agencyCode, config.unit, config.workstation, config.codePattern);
    listRecent();
}

void StoreWorker::listRecent()
{
    if (!m_store)
        return;
    auto rows = m_store->list(QDate(), QDate());
    if (!rows) {
        emit failed(rows.error().message);
        return;
    }
    emitRows(*rows, QString());
}

void StoreWorker::emitRows(const QList<DossierSummary> &rows, const QString &query)
{
    emit dossiersReady(rows, query);
    QList<DossierSyncStatus> statuses;
    for (const DossierSummary &row : rows)
        if (auto status = m_store->syncStatus(row.uuid); status && status->has_value())
            statuses.append(**status);
    emit syncStatusesReady(statuses);
}

void StoreWorker::search(const QString &query)
{
    if (!m_store)
        return;
    const QString text = query.trimmed();
    if (text.isEmpty()) {
        listRecent();
        return;
    }
    Result<QList<DossierSummary>> rows = QList<DossierSummary>();
    switch (classifyQuery(text)) {
    case QueryKind::Id12: rows = m_store->findById12(text); break;
    case QueryKind::Code: rows = m_store->findByCode(text); break;
    case QueryKind::Name: rows = m_store->findByName(text); break;
    }
    if (!rows) {
        emit failed(rows.error().message);
        return;
    }
    emitRows(*rows, text);
}

void StoreWorker::saveDossier(const Dossier &dossier, const QMap<QString, QString> &filesByDocument)
{
    if (!m_store) {
        emit saveFailed(tr("The workstation's data is not open: the dossier was not saved."));
        return;
    }
    Dossier toSave = dossier;
    for (Attachment &attachment : toSave.attachments) {
        const QString path = filesByDocument.value(attachment.documentId);
        if (path.isEmpty())
            continue; // seen on paper only
        if (Status stored = digitise(attachment, path); !stored) {
            // The code only: a blob error's detail may name the file, which may name the citizen.
            qCWarning(lcStorage) << "intake: document" << attachment.documentId << "not digitised:" << stored.error().code;
            emit saveFailed(stored.error().message);
            return;
        }
    }
    auto saved = m_store->save(std::move(toSave), dossier.clerk);
    if (!saved) {
        // The blobs already put stay, unreferenced: content-addressed, a retry reuses them.
        qCWarning(lcStorage) << "intake: dossier not saved:" << saved.error().code << saved.error().detail;
        emit saveFailed(saved.error().message);
        return;
    }
    emit dossierSaved(saved->code);
}

Status StoreWorker::digitise(Attachment &attachment, const QString &path)
{
    const QFileInfo file(path);
    // The file's name may be citizen data: it goes to the clerk, never into the detail (the log).
    if (!file.isFile() || !file.isReadable()) {
        return Error{QStringLiteral("intake.file.unreadable"),
                     tr("The file \"%1\" cannot be read. Choose it again.").arg(file.fileName()),
                     QStringLiteral("document %1: not a readable file").arg(attachment.documentId)};
    }
    if (file.size() == 0) {
        return Error{QStringLiteral("intake.file.empty"),
                     tr("The file \"%1\" is empty: scan the document again and attach the new file.").arg(file.fileName()),
                     QStringLiteral("document %1: 0 bytes").arg(attachment.documentId)};
    }
    if (!m_blobs)
        m_blobs = std::make_unique<BlobStore>(WorkstationPaths::blobs(m_dataDir), *m_store->config().key);
    auto blob = m_blobs->putFile(path);
    if (!blob)
        return blob.error();
    attachment.sha256 = blob->sha256;
    attachment.size = blob->size;
    attachment.mimeType = QMimeDatabase().mimeTypeForFile(file).name();
    attachment.fileName = file.fileName();
    attachment.pages = 1; // counting the pages of a PDF or a multi-page scan comes later
    return Status::success();
}

QueryKind classifyQuery(const QString &query)
{
    static const QRegularExpression id12(QStringLiteral("^\\d{12}$"));
    static const QRegularExpression code(QStringLiteral("\\d.*-|-.*\\d"));
    if (id12.match(query).hasMatch())
        return QueryKind::Id12;
    if (code.match(query).hasMatch() && !query.contains(QLatin1Char(' ')))
        return QueryKind::Code;
    return QueryKind::Name;
}

} // namespace motcua::app
