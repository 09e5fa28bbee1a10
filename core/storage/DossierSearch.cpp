// Search over encrypted dossiers: blind-index tokens of ID numbers and folded names.
#include "storage/DossierStore.h"

#include "common/Logging.h"
#include "text/Folding.h"

#include <QSet>

#include <algorithm>

namespace motcua {

namespace {

QString id12Key(const QString &id12)
{
    QString digits = id12;
    digits.remove(QLatin1Char(' '));
    return digits.trimmed();
}

struct SearchToken {
    SearchKind kind;
    QByteArray token;
};

// Steps a query whose first column is a dossier id and collects the ids, in the query's order.
Result<QList<qint64>> firstColumnIds(sql::Statement &stmt)
{
    QList<qint64> ids;
    for (;;) {
        auto row = stmt.step();
        if (!row)
            return row.error();
        if (!*row)
            return ids;
        ids.append(stmt.int64(0));
    }
}

} // namespace

Status DossierStore::writeSearchTokens(const Dossier &dossier, qint64 dossierId, bool isNew)
{
    if (!isNew) {
        auto old = m_db.cached(QByteArrayLiteral("SELECT token FROM search_tokens WHERE dossier_id = ?1 AND kind = ?2"));
        if (!old)
            return old.error();
        old->bind(1, dossierId).bind(2, int(SearchKind::NameWord));
        QList<QByteArray> oldWords;
        for (;;) {
            auto row = old->step();
            if (!row)
                return row.error();
            if (!*row)
                break;
            oldWords.append(old->blob(0));
        }
        old = sql::Statement();
        for (const QByteArray &token : oldWords)
            if (Status s = adjustTokenCount(token, -1); !s)
                return s;
        auto clear = m_db.cached(QByteArrayLiteral("DELETE FROM search_tokens WHERE dossier_id = ?1"));
        if (!clear)
            return clear.error();
        clear->bind(1, dossierId);
        if (Status s = clear->run(); !s)
            return s;
    }

    QList<SearchToken> tokens;
    QSet<QByteArray> seen;
    const auto add = [&](SearchKind kind, const QByteArray &domain, const QString &value) {
        if (value.isEmpty())
            return;
        QByteArray token = m_index.token(domain, value);
        if (!seen.contains(token)) {
            seen.insert(token);
            tokens.append(SearchToken{kind, std::move(token)});
        }
    };
    for (const DossierParty &party : dossier.parties) {
        add(SearchKind::Id12, SearchDomain::id12, id12Key(party.person.text(PersonKey::id12)));
        const QString fullName = party.person.text(PersonKey::fullName);
        add(SearchKind::Name, SearchDomain::name, text::folded(fullName));
        for (const QString &word : text::foldedWords(fullName))
            add(SearchKind::NameWord, SearchDomain::nameWord, word);
    }

    auto insert = m_db.cached(QByteArrayLiteral("INSERT INTO search_tokens(dossier_id, kind, token) VALUES (?1, ?2, ?3)"));
    if (!insert)
        return insert.error();
    for (const SearchToken &t : tokens) {
        insert->reset();
        insert->bind(1, dossierId).bind(2, int(t.kind)).bind(3, t.token);
        if (Status s = insert->run(); !s)
            return s;
        if (t.kind != SearchKind::NameWord)
            continue; // only name words are ranked by count; the other tokens are near-unique
        if (Status s = adjustTokenCount(t.token, +1); !s)
            return s;
    }
    return Status::success();
}

// token_counts lets a name search start from its rarest word: "nguyen" is on ~38% of dossiers.
// Only name-word tokens are counted: ID and full-name tokens are (nearly) one per citizen, and
// counting them cost two random B-tree writes per save for a figure no query reads.
Status DossierStore::adjustTokenCount(const QByteArray &token, int delta)
{
    auto upsert = m_db.cached(QByteArrayLiteral(
        "INSERT INTO token_counts(token, n) VALUES (?1, ?2) ON CONFLICT(token) DO UPDATE SET n = n + excluded.n"));
    if (!upsert)
        return upsert.error();
    upsert->bind(1, token).bind(2, delta);
    if (Status s = upsert->run(); !s)
        return s;
    if (delta < 0) {
        auto prune = m_db.cached(QByteArrayLiteral("DELETE FROM token_counts WHERE token = ?1 AND n <= 0"));
        if (!prune)
            return prune.error();
        prune->bind(1, token);
        return prune->run();
    }
    return Status::success();
}

Result<qint64> DossierStore::tokenCount(const QByteArray &token)
{
    auto stmt = m_db.cached(QByteArrayLiteral("SELECT n FROM token_counts WHERE token = ?1"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, token);
    auto row = stmt->step();
    if (!row)
        return row.error();
    return *row ? stmt->int64(0) : 0;
}

Result<QList<qint64>> DossierStore::idsWithToken(const QByteArray &token, int limit)
{
    auto stmt = m_db.cached(QByteArrayLiteral(
        "SELECT dossier_id FROM search_tokens WHERE token = ?1 ORDER BY dossier_id DESC LIMIT ?2"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, token).bind(2, limit);
    return firstColumnIds(*stmt);
}

Result<QList<DossierSummary>> DossierStore::summariesOf(const QList<qint64> &ids)
{
    // One cached primary-key probe per id, in the caller's order: cheaper than parsing an
    // "IN (...)" list that differs on every call, and no re-ordering afterwards.
    auto stmt = m_db.cached(QByteArrayLiteral(
        "SELECT uuid, code, procedure_id, status, received_at, due_date, holder_name, clerk FROM dossiers "
        "WHERE id = ?1"));
    if (!stmt)
        return stmt.error();
    QList<DossierSummary> out;
    out.reserve(ids.size());
    for (qint64 id : ids) {
        stmt->reset();
        stmt->bind(1, id);
        auto row = stmt->step();
        if (!row)
            return row.error();
        if (!*row)
            continue;
        DossierSummary s;
        s.uuid = QUuid::fromString(stmt->text(0));
        s.code = stmt->text(1);
        s.procedureId = stmt->text(2);
        s.status = dossierStatusFromName(stmt->text(3)).value_or(DossierStatus::Received);
        s.receivedAt = QDateTime::fromString(stmt->text(4), Qt::ISODateWithMs).toUTC();
        s.dueDate = QDate::fromString(stmt->text(5), Qt::ISODate);
        auto name = m_cipher.decrypt(stmt->blob(6), holderNameAad(s.uuid));
        if (name) {
            s.holderName = QString::fromUtf8(*name);
        } else {
            // One altered row must not hide the others from the clerk; it is marked, logged and
            // reported by check().
            qCWarning(lcStorage) << "holder name of dossier" << uuidText(s.uuid) << "does not decrypt";
            s.holderName = tr("[damaged data]");
        }
        s.clerk = stmt->text(7);
        out.append(std::move(s));
    }
    return out;
}

Result<QList<DossierSummary>> DossierStore::findById12(const QString &id12, int limit)
{
    const QString key = id12Key(text::normalized(id12));
    if (key.isEmpty())
        return QList<DossierSummary>();
    auto ids = idsWithToken(m_index.token(SearchDomain::id12, key), limit);
    if (!ids)
        return ids.error();
    return summariesOf(*ids);
}

Result<QList<DossierSummary>> DossierStore::findByName(const QString &query, int limit)
{
    QStringList words = text::foldedWords(query);
    words.removeDuplicates();
    if (words.isEmpty() || limit <= 0)
        return QList<DossierSummary>();

    // Exact full-name matches first: one indexed look-up, the most selective there is.
    auto exact = idsWithToken(m_index.token(SearchDomain::name, words.join(QLatin1Char(' '))), limit);
    if (!exact)
        return exact.error();
    QList<qint64> ids = *exact;
    if (ids.size() >= limit)
        return summariesOf(ids);

    // Then every dossier holding all the words, driven by the rarest word so that a query with
    // "nguyen" never walks a third of the table; the other words are primary-key probes.
    QList<std::pair<qint64, QByteArray>> ranked;
    for (const QString &word : words) {
        const QByteArray token = m_index.token(SearchDomain::nameWord, word);
        auto count = tokenCount(token);
        if (!count)
            return count.error();
        if (*count == 0)
            return summariesOf(ids); // a word nobody has: only exact matches can exist (none)
        ranked.append({*count, token});
    }
    std::sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) { return a.first < b.first; });

    QByteArray sql = "SELECT t0.dossier_id FROM search_tokens t0 WHERE t0.token = ?1";
    for (int i = 1; i < ranked.size(); ++i)
        sql += " AND EXISTS (SELECT 1 FROM search_tokens t WHERE t.token = ?" + QByteArray::number(i + 1)
               + " AND t.dossier_id = t0.dossier_id)";
    sql += " ORDER BY t0.dossier_id DESC LIMIT ?" + QByteArray::number(ranked.size() + 1);
    auto stmt = m_db.cached(sql); // one text per word count: a handful in the cache
    if (!stmt)
        return stmt.error();
    for (int i = 0; i < ranked.size(); ++i)
        stmt->bind(i + 1, ranked.at(i).second);
    stmt->bind(int(ranked.size()) + 1, qint64(limit) + ids.size());
    const QSet<qint64> exactSet(ids.cbegin(), ids.cend());
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return row.error();
        if (!*row || ids.size() >= limit)
            break;
        const qint64 id = stmt->int64(0);
        if (!exactSet.contains(id))
            ids.append(id);
    }
    return summariesOf(ids);
}

Result<QList<DossierSummary>> DossierStore::findByCode(const QString &prefix, int limit)
{
    // A range on the NOCASE unique index (LIKE with ESCAPE would scan the table): every code that
    // starts with the prefix sorts between it and the prefix followed by the highest code point.
    auto stmt = m_db.cached(QByteArrayLiteral(
        "SELECT id FROM dossiers WHERE code >= ?1 AND code < ?1 || char(1114111) ORDER BY code DESC LIMIT ?2"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, prefix.trimmed()).bind(2, limit);
    auto ids = firstColumnIds(*stmt);
    if (!ids)
        return ids.error();
    return summariesOf(*ids);
}

Result<QList<DossierSummary>> DossierStore::list(const QDate &from, const QDate &to, int limit)
{
    // Newest first straight off the received_at index, stopping after `limit` rows: through the
    // received_day index an open range sorted the whole table. received_day is the local date of
    // received_at, so the day range lies inside this received_at window; the two days of margin
    // on each side cover any time-zone offset (rows keep the day they were saved with), and the
    // day test itself stays exact ("+" keeps the planner off the day index).
    const auto bound = [](const QDate &day, int margin, const char *open) {
        return day.isValid() ? day.startOfDay(Qt::UTC).addDays(margin).toString(Qt::ISODateWithMs)
                             : QString::fromLatin1(open);
    };
    auto stmt = m_db.cached(QByteArrayLiteral(
        "SELECT id FROM dossiers WHERE received_at >= ?4 AND received_at < ?5 "
        "AND +received_day >= ?1 AND +received_day <= ?2 ORDER BY received_at DESC, id DESC LIMIT ?3"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, from.isValid() ? from.toString(Qt::ISODate) : QStringLiteral("0000-00-00"))
        .bind(2, to.isValid() ? to.toString(Qt::ISODate) : QStringLiteral("9999-99-99"))
        .bind(3, limit)
        .bind(4, bound(from, -2, ""))
        .bind(5, bound(to, 3, "\x7f"));
    auto ids = firstColumnIds(*stmt);
    if (!ids)
        return ids.error();
    return summariesOf(*ids);
}

} // namespace motcua
