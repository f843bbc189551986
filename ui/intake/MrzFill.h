#pragma once

#include "core/application/Application.h"
#include "core/base/Finding.h"
#include "core/capture/MrzRecord.h"

#include <QHash>
#include <QImage>
#include <QList>
#include <QSet>
#include <QStringList>
#include <QWidget>

class QAction;
class QLabel;
class QPushButton;

namespace iin::ui {

class IntakeForm;

// The intake's "Read passport" (Ctrl+M), the bar at the top of its document section: reads a
// machine-readable zone (MrzInputDialog: a wedge reader, a serial reader, pasted lines), fills
// the fields it gives (MrzToApplication) and marks each one as read from the zone until the
// clerk edits it or confirms it (a tinted field with a confirm button, and the tooltip and
// accessible description saying so). The zone read stays with the application: its lines and
// the fields not yet confirmed go into the draft, and findings() lists on the checklist every
// field typed later that contradicts it.
class MrzFill : public QWidget
{
    Q_OBJECT

public:
    explicit MrzFill(IntakeForm* form);

    // Opens the dialog; what it accepts fills the form.
    void read();
    // Fills the form from a zone (the dialog's, or one read off a scan) and marks the fields.
    void fill(const MrzRecord& record);
    // A page scanned at the counter: its zone is read on the thread pool, page after page, and
    // the first whose check digits hold fills the form as a reader's would, with the same
    // marks. Pages that come while the form already holds a zone are not read: the reader's
    // zone or an earlier page's stays.
    void readScannedPage(const QImage& page);
    // Every mark removed: the clerk compared the fields with the document.
    void confirmAll();
    void clear();

    bool hasRecord() const { return m_record.recognised; }
    const MrzRecord& record() const { return m_record; }
    QStringList lines() const { return m_record.lines; }
    QStringList unconfirmed() const;
    bool isMarked(const QString& field) const { return m_unconfirmed.contains(field); }
    // From a draft: the zone's lines (parsed again) and the fields still to confirm.
    void restore(const QStringList& lines, const QStringList& unconfirmed);

    // The contradictions with the zone (MrzToApplication) and, while some fields are still
    // marked, one warning saying so.
    Findings findings(const Application& application) const;
    // What a marked field's tooltip says; empty for the others.
    QString markFor(const QWidget* widget) const;

signals:
    // Marks were set or removed: the form refreshes its field notes and saves the draft.
    void marksChanged();
    // "Scan passport" was pressed: the form scans one page and reads its zone on the way.
    void scanRequested();
    // A scanned page's zone filled the form.
    void filledFromScan();

protected:
    void changeEvent(QEvent* event) override;

private:
    void readNextPage();
    void showMarks();
    void showState();
    void retranslate();
    void unmark(const QString& field);
    QString fieldOf(const QWidget* widget) const;

    IntakeForm* m_form;
    QPushButton* m_readButton;
    QPushButton* m_scanButton;
    QLabel* m_stateLabel;
    QPushButton* m_confirmButton;
    MrzRecord m_record;
    QSet<QString> m_unconfirmed;
    QList<QImage> m_pagesToRead;
    bool m_readingPage = false;
    quint64 m_generation = 0;                   // moves on when the form takes another application
    QHash<QString, QWidget*> m_widgets;         // JSON path -> the field's widget
    QHash<QWidget*, QAction*> m_confirmActions; // in a marked line edit
};

} // namespace iin::ui
