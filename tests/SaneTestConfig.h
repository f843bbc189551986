#pragma once

#include <QDir>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

namespace iin::test {

// A private SANE configuration: a dll.conf naming only the `test` and `pnm` backends (both ship
// with libsane1 and need no hardware). libsane reads SANE_CONFIG_DIR once, in sane_init: call
// this before anything opens SANE in the process. Without a trailing ':' the system's
// /etc/sane.d is not searched at all, so no real scanner or network backend is probed.
inline bool useSaneTestBackends(const QTemporaryDir& dir)
{
    QFile conf(QDir(dir.path()).filePath(QStringLiteral("dll.conf")));
    if (!conf.open(QIODevice::WriteOnly) || conf.write("test\npnm\n") < 0)
        return false;
    conf.close();
    return qputenv("SANE_CONFIG_DIR", QFile::encodeName(dir.path()));
}

} // namespace iin::test
