#include "ui/intake/MrzFill.h"

#include "core/capture/MrzParser.h"
#include "core/capture/MrzReader.h"
#include "core/capture/MrzToApplication.h"
#include "core/desk/DeskSettings.h"
#include "core/services/BackgroundJob.h"
#include "ui/capture/MrzInputDialog.h"
#include "ui/intake/IntakeForm.h"
#include "ui/widgets/CountryComboBox.h"
#include "ui/widgets/DateLineEdit.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QStyle>

namespace iin::ui {

namespace {

// The fields the zone fills, the proposed Cyrillic names with them, in the draft's order.
const QStringList& markableFields()
{
    static const QStringList fields{
        QStringLiteral("name_latin.surname"),
        QStringLiteral("name_latin.given_name"),
        QStringLiteral("name_cyrillic.surname"),
        QStringLiteral("name_cyrillic.given_name"),
        QStringLiteral("identity_document.number"),
        QStringLiteral("identity_document.issuing_state"),
        QStringLiteral("citizenship"),
        QStringLiteral("birth_date"),
        QStringLiteral("sex"),
        QStringLiteral("identity_document.expiry_date"),
    };
    return fields;
}

QString textOf(const Application& a, const QString& field)
{
    const IdentityDocument d = a.identityDocument.value_or(IdentityDocument{});
    if (field == u"name_latin.surname")
        return a.nameLatin.surname;
    if (field == u"name_latin.given_name")
        return a.nameLatin.givenName;
    if (field == u"name_cyrillic.surname")
        return a.nameCyrillic.surname;
    if (field == u"name_cyrillic.given_name")
        return a.nameCyrillic.givenName;
    if (field == u"identity_document.number")
        return d.number;
    if (field == u"identity_document.issuing_state")
        return d.issuingState;
    if (field == u"citizenship")
        return a.citizenship;
    return {};
}

} // namespace

MrzFill::MrzFill(IntakeForm* form)
    : QWidget(form), m_form(form), m_readButton(new QPushButton(this)),
      m_scanButton(new QPushButton(this)), m_stateLabel(new QLabel(this)),
      m_confirmButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("mrzFill"));
    m_readButton->setObjectName(QStringLiteral("readPassportButton"));
    m_confirmButton->setObjectName(QStringLiteral("confirmMrzButton"));
    m_scanButton->setObjectName(QStringLiteral("scanPassportButton"));
    m_scanButton->setAutoDefault(false);
    m_stateLabel->setObjectName(QStringLiteral("mrzStateLabel"));
    m_stateLabel->setWordWrap(true);
    m_readButton->setAutoDefault(false);
    m_confirmButton->setAutoDefault(false);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_readButton);
    layout->addWidget(m_scanButton);
    layout->addWidget(m_stateLabel, 1);
    layout->addWidget(m_confirmButton);
    connect(m_readButton, &QPushButton::clicked, this, &MrzFill::read);
    connect(m_confirmButton, &QPushButton::clicked, this, &MrzFill::confirmAll);
    auto* shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_M), form, this, &MrzFill::read);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(m_scanButton, &QPushButton::clicked, this, &MrzFill::scanRequested);
    auto* scan = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M), form, this,
                               &MrzFill::scanRequested);
    scan->setContext(Qt::WidgetWithChildrenShortcut);

    // The marks are the clerk's to remove: editing a marked field is taking it over. Only the
    // clerk's own edits count (textEdited, activated), not the fill itself.
    for (const QString& field : markableFields()) {
        QWidget* w = form->widgetForField(field);
        if (!w)
            continue;
        m_widgets.insert(field, w);
        if (auto* edit = qobject_cast<QLineEdit*>(w))
            connect(edit, &QLineEdit::textEdited, this, [this, field] { unmark(field); });
        else if (auto* combo = qobject_cast<QComboBox*>(w))
            connect(combo, &QComboBox::activated, this, [this, field] { unmark(field); });
    }
    form->setStyleSheet(form->styleSheet() +
                        QStringLiteral(" QLineEdit[fromMrz=\"true\"], QComboBox[fromMrz=\"true\"]"
                                       " { background: #e5effa; color: #1b1b1b; }"));
    retranslate();
    showState();
}

void MrzFill::retranslate()
{
    m_readButton->setText(tr("Read passport (Ctrl+M)"));
    m_readButton->setAccessibleName(tr("Read passport"));
    m_readButton->setToolTip(tr("Fill the fields from the passport's machine-readable zone: a "
                                "reader, or the lines typed or pasted"));
    m_scanButton->setText(tr("Scan passport (Ctrl+Shift+M)"));
    m_scanButton->setAccessibleName(tr("Scan passport"));
    m_scanButton->setToolTip(tr("Scan the passport's data page, fill the fields from its "
                                "machine-readable zone and attach the page as the copy of the "
                                "identity document"));
    m_confirmButton->setText(tr("Confirm the fields read"));
    m_confirmButton->setAccessibleName(tr("Confirm the fields read from the passport"));
    for (QAction* action : std::as_const(m_confirmActions))
        action->setToolTip(tr("Confirm this field"));
}

void MrzFill::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        showState();
        showMarks();
    }
    QWidget::changeEvent(event);
}

void MrzFill::read()
{
    // Not while the form registers, nor on an Annex 2 form (it has no identity document).
    if (!m_form->isEnabled() || !isVisibleTo(m_form))
        return;
    const QSettings stored;
    const DeskSettings settings = DeskSettings::load(stored);
    std::optional<SerialReaderOptions> reader;
    if (!settings.readerPort.trimmed().isEmpty()) {
        reader = SerialReaderOptions{settings.readerPort.trimmed(), settings.readerBaudRate,
                                     settings.readerDataBits,       settings.readerParity,
                                     settings.readerStopBits,       settings.readerDtrRts};
    }
    auto* dialog = new MrzInputDialog(reader, m_form);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { fill(dialog->record()); });
    // The keyboard goes back to the field it was in, so that the clerk goes on typing (or
    // presses Ctrl+Enter) without reaching for the mouse.
    const QPointer<QWidget> focused = QApplication::focusWidget();
    connect(dialog, &QDialog::finished, this, [this, focused] {
        m_form->activateWindow();
        if (focused && focused->isEnabled())
            focused->setFocus(Qt::OtherFocusReason);
    });
    dialog->open();
}

void MrzFill::fill(const MrzRecord& record)
{
    if (!record.recognised)
        return;
    Application a = m_form->application();
    const QStringList filled = MrzToApplication::fill(record, a);
    for (const QString& field : filled) {
        QWidget* w = m_widgets.value(field);
        if (auto* date = qobject_cast<DateLineEdit*>(w))
            date->setDate(field == u"birth_date" ? a.birthDate : a.identityDocument->expiryDate);
        else if (auto* country = qobject_cast<CountryComboBox*>(w))
            country->setAlpha3(textOf(a, field));
        else if (auto* combo = qobject_cast<QComboBox*>(w))
            combo->setCurrentIndex(std::max(0, combo->findData(int(a.sex))));
        else if (auto* edit = qobject_cast<QLineEdit*>(w))
            edit->setText(textOf(a, field));
    }
    m_record = record;
    m_unconfirmed = QSet<QString>(filled.cbegin(), filled.cend());
    showMarks();
    showState();
    emit marksChanged();
}

void MrzFill::restore(const QStringList& lines, const QStringList& unconfirmed)
{
    m_record = lines.isEmpty() ? MrzRecord{} : MrzParser::parse(lines, QDate::currentDate());
    m_unconfirmed.clear();
    if (m_record.recognised) {
        for (const QString& field : unconfirmed) {
            if (m_widgets.contains(field))
                m_unconfirmed.insert(field);
        }
    }
    showMarks();
    showState();
}

void MrzFill::clear()
{
    ++m_generation;
    m_pagesToRead.clear();
    restore({}, {});
}

void MrzFill::readScannedPage(const QImage& page)
{
    if (m_record.recognised || page.isNull())
        return;
    m_pagesToRead.append(page);
    readNextPage();
}

void MrzFill::readNextPage()
{
    if (m_readingPage || m_pagesToRead.isEmpty())
        return;
    if (m_record.recognised) { // a zone came in meanwhile (a reader, an earlier page)
        m_pagesToRead.clear();
        return;
    }
    m_readingPage = true;
    BackgroundJob::run(
        this,
        [page = m_pagesToRead.takeFirst()] {
            return MrzReader::read(MrzPageImage::fromImage(page), QDate::currentDate());
        },
        [this, generation = m_generation](const Result<MrzReading>& reading) {
            m_readingPage = false;
            if (generation == m_generation && reading && reading->record.valid &&
                !m_record.recognised) {
                m_pagesToRead.clear();
                fill(reading->record);
                emit filledFromScan();
                return;
            }
            readNextPage();
        });
}

void MrzFill::confirmAll()
{
    if (m_unconfirmed.isEmpty())
        return;
    m_unconfirmed.clear();
    showMarks();
    showState();
    emit marksChanged();
}

void MrzFill::unmark(const QString& field)
{
    if (!m_unconfirmed.remove(field))
        return;
    showMarks();
    showState();
    emit marksChanged();
}

QStringList MrzFill::unconfirmed() const
{
    QStringList fields;
    for (const QString& field : markableFields()) {
        if (m_unconfirmed.contains(field))
            fields << field;
    }
    return fields;
}

QString MrzFill::fieldOf(const QWidget* widget) const
{
    for (auto it = m_widgets.cbegin(); it != m_widgets.cend(); ++it) {
        if (it.value() == widget)
            return it.key();
    }
    return {};
}

QString MrzFill::markFor(const QWidget* widget) const
{
    const QString field = fieldOf(widget);
    if (field.isEmpty() || !m_unconfirmed.contains(field))
        return {};
    if (field.startsWith(u"name_cyrillic"))
        return tr("Proposed from the Latin name in the passport's machine-readable zone: "
                  "correct the spelling, then confirm.");
    return tr("Read from the passport's machine-readable zone: compare it with the document, "
              "then confirm.");
}

void MrzFill::showMarks()
{
    for (auto it = m_widgets.cbegin(); it != m_widgets.cend(); ++it) {
        QWidget* w = it.value();
        const bool marked = m_unconfirmed.contains(it.key());
        if (w->property("fromMrz").toBool() != marked) {
            w->setProperty("fromMrz", marked);
            w->style()->unpolish(w);
            w->style()->polish(w);
        }
        auto* edit = qobject_cast<QLineEdit*>(w);
        if (!edit)
            continue;
        QAction* action = m_confirmActions.value(w);
        if (marked && !action) {
            // A visible sign besides the tint, and the way to confirm one field alone.
            action = edit->addAction(style()->standardIcon(QStyle::SP_DialogApplyButton),
                                     QLineEdit::TrailingPosition);
            action->setObjectName(QStringLiteral("confirmMrzFieldAction"));
            action->setToolTip(tr("Confirm this field"));
            const QString field = it.key();
            connect(action, &QAction::triggered, this, [this, field] { unmark(field); });
            m_confirmActions.insert(w, action);
        } else if (!marked && action) {
            edit->removeAction(action);
            m_confirmActions.remove(w);
            action->deleteLater();
        }
    }
}

void MrzFill::showState()
{
    QString state;
    if (!m_record.recognised)
        state = tr("Fills the person and document fields from the passport.");
    else if (!m_unconfirmed.isEmpty())
        state =
            (m_record.valid ? QString() : tr("The zone did not check out and was used anyway. ")) +
            tr("%n field(s) filled from the passport are marked: compare each with the "
               "document and correct or confirm it.",
               nullptr, int(m_unconfirmed.size()));
    else
        state = tr("Read from the passport; the fields are confirmed. Fields that later differ "
                   "from the passport are listed in the checklist.");
    m_stateLabel->setText(state);
    m_stateLabel->setAccessibleName(state);
    m_confirmButton->setVisible(!m_unconfirmed.isEmpty());
}

Findings MrzFill::findings(const Application& application) const
{
    if (!m_record.recognised)
        return {};
    Findings findings = MrzToApplication::contradictions(application, m_record);
    if (!m_unconfirmed.isEmpty()) {
        const QStringList fields = unconfirmed();
        findings.append({QStringLiteral("mrz.unconfirmed"),
                         tr("Identity document, machine-readable zone"), Severity::Warning,
                         fields.first(),
                         tr("%n field(s) read from the passport are not confirmed yet.", nullptr,
                            int(fields.size()))});
    }
    return findings;
}

} // namespace iin::ui
