#include "qr/CodeClassifier.h"

#include "identity/CccdQr.h"
#include "identity/PersonalId.h"

#include <QUrlQuery>

namespace motcua::qr {

namespace {

bool isDigits(QStringView text)
{
    for (QChar c : text)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    return !text.isEmpty();
}

// The card's QR starts with the 12-digit ID and a '|': anything that does is the card's, even
// when the rest is torn, so that the clerk hears what is missing instead of seeing raw text.
bool startsLikeCccd(const QString &text)
{
    return text.size() > 12 && text.at(12) == QLatin1Char('|') && isDigits(QStringView(text).left(12));
}

// A path without its trailing slashes, so that ".../tra-cuu" and ".../tra-cuu/" are the same page.
QString pagePath(const QUrl &url)
{
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    return path;
}

bool samePage(const QUrl &url, const QUrl &prefix)
{
    return url.scheme().compare(prefix.scheme(), Qt::CaseInsensitive) == 0
           && url.host().compare(prefix.host(), Qt::CaseInsensitive) == 0 && url.port() == prefix.port()
           && pagePath(url) == pagePath(prefix);
}

} // namespace

QString codeKindName(CodeKind kind)
{
    switch (kind) {
    case CodeKind::CccdIdentity: return QStringLiteral("cccd");
    case CodeKind::TornCccd: return QStringLiteral("tornCccd");
    case CodeKind::Receipt: return QStringLiteral("receipt");
    case CodeKind::Text: return QStringLiteral("text");
    }
    return QStringLiteral("text");
}

CodeClassifier::CodeClassifier(ReceiptCodeRules rules, QDate today) : m_rules(std::move(rules)), m_today(today)
{
    // Whole-text matches only, whatever the caller's expression: "X-0001" inside a sentence is
    // not a receipt.
    if (m_rules.dossierCode.isValid() && !m_rules.dossierCode.pattern().isEmpty())
        m_rules.dossierCode = QRegularExpression(QRegularExpression::anchoredPattern(m_rules.dossierCode.pattern()),
                                                 m_rules.dossierCode.patternOptions());
    else
        m_rules.dossierCode = QRegularExpression();
}

ClassifiedCode CodeClassifier::classify(const QString &text) const
{
    ClassifiedCode code;
    code.text = text.normalized(QString::NormalizationForm_C).trimmed();
    const auto asCccd = [&] {
        Result<IdentityDocument> identity = CccdQr::parse(code.text, m_today);
        if (identity) {
            code.kind = CodeKind::CccdIdentity;
            code.identity = std::move(identity).value();
        } else {
            code.kind = CodeKind::TornCccd;
            code.problem = identity.error();
        }
        return code;
    };
    if (startsLikeCccd(code.text))
        return asCccd();

    if (!m_rules.trackingUrlPrefix.isEmpty() && code.text.contains(QLatin1String("://"))) {
        const QUrl url(code.text, QUrl::StrictMode);
        const QUrl prefix(m_rules.trackingUrlPrefix, QUrl::TolerantMode);
        if (url.isValid() && samePage(url, prefix)) {
            const QUrlQuery query(url);
            QString dossierCode = query.queryItemValue(QStringLiteral("ma"), QUrl::FullyDecoded);
            if (dossierCode.isEmpty())
                dossierCode = query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
            if (!dossierCode.trimmed().isEmpty()) {
                code.kind = CodeKind::Receipt;
                code.dossierCode = dossierCode.trimmed();
                code.trackingUrl = url;
                return code;
            }
        }
    }
    if (m_rules.dossierCode.isValid() && !m_rules.dossierCode.pattern().isEmpty()
        && m_rules.dossierCode.match(code.text).hasMatch()) {
        code.kind = CodeKind::Receipt;
        code.dossierCode = code.text;
        return code;
    }
    // A bare valid ID: the first field of a card's QR that a scanner cut off after it.
    if (code.text.size() == 12 && isDigits(code.text) && PersonalId::validate(code.text, m_today))
        return asCccd();
    return code;
}

} // namespace motcua::qr
