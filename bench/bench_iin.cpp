// IIN validation against a bare scan of twelve digits: the price of the full check.
#include "bench/BenchSupport.h"

#include "core/person/Iin.h"

#include <QCoreApplication>

using namespace iin;
using namespace iin::bench;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const Options options = Options::parse(QCoreApplication::arguments());
    const int n = options.size(200000, 20000);

    QStringList numbers;
    numbers.reserve(n);
    for (int i = 0; numbers.size() < n; ++i) {
        if (const auto iin = Iin::fromPrefix(*Iin::prefixFor(
                QDate(1990, 1, 1).addDays(i % 9000), i % 2 ? Sex::Male : Sex::Female, i % 10000)))
            numbers.append(iin->toString());
    }
    volatile int sink = 0;
    const Samples check = measure(5, [&] {
        for (const QString& s : numbers)
            sink = sink + (Iin::check(s).valid ? 1 : 0);
    });
    const Samples scan = measure(5, [&] {
        for (const QString& s : numbers) {
            int digits = 0;
            for (QChar c : s)
                digits += c.isDigit() ? 1 : 0;
            sink = sink + (digits == 12 ? 1 : 0);
        }
    });
    const double perCheck = check.median() / n;
    print({.name = QStringLiteral("iin check, per number"),
           .value = perCheck,
           .unit = QStringLiteral("ns"),
           .baselineName = QStringLiteral("digit scan of the same number"),
           .baselineValue = scan.median() / n,
           .target = QStringLiteral("<= 2000 ns"),
           .met = perCheck <= 2000});
    return 0;
}
