#include "core/base/NewFile.h"

#include "core/base/FileSync.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

namespace iin {

namespace {

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

} // namespace

Status NewFile::write(const QString& path, const QByteArray& bytes, unsigned mode)
{
    const QByteArray name = QFile::encodeName(path);
    const auto exists = [&path] {
        return Status(Error{QStringLiteral("file.exists"),
                            tr("%1 exists already; it is never overwritten. Choose another name, "
                               "or move the old file away if it is really no longer needed.")
                                .arg(path)});
    };
    // Written whole under a temporary name first, then given its name in one step that refuses
    // to replace anything: a crash leaves either no file or the whole file, never half a key.
    const QByteArray temporary = name + ".new-" + QByteArray::number(quint64(::getpid())) + '-' +
                                 QByteArray::number(quint64(QDateTime::currentMSecsSinceEpoch()));
    const int fd = ::open(temporary.constData(),
                          O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode_t(mode));
    if (fd < 0) {
        const int error = errno;
        return Error{QStringLiteral("file.write"),
                     tr("Cannot create %1: %2").arg(path, systemError(error))};
    }
    // The umask may have narrowed the mode further than asked (never wider): set it exactly.
    int error = ::fchmod(fd, mode_t(mode)) == 0 ? 0 : errno;
    qsizetype written = 0;
    while (error == 0 && written < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + written, size_t(bytes.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            error = n < 0 ? errno : EIO;
        else
            written += n;
    }
    if (error == 0 && ::fsync(fd) != 0)
        error = errno;
    if (::close(fd) != 0 && error == 0)
        error = errno;
    if (error == 0 && ::renameat2(AT_FDCWD, temporary.constData(), AT_FDCWD, name.constData(),
                                  RENAME_NOREPLACE) != 0) {
        error = errno;
        // A file system without RENAME_NOREPLACE: link(2) refuses an existing name as well.
        if ((error == EINVAL || error == ENOSYS) &&
            ::link(temporary.constData(), name.constData()) == 0)
            error = 0;
    }
    ::unlink(temporary.constData()); // after a rename: nothing there; after a link: the old name
    if (error == EEXIST)
        return exists();
    if (error != 0)
        return Error{QStringLiteral("file.write"),
                     tr("Cannot write %1: %2").arg(path, systemError(error))};
    return syncDirectoryOf(path);
}

} // namespace iin
