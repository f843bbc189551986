// The completeness check of one application (field validation plus the rule set's documents),
// over a mix of the cases in examples/: the price the desk pays on every keystroke of a form.
#include "bench/BenchSupport.h"

#include "core/application/ApplicationJson.h"
#include "core/rules/CompletenessCheck.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

using namespace iin;
using namespace iin::bench;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const Options options = Options::parse(QCoreApplication::arguments());
    const int n = options.size(200000, 20000);

    const QDir examples(QStringLiteral(IIN_SOURCE_DIR "/examples"));
    QFile expectedFile(examples.filePath(QStringLiteral("expected.json")));
    if (!expectedFile.open(QIODevice::ReadOnly))
        return 1;
    const QJsonObject expected =
        QJsonDocument::fromJson(expectedFile.readAll()).object().value(u"check").toObject();
    QList<QByteArray> texts;
    QList<QString> names;
    QList<Application> cases;
    for (const QString& name : examples.entryList({QStringLiteral("*.json")}, QDir::Files)) {
        QFile f(examples.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = f.readAll();
        if (auto parsed = ApplicationJson::parse(bytes); parsed.application) {
            texts.append(bytes);
            names.append(name);
            cases.append(*parsed.application);
        }
    }
    const Result<RuleSet> rules = RuleSet::edition(QStringLiteral("2022-02"));
    if (cases.isEmpty() || !rules)
        return 1;

    // A fast check that answers wrongly is worth nothing: each case must come out as
    // examples/expected.json says before it is timed.
    for (qsizetype i = 0; i < cases.size(); ++i) {
        const QJsonValue want = expected.value(names[i]).toObject().value(u"complete");
        if (want.isBool() && CompletenessCheck::check(cases[i], *rules).complete != want.toBool()) {
            qCritical("%s: the check does not give the expected answer", qPrintable(names[i]));
            return 1;
        }
    }

    volatile int sink = 0;
    const Samples check = measure(5, [&] {
        for (int i = 0; i < n; ++i)
            sink = sink + int(CompletenessCheck::check(cases[i % cases.size()], *rules).complete);
    });
    const int parses = n / 10;
    const Samples parse = measure(5, [&] {
        for (int i = 0; i < parses; ++i)
            sink = sink + int(ApplicationJson::parse(texts[i % texts.size()]).problems.size());
    });
    const double perCheck = check.median() / n / 1000.0;
    print({.name = QStringLiteral("completeness check, per application"),
           .value = perCheck,
           .unit = QStringLiteral("us"),
           .baselineName = QStringLiteral("parsing the same application from JSON"),
           .baselineValue = parse.median() / parses / 1000.0,
           .target = QStringLiteral("<= 20 us"),
           .met = perCheck <= 20});
    return 0;
}
