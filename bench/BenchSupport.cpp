#include "bench/BenchSupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <cstdio>

namespace iin::bench {

Options Options::parse(const QStringList& arguments)
{
    Options o;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments[i] == u"--quick")
            o.quick = true;
        else if (arguments[i] == u"--work-dir" && i + 1 < arguments.size())
            o.workDir = arguments[++i];
    }
    return o;
}

double Samples::quantile(double q) const
{
    if (m_ns.isEmpty())
        return 0;
    QList<qint64> sorted = m_ns;
    std::sort(sorted.begin(), sorted.end());
    const auto index = qsizetype(std::ceil(q * double(sorted.size()))) - 1;
    return double(sorted[std::clamp<qsizetype>(index, 0, sorted.size() - 1)]);
}

Samples measure(int runs, const std::function<void()>& body)
{
    Samples s;
    QElapsedTimer timer;
    for (int i = 0; i < runs; ++i) {
        timer.start();
        body();
        s.add(timer.nsecsElapsed());
    }
    return s;
}

double peakRssMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

void print(const Figure& f)
{
    QJsonObject o{
        {QStringLiteral("name"), f.name},
        {QStringLiteral("value"), f.value},
        {QStringLiteral("unit"), f.unit},
        {QStringLiteral("target"), f.target},
    };
    if (f.baselineValue > 0 && f.value > 0) {
        o.insert(QStringLiteral("baseline_name"), f.baselineName);
        o.insert(QStringLiteral("baseline_value"), f.baselineValue);
        o.insert(QStringLiteral("ratio"),
                 f.ratioOfBaselineToValue ? f.baselineValue / f.value : f.value / f.baselineValue);
    } else {
        o.insert(QStringLiteral("baseline_name"), QJsonValue::Null);
        o.insert(QStringLiteral("baseline_value"), QJsonValue::Null);
        o.insert(QStringLiteral("ratio"), QJsonValue::Null);
    }
    o.insert(QStringLiteral("met"),
             f.hasVerdict && !f.pending ? QJsonValue(f.met) : QJsonValue::Null);
    if (f.pending)
        o.insert(QStringLiteral("pending"), true);
    const QByteArray line = QJsonDocument(o).toJson(QJsonDocument::Compact);
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

} // namespace iin::bench
