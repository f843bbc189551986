#pragma once

#include "core/application/Application.h"
#include "core/desk/DraftStore.h"
#include "core/rules/CompletenessCheck.h"

#include <QHash>
#include <QSet>
#include <QWidget>

#include <memory>
#include <optional>

class QTimer;
class QListWidgetItem;

namespace Ui {
class IntakeForm;
}

namespace iin::ui {

class DateLineEdit;
class MrzFill;
class ScanPreview;

// Intake of one application (Annex 1, or Annex 2 for migration police officers): every field of
// the application, the live checklist of the applied rule set, attached scans, and a draft that
// saves itself after every change. Registering is not done here: when the checklist is
// complete, Ctrl+Enter emits registerRequested() for the store to take over.
class IntakeForm : public QWidget
{
    Q_OBJECT

public:
    static constexpr int CheckDelayMs = 150;
    static constexpr int SaveDelayMs = 400;

    IntakeForm(ApplicationBasis basis, Channel channel, DraftStore* drafts, QString operatorLogin,
               QWidget* parent = nullptr);
    ~IntakeForm() override;

    ApplicationBasis basis() const { return m_basis; }
    QString draftId() const { return m_draftId; }
    QString title() const;

    Application application() const;
    void setApplication(const Application& application);
    void resumeDraft(const Draft& draft);
    QHash<QString, QString> attachmentFiles() const { return m_attachmentFiles; }

    // Runs the check now (it normally runs CheckDelayMs after the last change).
    const CheckResult& check();
    const CheckResult& lastCheck() const { return m_check; }
    bool hasContent() const;

    // While the journal registers this application: the form cannot be edited and a second
    // Ctrl+Enter does nothing, so the same package is never registered twice.
    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }

    Status saveDraftNow();
    void discardDraft();
    // The widget that edits a field of the JSON format ("birth_date", "attachment:photo").
    QWidget* widgetForField(const QString& field) const;
    // Problems shown next to fields (only for fields already visited, or after a register attempt).
    QString problemFor(const QWidget* widget) const;

public slots:
    void requestRegister();

signals:
    void registerRequested(const iin::Application& application);
    // Ctrl+Enter on an incomplete package (after the message saying what is missing): the desk
    // may offer to refuse it at intake.
    void incompleteRegisterRequested(const iin::Application& application);
    void titleChanged(const QString& title);
    void messageRequested(const QString& text, bool isError);
    void draftSaved();
    void checked(const iin::CheckResult& result);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fillCombos();
    void refreshTexts();
    void connectChanges();
    void changed();
    void runCheck();
    void showChecklist();
    void showFieldProblems();
    void updateFieldProblemLabel();
    void updateSections();
    void attachScans();
    void scanPages();    // the scan dialog, kept for the form's life (it holds unattached pages)
    void scanPassport(); // one page from the glass, its zone read, attached as the document
    void readNextScans();
    void removeAttachment();
    void showAttachments();
    void showPreview();
    void focusField(const QString& field);
    QString dateFieldLabel(const DateLineEdit* edit) const;
    Findings typedDateFindings() const;

    std::unique_ptr<Ui::IntakeForm> m_ui;
    ApplicationBasis m_basis;
    DraftStore* m_drafts;
    QString m_operatorLogin;
    QString m_draftId;
    Application m_blank; // what a fresh form holds: a draft is kept only once it differs
    QList<Attachment> m_attachments;
    QHash<QString, QString> m_attachmentFiles; // sha256 -> path
    QHash<QString, QWidget*> m_fieldWidgets;   // JSON path -> widget
    QHash<const DateLineEdit*, QString> m_dateFields;
    QSet<const QWidget*> m_touched;
    bool m_showAllProblems = false;
    bool m_loading = false;
    bool m_busy = false;
    CheckResult m_check;
    std::optional<QString> m_ruleSetError;
    QHash<const QWidget*, QString> m_problems;
    QTimer* m_checkTimer;
    QTimer* m_saveTimer;
    // Scans chosen and waiting to be read and hashed off the UI thread, one choice after
    // another so that they are attached in the order chosen, each with the kind and marks
    // chosen with it. Cleared when the form gets another application.
    struct ChosenScans
    {
        QStringList files;
        AttachmentKind kind = AttachmentKind::Other;
        bool certified = false;
        bool electronic = false;
    };
    QList<ChosenScans> m_chosenScans;
    bool m_readingScans = false;
    quint64 m_scanGeneration = 0;
    ScanPreview* m_preview = nullptr;
    MrzFill* m_mrz = nullptr; // "Read passport" and the zone read (docs/capture.md)
};

} // namespace iin::ui
