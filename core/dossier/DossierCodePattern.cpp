#include "dossier/DossierCodePattern.h"

#include <QCoreApplication>

#include <optional>

namespace motcua {

namespace {

constexpr int kMaxSeqWidth = 9;

struct Token {
    QString name;   // without braces
    int seqWidth = -1; // >= 0 for {seq} / {seq:N}
};

std::optional<Token> parseToken(const QString &inner)
{
    static const QStringList plain{QStringLiteral("agencyCode"), QStringLiteral("unit"), QStringLiteral("workstation"),
                                   QStringLiteral("yyyy"), QStringLiteral("yy"), QStringLiteral("mm"),
                                   QStringLiteral("dd"), QStringLiteral("yymmdd")};
    if (plain.contains(inner))
        return Token{inner};
    if (inner == QLatin1String("seq"))
        return Token{inner, 0};
    if (inner.startsWith(QLatin1String("seq:"))) {
        bool ok = false;
        const int width = inner.mid(4).toInt(&ok);
        if (ok && width >= 1 && width <= kMaxSeqWidth && inner.mid(4).size() <= 2)
            return Token{QStringLiteral("seq"), width};
    }
    return std::nullopt;
}

Error patternError(const QString &message, const QString &detail)
{
    return Error{QStringLiteral("dossier.codePattern.invalid"), message, detail};
}

// lupdate files a string under the class whose tr() is called: this one names the context.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(DossierCodePattern)
};

// Expands the pattern; `seq` < 0 leaves the sequence token out (the scope).
QString expand(const QString &pattern, const CodeContext &context, const QDate &date, qint64 seq)
{
    QString out;
    qsizetype i = 0;
    while (i < pattern.size()) {
        const qsizetype close = pattern.at(i) == QLatin1Char('{') ? pattern.indexOf(QLatin1Char('}'), i) : -1;
        if (close < 0) {
            out.append(pattern.at(i++));
            continue;
        }
        const auto token = parseToken(pattern.mid(i + 1, close - i - 1));
        i = close + 1;
        if (!token)
            continue; // validate() refuses such patterns
        const QString &name = token->name;
        if (token->seqWidth >= 0) {
            if (seq >= 0)
                out.append(QString::number(seq).rightJustified(token->seqWidth, QLatin1Char('0')));
        } else if (name == QLatin1String("agencyCode")) {
            out.append(context.agencyCode);
        } else if (name == QLatin1String("unit")) {
            out.append(context.unit);
        } else if (name == QLatin1String("workstation")) {
            out.append(context.workstation);
        } else if (name == QLatin1String("yyyy")) {
            out.append(date.toString(QStringLiteral("yyyy")));
        } else if (name == QLatin1String("yy")) {
            out.append(date.toString(QStringLiteral("yy")));
        } else if (name == QLatin1String("mm")) {
            out.append(date.toString(QStringLiteral("MM")));
        } else if (name == QLatin1String("dd")) {
            out.append(date.toString(QStringLiteral("dd")));
        } else if (name == QLatin1String("yymmdd")) {
            out.append(date.toString(QStringLiteral("yyMMdd")));
        }
    }
    return out;
}

// What a token can expand to, as a regular expression.
QString tokenExpression(const Token &token)
{
    if (token.seqWidth > 0)
        return QStringLiteral("[0-9]{%1,}").arg(token.seqWidth);
    if (token.seqWidth == 0)
        return QStringLiteral("[0-9]+");
    if (token.name == QLatin1String("yyyy"))
        return QStringLiteral("[0-9]{4}");
    if (token.name == QLatin1String("yymmdd"))
        return QStringLiteral("[0-9]{6}");
    if (token.name == QLatin1String("yy") || token.name == QLatin1String("mm") || token.name == QLatin1String("dd"))
        return QStringLiteral("[0-9]{2}");
    return QStringLiteral("[A-Za-z0-9._-]+"); // agencyCode, unit, workstation: "UBND-PD", "ws-02"
}

} // namespace

Status DossierCodePattern::validate(const QString &pattern)
{
    int seqCount = 0;
    qsizetype i = 0;
    while (i < pattern.size()) {
        const QChar c = pattern.at(i);
        if (c == QLatin1Char('}'))
            return patternError(Text::tr("The dossier code pattern has a \"}\" without a matching \"{\"."), pattern);
        if (c != QLatin1Char('{')) {
            ++i;
            continue;
        }
        const qsizetype close = pattern.indexOf(QLatin1Char('}'), i);
        if (close < 0)
            return patternError(Text::tr("The dossier code pattern has a \"{\" that is not closed."), pattern);
        const QString inner = pattern.mid(i + 1, close - i - 1);
        const auto token = parseToken(inner);
        if (!token)
            return patternError(Text::tr("The dossier code pattern uses an unknown field {%1}.").arg(inner), pattern);
        if (token->seqWidth >= 0)
            ++seqCount;
        i = close + 1;
    }
    if (seqCount == 0)
        return patternError(Text::tr("The dossier code pattern must contain a sequence number, such as {seq:04}."), pattern);
    if (seqCount > 1)
        return patternError(Text::tr("The dossier code pattern may contain only one sequence number."), pattern);
    return Status::success();
}

QString DossierCodePattern::format(const QString &pattern, const CodeContext &context, const QDate &date, qint64 seq)
{
    return expand(pattern, context, date, qMax<qint64>(seq, 0));
}

QString DossierCodePattern::scope(const QString &pattern, const CodeContext &context, const QDate &date)
{
    return expand(pattern, context, date, -1);
}

QRegularExpression DossierCodePattern::toRegularExpression(const QString &pattern)
{
    if (!validate(pattern))
        return QRegularExpression();
    QString expression;
    qsizetype i = 0;
    while (i < pattern.size()) {
        const qsizetype close = pattern.at(i) == QLatin1Char('{') ? pattern.indexOf(QLatin1Char('}'), i) : -1;
        if (close < 0) {
            const qsizetype next = pattern.indexOf(QLatin1Char('{'), i + 1);
            const qsizetype end = next < 0 ? pattern.size() : next;
            expression += QRegularExpression::escape(pattern.mid(i, end - i));
            i = end;
            continue;
        }
        if (const auto token = parseToken(pattern.mid(i + 1, close - i - 1)))
            expression += tokenExpression(*token);
        i = close + 1;
    }
    return QRegularExpression(QRegularExpression::anchoredPattern(expression));
}

} // namespace motcua
