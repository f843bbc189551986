// Benchmarks whose subject is not in the product yet: one line each in the table saying so,
// so that the report never silently lacks them. Each moves to its own bench_<name>.cpp when
// its subject lands.
#include "BenchSupport.h"

#include <QCoreApplication>

using namespace iin::bench;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    print({.name = QStringLiteral("desk start-up, 1,000,000 rows (waits for the journal window)"),
           .unit = QStringLiteral(""),
           .target = QStringLiteral("ratio <= 1.5, <= 150 MB"),
           .pending = true});
    return 0;
}
