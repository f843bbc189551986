#include "NewFile.h"

#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace iin {

namespace {

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

} // namespace

Status NewFile::syncDirectoryOf(const QString& path)
{
    const QByteArray dir = QFile::encodeName(QFileInfo(path).absolutePath());
    const int fd = ::open(dir.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0 || ::fsync(fd) != 0) {
        const int error = errno;
        if (fd >= 0)
            ::close(fd);
        return Error{QStringLiteral("file.sync"),
                     tr("Cannot make the folder of %1 durable: %2").arg(path, systemError(error))};
    }
    ::close(fd);
    return {};
}

Status NewFile::write(const QString& path, const QByteArray& bytes, unsigned mode)
{
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC,
                          mode_t(mode));
    if (fd < 0) {
        const int error = errno;
        if (error == EEXIST)
            return Error{QStringLiteral("file.exists"),
                         tr("%1 exists already; it is never overwritten. Choose another name, "
                            "or move the old file away if it is really no longer needed.")
                             .arg(path)};
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
    if (error != 0) {
        ::unlink(name.constData());
        return Error{QStringLiteral("file.write"),
                     tr("Cannot write %1: %2").arg(path, systemError(error))};
    }
    return syncDirectoryOf(path);
}

} // namespace iin
