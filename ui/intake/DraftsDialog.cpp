#include "ui/intake/DraftsDialog.h"
#include "ui_DraftsDialog.h"

#include "ui/widgets/MessageBar.h"
#include "ui/widgets/MessageBox.h"

#include <QEvent>
#include <QLocale>

namespace iin::ui {

DraftsDialog::DraftsDialog(DraftStore& drafts, QStringList openIds, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::DraftsDialog>()), m_store(drafts),
      m_openIds(std::move(openIds))
{
    m_ui->setupUi(this);
    connect(m_ui->resumeButton, &QPushButton::clicked, this, &DraftsDialog::resume);
    connect(m_ui->discardButton, &QPushButton::clicked, this, &DraftsDialog::discard);
    connect(m_ui->laterButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_ui->draftsListWidget, &QListWidget::itemActivated, this, &DraftsDialog::resume);
    m_ui->resumeButton->setDefault(true);
    m_ui->draftsListWidget->setWordWrap(true);
    resize(fontMetrics().averageCharWidth() * 80, fontMetrics().height() * 20);
    refresh();
}

DraftsDialog::~DraftsDialog() = default;

QString DraftsDialog::summary() const
{
    return m_ui->draftsSummaryLabel->text();
}

void DraftsDialog::refresh()
{
    QStringList unreadable;
    m_drafts.clear();
    for (Draft& d : m_store.drafts(&unreadable)) {
        if (!m_openIds.contains(d.id))
            m_drafts.append(std::move(d));
    }
    const int row = std::max(0, m_ui->draftsListWidget->currentRow());
    m_ui->draftsListWidget->clear();
    const QLocale locale;
    for (const Draft& d : std::as_const(m_drafts)) {
        QString name = d.application.nameCyrillic.fullName();
        if (name.isEmpty())
            name = d.application.nameLatin.fullName();
        if (name.isEmpty())
            name = tr("(no name yet)");
        const QString basis =
            d.application.basis == ApplicationBasis::Annex2 ? tr("Annex 2") : tr("Annex 1");
        m_ui->draftsListWidget->addItem(
            tr("%1 — %2, saved %3 by %4")
                .arg(name, basis, locale.toString(d.savedAt.toLocalTime(), QLocale::ShortFormat),
                     d.operatorLogin));
    }
    m_ui->draftsListWidget->setCurrentRow(std::min(row, int(m_drafts.size()) - 1));
    m_ui->draftsSummaryLabel->setText(
        tr("You have %n unfinished application(s).", nullptr, int(m_drafts.size())));
    if (!unreadable.isEmpty())
        m_ui->messageBar->showMessage(
            tr("%n draft file(s) cannot be read and are left untouched in %1.", nullptr,
               int(unreadable.size()))
                .arg(m_store.folder()),
            MessageBar::Kind::Warning);
    m_ui->resumeButton->setEnabled(!m_drafts.isEmpty());
    m_ui->discardButton->setEnabled(!m_drafts.isEmpty());
}

void DraftsDialog::resume()
{
    const int row = m_ui->draftsListWidget->currentRow();
    if (row < 0 || row >= m_drafts.size())
        return;
    const Draft d = m_drafts.at(row);
    m_openIds.append(d.id);
    emit resumeRequested(d);
    refresh();
    if (m_drafts.isEmpty())
        accept();
}

void DraftsDialog::discard()
{
    const int row = m_ui->draftsListWidget->currentRow();
    if (row < 0 || row >= m_drafts.size())
        return;
    if (MessageBox::question(this, tr("Discard the application"),
                             tr("Discard the selected unfinished application? What was typed "
                                "cannot be recovered."),
                             QMessageBox::Discard | QMessageBox::Cancel,
                             QMessageBox::Cancel) != QMessageBox::Discard)
        return;
    if (Status s = m_store.discard(m_drafts.at(row).id); !s)
        m_ui->messageBar->showMessage(s.errorMessage());
    refresh();
}

void DraftsDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        refresh();
    }
    QDialog::changeEvent(event);
}

} // namespace iin::ui
