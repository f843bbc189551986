#pragma once

namespace iin::ui {

// Reading the system's font configuration and caches (fontconfig: its XML files and one cache
// file per font folder, about 5 ms) is the largest single step before the desk's first window,
// and the first text measured waits for it. start() begins it on a thread of its own at the
// top of main(), beside QApplication's own set-up; wait() is called before the first text is
// measured, and Qt then finds the configuration loaded (fontconfig keeps one per process and
// loads it safely from any thread). Without fontconfig at build time both do nothing.
class FontWarmUp
{
public:
    static void start();
    static void wait();
};

} // namespace iin::ui
