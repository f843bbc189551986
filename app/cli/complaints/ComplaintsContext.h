#pragma once

#include "app/cli/CliSupport.h"
#include "core/store/Database.h"
#include "core/usecases/ComplaintsInForce.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <variant>

// `iin-desk-cli complaints <action>`: one file per action, each parsing its options, calling the
// use case and printing its answer; what they share is here.
namespace iin::cli::complaints {

int list(const QStringList& arguments);
int add(const QStringList& arguments);
int outcome(const QStringList& arguments);
int show(const QStringList& arguments);
int print(const QStringList& arguments);
int refreshDueDates(const QStringList& arguments);

// The options every action shares: the store, the calendar, the day and the "due soon"
// threshold.
void addRegisterOptions(CommandLine& cl);

// The signed-in journal with its complaints register over the calendar in force (or the one
// given with --calendar), and the day the terms are judged on.
struct Context
{
    std::unique_ptr<Database> db;
    std::unique_ptr<ComplaintsInForce> inForce; // over *db: declared after it, destroyed first
    ComplaintRegister* complaints = nullptr;
    QDate today;
    QString operatorId;
};

// Opens the store and the calendar as the options say; prints the error and returns the exit
// code on failure.
std::variant<Context, int> openContext(const QCommandLineParser& p);

// The complaint id given on the command line; prints the error when it is not one.
std::optional<qint64> complaintId(const QString& text);

} // namespace iin::cli::complaints
