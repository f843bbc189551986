#pragma once

#include "core/blanks/BlankLedger.h"
#include "core/operators/Operator.h"
#include "core/usecases/LoadBlanksOverview.h"

#include <QDialog>
#include <QPointer>

#include <functional>
#include <memory>

namespace Ui {
class BlanksDialog;
}

namespace iin {
class Database;
class StoreThread;
} // namespace iin

namespace iin::ui {

// The supervisor's security-paper blanks (Supervision › Security-paper blanks…): the office's
// balance, a range received, a spoiled blank recorded with its reason and countersigned by the
// signed-in supervisor, a range handed to a clerk's shift and the clerk's rest taken back, and
// per clerk what they hold and used today (docs/office.md). The ledger works on the journal's
// thread.
class BlanksDialog : public QDialog
{
    Q_OBJECT

public:
    BlanksDialog(StoreThread* journal, const Operator& op, QWidget* parent = nullptr);
    ~BlanksDialog() override;

    bool isLoaded() const { return m_balance.has_value(); }
    QString balanceText() const;
    QString message() const;

public slots:
    void receive();
    void spoil();
    void handOut();
    void takeBack();

signals:
    void balanceShown(const iin::BlankBalance& balance);

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();
    // Runs `change` on the journal's thread, then shows the overview read after it and
    // `done(answer)`, or the change's refusal.
    void changeAndShow(std::function<Result<qint64>(Database&)> change,
                       std::function<QString(qint64)> done);
    void showOverview(const Result<BlanksOverview>& overview, const QString& done);
    void fillReasons();
    void fillClerks();
    void fillHolders();

    std::unique_ptr<Ui::BlanksDialog> m_ui;
    QPointer<StoreThread> m_journal;
    Operator m_operator;
    std::optional<BlankBalance> m_balance;
    std::optional<BlanksOverview> m_overview;
};

} // namespace iin::ui
