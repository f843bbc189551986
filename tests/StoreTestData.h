#pragma once

#include "core/journal/Intake.h"
#include "core/journal/Journal.h"
#include "core/journal/Outbox.h"
#include "core/registry/RegistryAnswer.h"
#include "core/usecases/RegisterApplication.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>

namespace iin {
class Database;
}

namespace iin::test {

// A complete application for a foreign citizen, varied by `n` (names, document number, birth
// date) so that many can be registered without looking like duplicates.
Application sampleApplication(int n = 0);
// The intake the journal receives: the application with its stored JSON.
Intake sampleIntake(int n = 0);
Intake intakeOf(const Application& application);
DeskContext sampleDesk();
// What the desk asks to register for sample application `n`, its first attachment a scan with
// `content` written into `folder` (as the intake form leaves it: digest and file).
RegisterRequest requestWithScan(const QString& folder, int n,
                                const QByteArray& content = "scan of the form");

// The registry's answers to a queue entry.
RegistryAnswer formedAnswer(const OutboxEntry& entry, const QString& iin,
                            RegistryAnswer::State state = RegistryAnswer::State::Formed);
RegistryAnswer rejectedAnswer(const OutboxEntry& entry, const QString& reason);

// Registers `count` sample applications in the journal at `path`, numbered from `first`. Fast:
// the filling connection does not wait for the disk.
bool fillJournal(const QString& path, int count, int first = 0);

// Registers sample application `n` and brings it, through the journal and the outbox as the
// desk and the sync worker do, to iin_assigned; its id, 0 when a step failed. Every request due
// in the outbox is taken on the way: register the ones meant to stay queued afterwards.
qint64 applicationWithIin(Database& db, int n = 0);
// The same, on to certificate_printed; its id.
Result<qint64> printedApplication(Database& db, int n = 0);

// Opens a database or fails the current test with the error.
std::unique_ptr<Database> openOrFail(const QString& path);
// One value from SQL run on the file through its own connection.
QVariant scalar(Database& db, const QString& sql);
// Runs SQL through the database's connection; false (with a warning) on error.
bool execSql(Database& db, const QString& sql);

// The print records of application `id` in the audit trail of the journal at `journalPath`,
// oldest first: each record's details with "operator" and "at" added.
QList<QJsonObject> printRecords(const QString& journalPath, qint64 id);

} // namespace iin::test

// Checks a Result/Status and shows its error message when it failed.
#define STORE_VERIFY(expr)                                                                         \
    do {                                                                                           \
        const auto result_ = (expr);                                                               \
        QVERIFY2(bool(result_), qPrintable(result_.errorMessage()));                               \
    } while (false)
