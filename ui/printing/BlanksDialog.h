#pragma once

#include "core/blanks/BlankLedger.h"
#include "core/operators/Operator.h"

#include <QDialog>
#include <QPointer>

#include <memory>

namespace Ui {
class BlanksDialog;
}

namespace iin {
class StoreThread;
}

namespace iin::ui {

// The supervisor's security-paper blanks (Supervision › Security-paper blanks…): the office's
// balance, a range received, a spoiled blank recorded with its reason and countersigned by the
// signed-in supervisor (docs/office.md). The ledger works on the journal's thread.
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

signals:
    void balanceShown(const iin::BlankBalance& balance);

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();
    void showBalance(const Result<BlankBalance>& balance, const QString& done);
    void fillReasons();

    std::unique_ptr<Ui::BlanksDialog> m_ui;
    QPointer<StoreThread> m_journal;
    Operator m_operator;
    std::optional<BlankBalance> m_balance;
};

} // namespace iin::ui
