// Reads the benchmarks' JSON lines on stdin and prints them as a table a person can read.
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

int main()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return 2;
    QTextStream out(stdout);
    const auto cell = [](const QString& s, int w) { return s.leftJustified(w, u' ', true); };
    // Four significant digits, but whole numbers up to a million in full (10000, not 1e+04).
    const auto number = [](double v) {
        return v == double(qint64(v)) && v < 1e6 ? QString::number(qint64(v))
                                                 : QString::number(v, 'g', 4);
    };
    out << cell(QStringLiteral("benchmark"), 70) << cell(QStringLiteral("value"), 18)
        << cell(QStringLiteral("baseline"), 18) << cell(QStringLiteral("ratio"), 10)
        << cell(QStringLiteral("target"), 26) << QStringLiteral("met") << '\n';
    int missed = 0;
    while (!in.atEnd()) {
        const QJsonObject o = QJsonDocument::fromJson(in.readLine()).object();
        if (o.isEmpty())
            continue;
        const QString unit = o[u"unit"].toString();
        const bool pending = o[u"pending"].toBool();
        const QString value =
            pending ? QStringLiteral("pending") : number(o[u"value"].toDouble()) + u' ' + unit;
        const QString baseline = o[u"baseline_value"].isNull()
                                     ? QStringLiteral("-")
                                     : number(o[u"baseline_value"].toDouble()) + u' ' + unit;
        const QString ratio = o[u"ratio"].isNull()
                                  ? QStringLiteral("-")
                                  : QString::number(o[u"ratio"].toDouble(), 'f', 2);
        const QJsonValue met = o[u"met"];
        const QString verdict = pending        ? QStringLiteral("(pending)")
                                : met.isNull() ? QStringLiteral("(report)")
                                : met.toBool() ? QStringLiteral("yes")
                                               : QStringLiteral("NO");
        missed += met.isBool() && !met.toBool();
        out << cell(o[u"name"].toString(), 70) << cell(value, 18) << cell(baseline, 18)
            << cell(ratio, 10) << cell(o[u"target"].toString(), 26) << verdict << '\n';
    }
    out << (missed ? QStringLiteral("%1 target(s) missed: see docs/performance.md\n").arg(missed)
                   : QStringLiteral("all targets met\n"));
    return 0;
}
