#pragma once

#include "core/application/ApplicationStatus.h"
#include "core/documents/DocumentPrinter.h"
#include "core/operators/Operator.h"
#include "core/services/NewestAnswer.h"

#include <QJsonObject>
#include <QPointer>
#include <QWidget>

#include <memory>

namespace Ui {
class ApplicationView;
}

namespace iin {
class StoreThread;
}

namespace iin::ui {

class ScanPreview;

// One application from the journal, read on the journal's thread (the opening is audited as a
// view): all its data, the attachments (an image scan previewed), the status history and the
// audit trail of the record, and the actions its status and the operator's role allow. Printing
// and the handover are done elsewhere: the view asks for them by signal, and is reloaded after.
class ApplicationView : public QWidget
{
    Q_OBJECT

public:
    ApplicationView(iin::StoreThread* journal, const Operator& op, qint64 applicationId,
                    QWidget* parent = nullptr);
    ~ApplicationView() override;

    qint64 applicationId() const { return m_id; }
    // "ALM01-02-000017-R · ҚАСЫМОВ Ерлан" once loaded; for the tab.
    QString title() const;
    bool isLoaded() const { return !m_record.isEmpty(); }
    ApplicationStatus status() const { return m_status; }
    // The record as the journal gave it (Journal::openRecord, plus "audit").
    const QJsonObject& record() const { return m_record; }

    // Another section beside data, attachments, history and audit (a tab of its own).
    void addSection(QWidget* widget, const QString& title = {});

public slots:
    // Reads the record again (after a print or a handover, say); recorded as another view.
    void reload();
    // The journal must not be written to: every action is disabled (the data stay readable).
    void refuseJournalWrites();

signals:
    void printRequested(qint64 applicationId, iin::PrintedDocument document, bool duplicate);
    void handoverRequested(qint64 applicationId);
    // The application was cancelled from this view.
    void cancelled(qint64 applicationId);
    void loaded(qint64 applicationId);
    void titleChanged(const QString& title);
    void closeRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void onRecordOpened(const QJsonObject& record);
    void onCancelled(qint64 applicationId);
    void refreshTexts();
    void showRecord();
    void showData();
    void showAttachments();
    void showHistory();
    void showPreview();
    void updateActions();
    void askCancel();
    void confirmCancel();
    void hideCancel();

    std::unique_ptr<Ui::ApplicationView> m_ui;
    QPointer<StoreThread> m_journal;
    Operator m_operator;
    qint64 m_id;
    QJsonObject m_record;
    ApplicationStatus m_status = ApplicationStatus::Draft;
    // The record read last and the scan asked for last: an earlier answer is dropped.
    NewestAnswer m_opens{this}; // the record being read
    bool m_opening = false;
    NewestAnswer m_previews{this}; // the scan being read for the preview
    bool m_cancelling = false;
    QString m_previewSha;
    QByteArray m_previewContent; // the scan previewed, kept for a change of language
    ScanPreview* m_preview = nullptr;
    bool m_journalWritesRefused = false;
};

} // namespace iin::ui
