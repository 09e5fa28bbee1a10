#include "StoreWorker.h"

#include "storage/WorkstationConfig.h"

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
