#include "core/services/NewestAnswer.h"

namespace iin {

QObject* NewestAnswer::next()
{
    drop();
    m_context = new QObject(m_owner);
    return m_context;
}

void NewestAnswer::drop()
{
    if (!m_context)
        return;
    // The answer's watchers are the context's children: cut off from their handlers at once,
    // they are deleted with the context once control is back in the event loop (this may run
    // inside one of those handlers).
    for (QObject* watcher : m_context->children())
        watcher->disconnect();
    m_context->deleteLater();
    m_context.clear();
}

} // namespace iin
