#pragma once

#include <QDate>
#include <QStringList>

#include <optional>

namespace iin::cli {
class CommandLine;
}

// The actions of `iin-desk-cli mrz`, one file each (docs/capture.md).
namespace iin::cli::mrz {

int parse(const QStringList& arguments);
int read(const QStringList& arguments);

// Exit codes of the mrz actions: 0 valid, 1 a recognised zone with a problem (a check digit...),
// 2 not a zone (or unreadable input, bad arguments).
int exitCodeOf(bool recognised, bool valid);

// --today YYYY-MM-DD: the day the century of a birth date is decided against.
void addTodayOption(CommandLine& commandLine);
// The day given, or today; nullopt (the error printed) when it is no date.
std::optional<QDate> todayOf(CommandLine& commandLine);

} // namespace iin::cli::mrz
