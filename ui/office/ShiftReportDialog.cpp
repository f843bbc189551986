#include "ui/office/ShiftReportDialog.h"
#include "ui_ShiftReportDialog.h"

#include "core/desk/DeskSettings.h"
#include "core/office/OfficeThresholds.h"
#include "core/office/ShiftReportCsv.h"
#include "core/office/ShiftReportDocument.h"
#include "core/office/ShiftReportLabels.h"
#include "core/operators/OperatorDirectory.h"
#include "core/services/StoreThread.h"
#include "core/usecases/MakeShiftReport.h"
#include "ui/printing/DeskPrinter.h"
#include "ui/widgets/FileDialog.h"
#include "ui/widgets/MessageBar.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QPagedPaintDevice>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>

namespace iin::ui {

namespace {

bool mayReportAnyone(const Operator& op)
{
    return roleMay(op.role, Permission::ReportAnyShift);
}

QTableWidgetItem* cell(const QString& text, bool number = false)
{
    auto* item = new QTableWidgetItem(text);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

ShiftReportDialog::ShiftReportDialog(StoreThread* journal, const Operator& op, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ShiftReportDialog>()), m_journal(journal),
      m_operator(op)
{
    m_ui->setupUi(this);
    const QDate today = QDate::currentDate();
    m_ui->fromDateEdit->setDate(today);
    m_ui->toDateEdit->setDate(today);
    for (QTableWidget* table : {m_ui->countsTableWidget, m_ui->exceptionsTableWidget}) {
        table->verticalHeader()->setVisible(false);
        table->horizontalHeader()->setStretchLastSection(true);
    }
    // The label takes the width, the figure what it needs.
    m_ui->countsTableWidget->horizontalHeader()->setStretchLastSection(false);
    m_ui->countsTableWidget->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_ui->countsTableWidget->horizontalHeader()->setSectionResizeMode(
        1, QHeaderView::ResizeToContents);
    connect(m_ui->showButton, &QPushButton::clicked, this, &ShiftReportDialog::showReport);
    connect(m_ui->savePdfButton, &QPushButton::clicked, this, &ShiftReportDialog::savePdf);
    connect(m_ui->saveCsvButton, &QPushButton::clicked, this, &ShiftReportDialog::saveCsv);
    connect(m_ui->printButton, &QPushButton::clicked, this, &ShiftReportDialog::print);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->fromDateEdit, &QDateEdit::dateChanged, this, [this](const QDate& from) {
        if (m_ui->toDateEdit->date() < from)
            m_ui->toDateEdit->setDate(from);
    });

    // A clerk or an officer reports on their own work; the others choose.
    fillOperators({});
    if (mayReportAnyone(m_operator) && m_journal) {
        m_journal->run(
            this,
            [](StoreContext& c) -> Result<QStringList> {
                Result<QList<Operator>> list = OperatorDirectory(c.database()).operators();
                if (!list)
                    return list.error();
                QStringList logins;
                for (const Operator& o : *list)
                    logins << o.login;
                return logins;
            },
            [this](Result<QStringList> logins) {
                if (logins)
                    fillOperators(*logins);
            });
    }
    setBusy(false);
    showReport();
}

ShiftReportDialog::~ShiftReportDialog() = default;

QString ShiftReportDialog::message() const
{
    return m_ui->messageBar->text();
}

void ShiftReportDialog::fillOperators(const QStringList& logins)
{
    m_logins = logins;
    QComboBox* combo = m_ui->operatorComboBox;
    const QVariant chosen = combo->currentData();
    combo->clear();
    if (mayReportAnyone(m_operator)) {
        combo->addItem(tr("All operators"), QString());
        for (const QString& login : logins)
            combo->addItem(login, login);
    } else {
        combo->addItem(m_operator.login, m_operator.login);
    }
    if (chosen.isValid())
        combo->setCurrentIndex(std::max(0, combo->findData(chosen)));
}

ShiftReportRequest ShiftReportDialog::request() const
{
    const QSettings settings;
    const DeskSettings desk = DeskSettings::load(settings);
    ShiftReportRequest r;
    r.office = desk.officeCodeInUse();
    r.desk = desk.deskCodeInUse();
    r.operatorId = m_ui->operatorComboBox->currentData().toString();
    r.from = m_ui->fromDateEdit->date();
    r.to = std::max(m_ui->toDateEdit->date(), r.from);
    r.thresholds = OfficeThresholds::load(settings);
    r.training = desk.trainingMode();
    return r;
}

void ShiftReportDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->showButton->setEnabled(!busy);
    for (QPushButton* b : {m_ui->savePdfButton, m_ui->saveCsvButton, m_ui->printButton})
        b->setEnabled(!busy && m_report.has_value());
}

void ShiftReportDialog::showReport()
{
    if (!m_journal || m_busy)
        return;
    setBusy(true);
    const ShiftReportRequest r = request();
    const QString login = m_operator.login;
    m_journal->run(
        this,
        [r, login](StoreContext& c) {
            return MakeShiftReport::run(c.database(), r, login, QStringLiteral("window"));
        },
        [this](Result<ShiftReportData> report) {
            if (!report) {
                m_ui->messageBar->showMessage(report.errorMessage());
                setBusy(false);
                return;
            }
            m_ui->messageBar->clearMessage();
            display(*report);
            setBusy(false);
            emit reportShown();
        });
}

void ShiftReportDialog::display(const ShiftReportData& r)
{
    m_report = r;
    const QString who = r.operatorId.isEmpty() ? tr("all operators") : r.operatorId;
    const QString period = r.from == r.to
                               ? QLocale().toString(r.from, QLocale::ShortFormat)
                               : tr("%1 to %2")
                                     .arg(QLocale().toString(r.from, QLocale::ShortFormat),
                                          QLocale().toString(r.to, QLocale::ShortFormat));
    const QString summary = tr("Office %1, desk %2, %3, %4.").arg(r.office, r.desk, who, period);
    m_ui->summaryLabel->setText(summary);
    m_ui->summaryLabel->setAccessibleDescription(summary);

    QList<ShiftReportLine> lines = ShiftReportLabels::counts(r.counts);
    lines += ShiftReportLabels::blanks(r.blanks.balance);
    QTableWidget* counts = m_ui->countsTableWidget;
    counts->setRowCount(int(lines.size() + r.blanks.balance.spoiledBlanks.size()));
    int row = 0;
    for (const ShiftReportLine& line : lines) {
        counts->setItem(row, 0, cell(line.label));
        QTableWidgetItem* value = cell(QString::number(line.value), true);
        value->setData(Qt::UserRole, line.key);
        counts->setItem(row++, 1, value);
    }
    for (const SpoiledBlank& b : r.blanks.balance.spoiledBlanks) {
        counts->setItem(row, 0,
                        cell(tr("Spoiled blank %1 (%2), countersigned by %3")
                                 .arg(b.serial)
                                 .arg(b.reason, b.countersignedBy)));
        counts->setItem(row++, 1, cell(QString::number(b.serial), true));
    }

    QTableWidget* exceptions = m_ui->exceptionsTableWidget;
    exceptions->setRowCount(int(r.exceptions.size()));
    row = 0;
    for (const OfficeException& e : r.exceptions) {
        exceptions->setItem(row, 0, cell(OfficeException::title(e.kind)));
        exceptions->setItem(row, 1, cell(e.registrationNumber));
        exceptions->setItem(row, 2, cell(e.operatorId));
        exceptions->setItem(row, 3,
                            cell(QLocale().toString(e.since.toLocalTime(), QLocale::ShortFormat)));
        exceptions->setItem(row++, 4, cell(e.detail));
    }
    m_ui->exceptionsLabel->setText(tr("Needs attention: %n", nullptr, int(r.exceptions.size())));
}

void ShiftReportDialog::output(const QString& format,
                               std::function<Status(const ShiftReportData&, StoreContext&)> write,
                               const QString& done, const QString& file)
{
    if (!m_journal || m_busy || !m_report)
        return;
    setBusy(true);
    ShiftReportRequest r = request();
    // As of the report shown: the same exceptions, the events counted up to now.
    r.operatorId = m_report->operatorId;
    r.from = m_report->from;
    r.to = m_report->to;
    r.now = m_report->generatedAt;
    const QString login = m_operator.login;
    m_journal->run(
        this,
        [r, login, format, write](StoreContext& c) -> Result<ShiftReportData> {
            Result<ShiftReportData> report = MakeShiftReport::run(c.database(), r, login, format);
            if (!report)
                return report;
            if (Status s = write(*report, c); !s)
                return s.error();
            return report;
        },
        [this, done, file](Result<ShiftReportData> report) {
            setBusy(false);
            if (!report) {
                m_ui->messageBar->showMessage(report.errorMessage());
                return;
            }
            display(*report);
            setBusy(false);
            m_ui->messageBar->showMessage(done, MessageBar::Kind::Positive);
            if (!file.isEmpty())
                emit fileSaved(file);
        });
}

void ShiftReportDialog::savePdf()
{
    if (!m_report)
        return;
    QString path = FileDialog::saveFileName(
        this, tr("Save the report as PDF"),
        QStringLiteral("shift-report-%1.pdf").arg(m_report->from.toString(Qt::ISODate)),
        tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    const QSettings settings;
    const DeskSettings desk = DeskSettings::load(settings);
    const BilingualText office{desk.officeNameKk, desk.officeNameRu};
    const bool training = desk.trainingMode();
    const QString keyFile = desk.deskKeyFile;
    output(
        QStringLiteral("pdf"),
        [=](const ShiftReportData& report, StoreContext& c) -> Status {
            Result<SigningKey> key = ShiftReportDocument::signingKey(training, keyFile, c.path());
            if (!key)
                return key.error();
            Result<QString> written = ShiftReportDocument::writePdf(report, office, *key, path);
            if (!written)
                return written.error();
            return {};
        },
        tr("The report was saved to %1.").arg(QDir::toNativeSeparators(path)), path);
}

void ShiftReportDialog::saveCsv()
{
    if (!m_report)
        return;
    QString path = FileDialog::saveFileName(
        this, tr("Save the report as CSV"),
        QStringLiteral("shift-report-%1.csv").arg(m_report->from.toString(Qt::ISODate)),
        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".csv");
    output(
        QStringLiteral("csv"),
        [path](const ShiftReportData& report, StoreContext&) -> Status {
            const QByteArray bytes = ShiftReportCsv::write(report);
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() ||
                !file.commit())
                return Error{QStringLiteral("report.file"),
                             ShiftReportDialog::tr("The report could not be saved to %1: %2")
                                 .arg(QDir::toNativeSeparators(path), file.errorString())};
            return {};
        },
        tr("The report was saved to %1.").arg(QDir::toNativeSeparators(path)), path);
}

void ShiftReportDialog::print()
{
    if (!m_report)
        return;
    const QSettings settings;
    const DeskSettings desk = DeskSettings::load(settings);
    Result<std::shared_ptr<QPagedPaintDevice>> printer =
        DeskPrinter::openPrinter(desk.printerName, ShiftReportDocument::title());
    if (!printer) {
        m_ui->messageBar->showMessage(printer.errorMessage(), MessageBar::Kind::Warning);
        return;
    }
    const BilingualText office{desk.officeNameKk, desk.officeNameRu};
    const bool training = desk.trainingMode();
    const QString keyFile = desk.deskKeyFile;
    std::shared_ptr<QPagedPaintDevice> device = std::move(printer).value();
    output(QStringLiteral("print"),
           [=](const ShiftReportData& report, StoreContext& c) -> Status {
               Result<SigningKey> key =
                   ShiftReportDocument::signingKey(training, keyFile, c.path());
               if (!key)
                   return key.error();
               Result<QString> painted =
                   ShiftReportDocument::paint(report, office, *key, device.get());
               if (!painted)
                   return painted.error();
               return {};
           },
           tr("The report was sent to the printer."), {});
}

void ShiftReportDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillOperators(m_logins);
        if (m_report)
            display(*m_report);
    }
    QDialog::changeEvent(event);
}

} // namespace iin::ui
