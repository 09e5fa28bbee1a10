// The daily report: received, digitised and reused-data figures, and due/on-time counts,
// per procedure and clerk, straight from the clear report columns (no decryption).
#include "storage/DossierStore.h"

#include <map>
#include <utility>

namespace motcua {

Result<QList<DailyReportRow>> DossierStore::dailyReport(const QDate &day, const QString &unit)
{
    std::map<std::pair<QString, QString>, DailyReportRow> rows;
    const QString dayText = day.toString(Qt::ISODate);

    auto received = m_db.cached(QByteArrayLiteral(
        "SELECT procedure_id, clerk, count(*), sum(field_count), sum(reused_field_count), sum(attachment_count), "
        "sum(digitised_count) FROM dossiers WHERE received_day = ?1 AND (?2 = '' OR unit = ?2) "
        "GROUP BY procedure_id, clerk"));
    if (!received)
        return received.error();
    received->bind(1, dayText).bind(2, unit);
    for (;;) {
        auto row = received->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        DailyReportRow &r = rows[{received->text(0), received->text(1)}];
        r.procedureId = received->text(0);
        r.clerk = received->text(1);
        r.received = int(received->int64(2));
        r.fieldCount = int(received->int64(3));
        r.reusedFieldCount = int(received->int64(4));
        r.attachmentCount = int(received->int64(5));
        r.digitisedCount = int(received->int64(6));
    }

    auto due = m_db.cached(QByteArrayLiteral(
        "SELECT procedure_id, clerk, count(*), sum(result_day IS NOT NULL AND result_day <= due_date) "
        "FROM dossiers WHERE due_date = ?1 AND (?2 = '' OR unit = ?2) GROUP BY procedure_id, clerk"));
    if (!due)
        return due.error();
    due->bind(1, dayText).bind(2, unit);
    for (;;) {
        auto row = due->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        DailyReportRow &r = rows[{due->text(0), due->text(1)}];
        r.procedureId = due->text(0);
        r.clerk = due->text(1);
        r.due = int(due->int64(2));
        r.dueOnTime = int(due->int64(3));
    }

    QList<DailyReportRow> out;
    for (auto &[key, row] : rows)
        out.append(row);
    return out;
}

} // namespace motcua
