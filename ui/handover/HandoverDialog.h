#pragma once

#include "core/application/Application.h"
#include "core/journal/Handover.h"

#include <QDialog>
#include <QHash>

#include <memory>
#include <optional>

namespace Ui {
class HandoverDialog;
}

namespace iin::ui {

// Paragraph 11-1 at the counter: the clerk chooses how the certificate is handed over (to the
// person on an identity document, to the person on a document from the digital documents
// service, to a representative on a power of attorney) and types that document's details; only
// the fields of the chosen way are shown. OK checks the entry (core's Handover::check), lists the
// problems in the dialog naming each field and puts the cursor on the first one; a complete
// entry is handed on by handoverConfirmed() while the dialog waits, busy, for the journal's
// answer: recorded() closes it, refused() shows why and lets the clerk correct it.
class HandoverDialog : public QDialog
{
    Q_OBJECT

public:
    HandoverDialog(qint64 applicationId, const QString& registrationNumber,
                   QWidget* parent = nullptr);
    ~HandoverDialog() override;

    qint64 applicationId() const { return m_applicationId; }
    QString registrationNumber() const { return m_registrationNumber; }

    HandoverRecipient recipient() const;
    void setRecipient(HandoverRecipient recipient);
    // What is typed, for the chosen way only.
    Handover handover() const;
    // The field (JSON spelling, as in Problem::field) -> its widget.
    QWidget* widgetForField(const QString& field) const;

    // The identity document the application was registered on: shown above the fields, and a
    // warning below them while the number typed for the person's own document differs from it
    // (compared as the duplicate check compares numbers, core/person/DocumentNumber). The clerk
    // may still record the handover: a passport renewed since registration has a new number.
    void setDocumentOnFile(const IdentityDocument& document);
    QString documentOnFileText() const;
    // Empty while the numbers agree (or nothing is typed, or the certificate goes to someone else).
    QString documentMismatch() const;

    bool isBusy() const { return m_busy; }
    QString message() const;

public slots:
    // Checks the entry; emits handoverConfirmed() when it is complete. Does not close.
    void accept() override;
    // The journal recorded the handover: the dialog closes as accepted.
    void recorded();
    // The journal refused it: the reason is shown and the entry can be corrected.
    void refused(const QString& message);

signals:
    void handoverConfirmed(const iin::Handover& handover);

protected:
    void changeEvent(QEvent* event) override;

private:
    void refreshTexts();
    void showFieldsOfRecipient();
    void setBusy(bool busy);
    void markProblems(const Problems& problems);
    void showDocumentOnFile();

    std::unique_ptr<Ui::HandoverDialog> m_ui;
    qint64 m_applicationId;
    QString m_registrationNumber;
    QHash<QString, QWidget*> m_fields;
    std::optional<IdentityDocument> m_documentOnFile;
    bool m_busy = false;
};

} // namespace iin::ui
