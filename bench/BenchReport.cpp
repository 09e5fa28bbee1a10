#include "BenchReport.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace motcua::bench {

double Samples::percentile(double p) const
{
    if (m_ms.empty())
        return 0;
    std::vector<double> sorted = m_ms;
    std::sort(sorted.begin(), sorted.end());
    const auto rank = std::size_t(std::ceil(p / 100.0 * double(sorted.size())));
    return sorted[std::clamp<std::size_t>(rank, 1, sorted.size()) - 1];
}

namespace {

QString number(double value)
{
    if (value >= 1000)
        return QString::number(value, 'f', 0);
    if (value >= 10)
        return QString::number(value, 'f', 1);
    return QString::number(value, 'f', 3);
}

void printRow(const QStringList &cells, const QList<int> &widths)
{
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i)
        line += (i == 0 ? cells[i].leftJustified(widths[i]) : cells[i].rightJustified(widths[i])) + QStringLiteral("  ");
    std::printf("%s\n", line.trimmed().toLocal8Bit().constData());
}

} // namespace

void printTable(const QString &title, const QList<Figure> &figures, const QString &baselineName)
{
    QList<QStringList> rows{{QStringLiteral("figure"), QStringLiteral("ours"), baselineName,
                             QStringLiteral("ratio"), QStringLiteral("target"), QStringLiteral("result")}};
    for (const Figure &f : figures) {
        rows.append({f.name, number(f.ours) + QLatin1Char(' ') + f.unit,
                     f.raw ? number(*f.raw) + QLatin1Char(' ') + f.unit : QStringLiteral("-"),
                     f.raw && *f.raw > 0 ? QString::number(f.ours / *f.raw, 'f', 2) + QStringLiteral(" x") : QStringLiteral("-"),
                     f.target.isEmpty() ? QStringLiteral("-") : f.target,
                     f.pass ? (*f.pass ? QStringLiteral("PASS") : QStringLiteral("FAIL")) : QStringLiteral("-")});
    }
    QList<int> widths(rows.first().size(), 0);
    for (const QStringList &row : rows)
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = qMax(widths[i], int(row[i].size()));
    std::printf("\n== %s ==\n", title.toLocal8Bit().constData());
    for (const QStringList &row : rows)
        printRow(row, widths);
    std::fflush(stdout);
}

qint64 intOption(const QStringList &args, const QString &name, qint64 fallback)
{
    const qsizetype at = args.indexOf(name);
    if (at < 0)
        return fallback;
    bool ok = false;
    const qint64 value = at + 1 < args.size() ? QString(args.at(at + 1)).remove(QLatin1Char(',')).remove(QLatin1Char('_')).toLongLong(&ok) : 0;
    if (!ok || value <= 0) {
        std::fprintf(stderr, "%s needs a positive number\n", name.toLocal8Bit().constData());
        std::exit(2);
    }
    return value;
}

QString stringOption(const QStringList &args, const QString &name, const QString &fallback)
{
    const qsizetype at = args.indexOf(name);
    return at >= 0 && at + 1 < args.size() ? args.at(at + 1) : fallback;
}

} // namespace motcua::bench
