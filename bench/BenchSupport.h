#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <functional>

namespace iin::bench {

// Command-line switches every benchmark understands: --quick (small sizes, seconds) and
// --work-dir DIR (where to put generated data).
struct Options
{
    bool quick = false;
    QString workDir;
    static Options parse(const QStringList& arguments);
    // Full size, or the quick one.
    int size(int full, int quick) const { return this->quick ? quick : full; }
};

// Nanosecond samples and their order statistics.
class Samples
{
public:
    void add(qint64 ns) { m_ns.append(ns); }
    qsizetype count() const { return m_ns.size(); }
    double median() const { return quantile(0.5); }
    double p95() const { return quantile(0.95); }
    double quantile(double q) const;

private:
    QList<qint64> m_ns;
};

// Runs `body` `runs` times and returns each run's duration.
Samples measure(int runs, const std::function<void()>& body);

// Peak resident set size of this process, in MiB (VmHWM).
double peakRssMiB();

// One result line: {"name","value","unit","baseline_name","baseline_value","ratio","target","met"}.
// `ratio` is value / baseline (or baseline / value when `higherIsBetter`), null without baseline.
struct Figure
{
    QString name;
    double value = 0;
    QString unit;
    QString baselineName;
    double baselineValue = 0; // 0: no baseline
    bool ratioOfBaselineToValue = false;
    QString target; // human-readable, e.g. "<= 20 us"
    bool met = false;
    bool hasVerdict = true; // false: reported only (no target)
    bool pending = false;   // not measurable yet: the line says what it waits for
};

void print(const Figure& figure);

} // namespace iin::bench
