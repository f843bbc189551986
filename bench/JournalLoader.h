#pragma once

#include <QString>

namespace iin::bench {

// Fills a journal with `count` synthetic applications (SyntheticPeople), fast: the store's own
// schema (created by Database::open), then plain SQLite inserts in big transactions without
// fsync. Each application gets its row, its name keys, its registration number (unique, from
// the desk sequences), one status history row and, once handed over, an IIN.
//
// The file is kept in `directory` as "journal-<count>-v<format>.sqlite" and reused by the next
// run; an interrupted load never leaves a file under that name.
class JournalLoader
{
public:
    // The path of the filled journal, or an empty string (with `why`) on failure.
    static QString ensure(const QString& directory, qint64 count, QString* why);
    // Where ensure() keeps the journal of `count` applications in `directory`.
    static QString pathFor(const QString& directory, qint64 count);
    // Loads into `path` (which must not exist yet). The newest `queued` applications are
    // "registered" and waiting in the outbox (one pending entry each, due now, with its own
    // idempotency key), as a desk leaves them after working offline.
    static bool load(const QString& path, qint64 count, QString* why, qint64 queued = 0);
};

} // namespace iin::bench
