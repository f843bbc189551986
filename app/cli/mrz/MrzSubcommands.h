#pragma once

#include <QStringList>

// The actions of `iin-desk-cli mrz`, one file each (docs/capture.md).
namespace iin::cli::mrz {

int parse(const QStringList& arguments);

// Exit codes of the mrz actions: 0 valid, 1 a recognised zone with a problem (a check digit...),
// 2 not a zone (or unreadable input, bad arguments).
int exitCodeOf(bool recognised, bool valid);

} // namespace iin::cli::mrz
