#pragma once

#include "core/base/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace iin {

// The store's schema, as numbered steps. The version lives in SQLite's user_version; each step
// runs in one transaction together with the version bump and is rolled back if anything fails.
// Never edit a released step: add the next one. Schema: docs/store.md.
class Migrations
{
    Q_DECLARE_TR_FUNCTIONS(Migrations)

public:
    static int latest();
    static Result<int> currentVersion(QSqlDatabase db);
    // Applies every step after the current version, up to `upTo` (-1: all).
    static Status apply(QSqlDatabase db, int upTo = -1);
};

} // namespace iin
