// iin-store-writer: registers applications in a loop and prints each registration number on
// stdout once its transaction has committed. TestStoreDurability kills it at random moments
// and checks that everything it acknowledged survived.
//
// Usage: iin-store-writer <database> <first-index> [pause-ms]
#include "tests/StoreTestData.h"

#include "core/journal/Journal.h"
#include "core/journal/Outbox.h"
#include "core/store/Database.h"

#include <QCoreApplication>
#include <QThread>

#include <cstdio>

using namespace iin;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3 && args.size() != 4) {
        std::fprintf(stderr, "usage: iin-store-writer <database> <first-index> [pause-ms]\n");
        return 2;
    }
    Result<std::unique_ptr<Database>> db = Database::open(args[1]);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.errorMessage()));
        return 3;
    }
    Journal journal(**db);
    Outbox outbox(**db);
    outbox.reconcile(QDateTime::currentDateTimeUtc());
    const int pauseMs = args.size() == 4 ? args[3].toInt() : 0;
    for (int n = args[2].toInt();; ++n) {
        Result<Registration> r =
            journal.registerApplication(test::sampleIntake(n), test::sampleDesk());
        if (!r) {
            std::fprintf(stderr, "%s\n", qPrintable(r.errorMessage()));
            return 3;
        }
        std::printf("%s\n", qPrintable(r->registrationNumber));
        std::fflush(stdout);
        // Other writes between registrations: the queue moves, results come back.
        if (n % 3 == 0) {
            const QDateTime now = QDateTime::currentDateTimeUtc();
            Result<QList<OutboxEntry>> due = outbox.takeDue(now, 2, QStringLiteral("sync"));
            if (due) {
                for (const OutboxEntry& e : *due)
                    outbox.recordFailure(e.id, QStringLiteral("offline"), FailureKind::Uncertain,
                                         now);
            }
        }
        if (n % 5 == 0)
            journal.openRecord(r->applicationId, QStringLiteral("inspector"));
        // A counter is not a tight loop: a pause lets other programs take the write lock.
        if (pauseMs > 0)
            QThread::msleep(pauseMs);
    }
}
