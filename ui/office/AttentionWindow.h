#pragma once

#include "core/operators/Operator.h"
#include "core/services/NewestAnswer.h"
#include "core/usecases/ListNeedsAttention.h"

#include <QDialog>
#include <QPointer>

#include <memory>
#include <optional>

namespace Ui {
class AttentionWindow;
}

namespace iin {
class StoreThread;
} // namespace iin

namespace iin::ui {

class MessageBar;

// The supervisor's "needs attention" list (Permission::SuperviseOffice; docs/office.md): what
// passed the office's thresholds, filtered by kind, each application opened from it, the list
// exported for the registry's help desk (CSV, no personal data, audited). Loaded by a job on the
// journal's StoreThread; a dialog, so that locking the desk closes it with the rest.
class AttentionWindow : public QDialog
{
    Q_OBJECT

public:
    AttentionWindow(iin::StoreThread* store, const Operator& op, const OfficeThresholds& thresholds,
                    QWidget* parent = nullptr);
    ~AttentionWindow() override;

    void setThresholds(const OfficeThresholds& thresholds);
    // Shows only one kind; none: everything.
    void setKindFilter(std::optional<OfficeException::Kind> kind);
    std::optional<OfficeException::Kind> kindFilter() const;

    MessageBar* messageBar() const;
    const NeedsAttention& list() const { return m_list; }
    // The items shown, in the table's order.
    QList<OfficeException> shownItems() const;

public slots:
    void refresh();
    void openSelected();
    void exportList();

signals:
    void refreshed();
    void openRequested(qint64 applicationId);
    void exported(const QString& path);

protected:
    void changeEvent(QEvent* event) override;

private:
    void fillFilters();
    void showItems();
    void showThresholds();
    void updateButtons();
    const OfficeException* selected() const;

    std::unique_ptr<Ui::AttentionWindow> m_ui;
    QPointer<StoreThread> m_store;
    Operator m_operator;
    OfficeThresholds m_thresholds;
    NeedsAttention m_list;
    QList<OfficeException> m_shown;
    bool m_exporting = false;
    NewestAnswer m_listing{this};
};

} // namespace iin::ui
