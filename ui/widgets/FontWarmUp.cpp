#include "ui/widgets/FontWarmUp.h"

#ifdef IIN_HAVE_FONTCONFIG
#include <fontconfig/fontconfig.h>
#endif

#include <thread>

namespace iin::ui {

namespace {

// Joined by wait(), or at exit should the program end before any text is measured.
std::jthread& reader()
{
    static std::jthread thread;
    return thread;
}

} // namespace

void FontWarmUp::start()
{
#ifdef IIN_HAVE_FONTCONFIG
    if (!reader().joinable())
        reader() = std::jthread([] { FcInit(); });
#endif
}

void FontWarmUp::wait()
{
    if (reader().joinable())
        reader().join();
}

} // namespace iin::ui
