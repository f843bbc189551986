#pragma once

#include "core/base/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace iin {

// Writes a file that must not exist yet: key files and the trust files written beside them.
// Created by open(2) with O_CREAT|O_EXCL|O_NOFOLLOW and the final mode (no moment when others
// could open a secret, no following a planted symbolic link) under a temporary name, written
// and fsynced, then renamed with RENAME_NOREPLACE (never overwriting a key that certificates
// were signed with, nor anything a link in its place points to), and the directory fsynced so
// that the new name survives a power cut. A crash leaves no half-written key under the name.
class NewFile
{
    Q_DECLARE_TR_FUNCTIONS(NewFile)

public:
    static constexpr unsigned PrivateMode = 0600;
    static constexpr unsigned PublicMode = 0644;

    // `file.exists` when the path is taken (a file, a directory, a dangling link).
    static Status write(const QString& path, const QByteArray& bytes, unsigned mode);
};

} // namespace iin
