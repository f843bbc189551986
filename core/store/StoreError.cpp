#include "core/store/StoreError.h"

namespace iin {

namespace {

// Primary result codes of SQLite (the low byte of the extended code).
enum SqliteCode
{
    Busy = 5,
    Locked = 6,
    ReadOnly = 8,
    IoError = 10,
    Corrupt = 11,
    Full = 13,
    CantOpen = 14,
    NotADb = 26,
};

} // namespace

Error StoreError::from(const QSqlError& error, const QString& whatFailed)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    if (!ok)
        return Error{QStringLiteral("store.sql"), tr("%1: %2").arg(whatFailed, detail)};
    switch (code) {
    case Full:
        return Error{QStringLiteral("store.disk_full"),
                     tr("%1: the disk is full. Nothing was saved; free some space and try again.")
                         .arg(whatFailed)};
    case ReadOnly:
        return Error{QStringLiteral("store.read_only"),
                     tr("%1: the database file is read-only. Nothing was saved.").arg(whatFailed)};
    case Busy:
    case Locked:
        return Error{QStringLiteral("store.busy"),
                     tr("%1: the database is locked by another program. Nothing was saved; try "
                        "again in a moment.")
                         .arg(whatFailed)};
    case Corrupt:
    case NotADb:
        return Error{QStringLiteral("store.corrupt"),
                     tr("%1: the database file is damaged (%2).").arg(whatFailed, detail)};
    case IoError:
    case CantOpen:
        return Error{
            QStringLiteral("store.io"),
            tr("%1: the database file cannot be read or written (%2).").arg(whatFailed, detail)};
    default:
        return Error{QStringLiteral("store.sql"), tr("%1: %2").arg(whatFailed, detail)};
    }
}

Error StoreError::corrupt(const QString& path, const QString& detail)
{
    return Error{QStringLiteral("store.corrupt"),
                 tr("The database \"%1\" is damaged and was not opened (%2). It was left "
                    "untouched: restore the latest backup (see the store documentation).")
                     .arg(path, detail)};
}

} // namespace iin
