#pragma once

#include "core/base/Result.h"

#include <QString>

namespace iin {

// Durability of names, not only of contents. A file's own fsync (QSaveFile::commit, SQLite's
// FULL sync) makes its bytes durable, but the entry that names it lives in the folder: after a
// create or a rename, a power cut may leave the folder without the new name (or with the old one)
// until the folder itself is synced. Call these after creating or renaming a file that a
// database row, a key or a restore depends on.

// fsync of the folder that holds `path` (the file need not exist any more, e.g. after a rename
// away from it).
Status syncDirectoryOf(const QString& path);
// fsync of the file itself (for files written by something that does not sync them, such as a
// plain copy).
Status syncFile(const QString& path);

} // namespace iin
