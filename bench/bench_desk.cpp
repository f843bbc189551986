// The desk's start-up with an office's years-old journal: from starting the process to the first
// painted main window (iin-desk --bench-first-paint, which signs a bench operator in without the
// login dialog and opens the journal with its whole-file check deferred), against the barest Qt
// Widgets program showing a main window, started the same way. Both are measured from outside:
// the wall time from spawning to the line the program prints at its first frame, and the peak
// resident set of the child (wait4's ru_maxrss).
#include "bench/BenchSupport.h"
#include "bench/JournalLoader.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <csignal>
#include <cstdio>
#include <poll.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

using namespace iin::bench;

namespace {

struct Start
{
    bool ok = false;
    double wallMs = 0;     // spawn to the first-frame line
    double reportedMs = 0; // what the program says (from its main())
    double peakRssMiB = 0; // ru_maxrss of the child
};

Start startOnce(const QString& program, const QStringList& arguments)
{
    Start s;
    int out[2];
    if (pipe(out) != 0)
        return s;
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, out[1], STDOUT_FILENO);
    posix_spawn_file_actions_addclose(&actions, out[0]);
    const QByteArray path = program.toLocal8Bit();
    QList<QByteArray> args{path};
    for (const QString& a : arguments)
        args.append(a.toLocal8Bit());
    std::vector<char*> argv;
    for (QByteArray& a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);

    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    const int rc = posix_spawn(&pid, path.constData(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    close(out[1]);
    if (rc != 0) {
        close(out[0]);
        return s;
    }
    QByteArray text;
    pollfd p{out[0], POLLIN, 0};
    while (!text.contains('\n') && poll(&p, 1, 120000) > 0) {
        char buffer[256];
        const ssize_t n = read(out[0], buffer, sizeof buffer);
        if (n <= 0)
            break;
        text.append(buffer, n);
    }
    s.wallMs = timer.nsecsElapsed() / 1e6;
    close(out[0]);
    if (!text.startsWith("first_paint_ms "))
        kill(pid, SIGKILL); // hung or failed: do not wait for it
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    s.peakRssMiB = usage.ru_maxrss / 1024.0;
    bool number = false;
    s.reportedMs = text.mid(15).trimmed().toDouble(&number);
    s.ok = number && WIFEXITED(status) && WEXITSTATUS(status) == 0;
    if (!s.ok)
        qWarning("%s did not report its first frame (exit %d): %s", path.constData(),
                 WIFEXITED(status) ? WEXITSTATUS(status) : -1, text.constData());
    return s;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const Options options = Options::parse(QCoreApplication::arguments());
    const qint64 rows = options.size(1000000, 2000);
    const int runs = options.size(7, 2);
    const QDir work(options.workDir.isEmpty() ? QDir::tempPath() : options.workDir);
    work.mkpath(QStringLiteral("."));
    // The million-application journal is the journal benchmark's: made once, shared.
    const QString journalDir =
        options.quick ? work.path() : work.filePath(QStringLiteral("../iin-bench-journal"));
    QString why;
    const bool generated = !QFile::exists(JournalLoader::pathFor(journalDir, rows));
    const QString journal = JournalLoader::ensure(journalDir, rows, &why);
    if (journal.isEmpty()) {
        qCritical("cannot generate the journal: %s", qPrintable(why));
        return 1;
    }
    if (generated) {
        // A child's ru_maxrss starts from the memory of the process that spawned it (Linux keeps
        // the high-water mark across execve): start afresh, without the loader's memory.
        std::fflush(stdout);
        execv("/proc/self/exe", argv);
        qCritical("cannot start again after generating the journal");
        return 1;
    }

    // The desk reads its settings from the user's configuration: give both programs an empty
    // one (the desk then uses the embedded training registry beside the journal).
    const QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toLocal8Bit());
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    const QString desk = QStringLiteral(IIN_DESK_PATH);
    const QString bare = QStringLiteral(IIN_BARE_WINDOW_PATH);
    QList<double> deskMs, bareMs, deskReported;
    double deskRss = 0, bareRss = 0;
    bool ok = true;
    // One start of each first (shared libraries into the page cache), then alternating rounds.
    startOnce(bare, {});
    startOnce(desk, {QStringLiteral("--bench-first-paint"), journal});
    for (int i = 0; i < runs && ok; ++i) {
        const Start b = startOnce(bare, {});
        const Start d = startOnce(desk, {QStringLiteral("--bench-first-paint"), journal});
        ok = b.ok && d.ok;
        bareMs.append(b.wallMs);
        deskMs.append(d.wallMs);
        deskReported.append(d.reportedMs);
        bareRss = std::max(bareRss, b.peakRssMiB);
        deskRss = std::max(deskRss, d.peakRssMiB);
    }
    const QString size = QStringLiteral("%L1 rows").arg(rows);
    const double ratio = median(bareMs) > 0 ? median(deskMs) / median(bareMs) : 0;
    print({.name = QStringLiteral("desk start-up to first painted window, %1, median").arg(size),
           .value = ok ? median(deskMs) : 0,
           .unit = QStringLiteral("ms"),
           .baselineName = QStringLiteral("bare Qt window"),
           .baselineValue = median(bareMs),
           .target = QStringLiteral("ratio <= 1.5"),
           .met = ok && ratio <= 1.5});
    print({.name = QStringLiteral("desk start-up, peak RSS, %1").arg(size),
           .value = ok ? deskRss : 0,
           .unit = QStringLiteral("MB"),
           .baselineName = QStringLiteral("bare Qt window"),
           .baselineValue = bareRss,
           .target = QStringLiteral("<= 150 MB"),
           .met = ok && deskRss <= 150});
    qInfo("desk: %.1f ms from its main() to the first frame (median)", median(deskReported));
    return ok ? 0 : 1;
}
