#pragma once
// Timing, percentiles and the figures table every store/blob benchmark prints:
//   figure | ours | baseline (raw sqlite3, plain file copy...) | ratio | target | pass/fail
#include <QElapsedTimer>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace motcua::bench {

// Latencies in milliseconds.
class Samples {
public:
    void add(double ms) { m_ms.push_back(ms); }
    qsizetype count() const { return qsizetype(m_ms.size()); }
    double percentile(double p) const; // nearest rank, p in [0, 100]
    double p50() const { return percentile(50); }
    double p99() const { return percentile(99); }

private:
    std::vector<double> m_ms;
};

// Runs fn once and returns its duration in milliseconds.
template <typename Fn>
double timeMs(Fn &&fn)
{
    QElapsedTimer timer;
    timer.start();
    fn();
    return double(timer.nsecsElapsed()) / 1e6;
}

struct Figure {
    QString name;
    QString unit;            // "rows/s", "ms", "MB/s"
    double ours = 0;
    std::optional<double> raw; // the same work done without our layers, in the same run
    QString target = {};     // as printed, e.g. "< 1 ms" or ">= 0.5 x raw"
    std::optional<bool> pass = {};
};

void printTable(const QString &title, const QList<Figure> &figures, const QString &baselineName = QStringLiteral("raw sqlite3"));

// "--name value" from the command line, else the default. Exits with a message on a bad number.
qint64 intOption(const QStringList &args, const QString &name, qint64 fallback);
QString stringOption(const QStringList &args, const QString &name, const QString &fallback = {});

} // namespace motcua::bench
