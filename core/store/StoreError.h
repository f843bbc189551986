#pragma once

#include "core/base/Result.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QString>

namespace iin {

// Turns what SQLite reports into an error a person at the desk can act on: a full disk, a
// read-only file, a database held by another program and a damaged file each say so.
// Codes: "store.disk_full", "store.read_only", "store.busy", "store.corrupt", "store.sql".
class StoreError
{
    Q_DECLARE_TR_FUNCTIONS(StoreError)

public:
    static Error from(const QSqlError& error, const QString& whatFailed);
    static Error corrupt(const QString& path, const QString& detail);
};

} // namespace iin
