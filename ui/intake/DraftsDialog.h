#pragma once

#include "core/desk/DraftStore.h"

#include <QDialog>

#include <memory>

namespace Ui {
class DraftsDialog;
}

namespace iin::ui {

// "You have N unfinished applications": the drafts left from earlier (a close, a crash, a lock)
// to resume or discard. Shown at sign-in and from the Application menu.
class DraftsDialog : public QDialog
{
    Q_OBJECT

public:
    DraftsDialog(DraftStore& drafts, QStringList openIds, QWidget* parent = nullptr);
    ~DraftsDialog() override;

    int count() const { return int(m_drafts.size()); }
    QString summary() const;

signals:
    void resumeRequested(const iin::Draft& draft);

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();
    void resume();
    void discard();

    std::unique_ptr<Ui::DraftsDialog> m_ui;
    DraftStore& m_store;
    QStringList m_openIds; // drafts already open in a tab are not offered
    QList<Draft> m_drafts;
};

} // namespace iin::ui
