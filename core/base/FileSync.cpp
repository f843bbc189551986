#include "core/base/FileSync.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace iin {

namespace {

Status syncPath(const QString& path, int flags, const QString& what)
{
    int fd = -1;
    do {
        fd = ::open(QFile::encodeName(path).constData(), flags | O_CLOEXEC);
    } while (fd < 0 && errno == EINTR);
    if (fd < 0)
        return Error{QStringLiteral("store.io"),
                     QCoreApplication::translate("FileSync", "Cannot open %1 to sync it: %2.")
                         .arg(what, QString::fromLocal8Bit(std::strerror(errno)))};
    const int rc = ::fsync(fd);
    const int error = errno;
    ::close(fd);
    // Some file systems cannot sync a folder (EINVAL): nothing more can be done there, and the
    // file's own sync has happened, so that is not a failure of the write.
    if (rc != 0 && error != EINVAL && error != EROFS)
        return Error{QStringLiteral("store.io"),
                     QCoreApplication::translate("FileSync", "Cannot sync %1 to the disk: %2.")
                         .arg(what, QString::fromLocal8Bit(std::strerror(error)))};
    return {};
}

} // namespace

Status syncDirectoryOf(const QString& path)
{
    const QString folder = QFileInfo(path).absolutePath();
    return syncPath(folder, O_RDONLY | O_DIRECTORY, folder);
}

Status syncFile(const QString& path)
{
    return syncPath(path, O_RDONLY, path);
}

} // namespace iin
