#pragma once

#include "core/base/Result.h"
#include "core/operators/Operator.h"
#include "core/services/NewestAnswer.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QInputDialog;
class QWidget;

namespace iin {
class StoreThread;
struct Handover;
struct JournalEntry;
} // namespace iin

namespace iin::ui {

class HandoverDialog;
class MessageBar;

// The handover of the certificate (paragraph 11-1) at the desk: asks for the registration number
// as on the receipt, looks the application up on the journal's thread, opens the handover
// dialog, records what the clerk typed and tells in the main window's message bar what was
// recorded or why not. The main window owns it, as it owns DeskPrinter.
class HandoverFlow : public QObject
{
    Q_OBJECT

public:
    // The window's say before anything is shown or written: `locked` while the desk is locked,
    // `refuseWrites` true (with the reason shown) when the journal must not be written to.
    HandoverFlow(QWidget* window, MessageBar* messageBar, const Operator& op,
                 std::function<bool()> locked, std::function<bool()> refuseWrites);
    ~HandoverFlow() override;

    void setJournal(StoreThread* journal);

    // Application > Record handover: asks for the registration number (null when the role may
    // not record a handover, the desk is locked or there is no journal).
    QInputDialog* askNumber();
    // Opens the handover dialog for the application; `registrationNumber` may be empty.
    HandoverDialog* open(qint64 applicationId, const QString& registrationNumber = {});

signals:
    // The journal stored the handover: the application is now handed_over.
    void recorded(qint64 applicationId);

private:
    void onLookup(const iin::Result<iin::JournalEntry>& found, const QString& number);
    void onRecorded(HandoverDialog* dialog, qint64 applicationId, const iin::Handover& handover);
    void onFailed(HandoverDialog* dialog, const QString& message);

    QWidget* m_window;
    MessageBar* m_messageBar;
    Operator m_operator;
    std::function<bool()> m_locked;
    std::function<bool()> m_refuseWrites;
    QPointer<StoreThread> m_journal;
    // The number typed last: the answer for an earlier one is dropped.
    NewestAnswer m_lookups{this}; // the number being looked up
};

} // namespace iin::ui
