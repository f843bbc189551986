#include "ui/shell/SettingsDialog.h"
#include "ui_SettingsDialog.h"

#include <QEvent>
#include <QLocale>
#include <QPrinterInfo>
#include <QSerialPortInfo>
#include <QSettings>
#include <QSignalBlocker>
#include <QStyle>

namespace iin::ui {

SettingsDialog::SettingsDialog(QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SettingsDialog>())
{
    m_ui->setupUi(this);
    setStyleSheet(QStringLiteral("QLineEdit[invalid=\"true\"], QSpinBox[invalid=\"true\"], "
                                 "QComboBox[invalid=\"true\"] { border: 2px solid #a4262c; }"));
    fillLanguages();
    // The printers this computer knows; another name can still be typed (a printer not
    // installed yet).
    m_ui->printerNameComboBox->addItems(QPrinterInfo::availablePrinterNames());
    fillReaderChoices();
    connect(m_ui->settingsButtonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->settingsButtonBox, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_ui->showTokenCheckBox, &QCheckBox::toggled, this, [this](bool show) {
        m_ui->deskTokenLineEdit->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password);
    });
    // The registry prints a desk's credential as "<desk-id>:<secret>": pasted whole into the
    // token field, it is split into its two fields.
    connect(m_ui->deskTokenLineEdit, &QLineEdit::editingFinished, this, [this] {
        const QString pasted = m_ui->deskTokenLineEdit->text();
        const qsizetype colon = pasted.indexOf(u':');
        if (colon <= 0)
            return;
        const QString id = pasted.left(colon).trimmed();
        if (!m_ui->deskIdLineEdit->text().trimmed().isEmpty() &&
            m_ui->deskIdLineEdit->text().trimmed() != id)
            return;
        m_ui->deskIdLineEdit->setText(id);
        m_ui->deskTokenLineEdit->setText(pasted.mid(colon + 1));
    });
    // Codes are upper case by definition: typing "alm01" gives "ALM01".
    for (QLineEdit* edit : {m_ui->officeCodeLineEdit, m_ui->deskCodeLineEdit}) {
        connect(edit, &QLineEdit::textEdited, edit, [edit](const QString& text) {
            const int cursor = edit->cursorPosition();
            edit->setText(text.toUpper());
            edit->setCursorPosition(cursor);
        });
    }
    m_ui->outboxStuckHoursSpinBox->setRange(1, OfficeThresholds::MaxHours);
    m_ui->iinWithinHoursSpinBox->setRange(1, OfficeThresholds::MaxHours);
    m_ui->printWithinHoursSpinBox->setRange(1, OfficeThresholds::MaxHours);
    m_ui->handoverWithinDaysSpinBox->setRange(1, OfficeThresholds::MaxDays);
    m_ui->blanksBelowSpinBox->setRange(0, OfficeThresholds::MaxBlanks);
    const QSettings stored;
    setSettings(DeskSettings::load(stored));
    setThresholds(OfficeThresholds::load(stored));
    setBackupSettings(BackupSettings::load(stored));
    m_ui->lastBackupValueLabel->setText(tr("(reading the journal…)"));
}

BackupSettings SettingsDialog::backupSettings() const
{
    BackupSettings b;
    b.folder = m_ui->backupFolderLineEdit->text().trimmed();
    b.publicKeyFile = m_ui->backupPublicKeyFileLineEdit->text().trimmed();
    b.keep = m_ui->backupKeepSpinBox->value();
    b.at = m_ui->backupTimeEdit->time();
    return b;
}

void SettingsDialog::setBackupSettings(const BackupSettings& b)
{
    m_ui->backupFolderLineEdit->setText(b.folder);
    m_ui->backupPublicKeyFileLineEdit->setText(b.publicKeyFile);
    m_ui->backupKeepSpinBox->setValue(b.keep);
    m_ui->backupTimeEdit->setTime(b.at);
}

void SettingsDialog::setLastBackup(const QDateTime& lastGood)
{
    m_ui->lastBackupValueLabel->setText(
        lastGood.isValid() ? QLocale().toString(lastGood.toLocalTime(), QLocale::ShortFormat)
                           : tr("none yet"));
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::fillLanguages()
{
    QComboBox* combo = m_ui->defaultLanguageComboBox;
    const QVariant chosen = combo->currentData();
    const QSignalBlocker block(combo);
    combo->clear();
    combo->addItem(QStringLiteral("Қазақша"), QStringLiteral("kk"));
    combo->addItem(QStringLiteral("Русский"), QStringLiteral("ru"));
    combo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    if (chosen.isValid())
        combo->setCurrentIndex(combo->findData(chosen));
}

DeskSettings SettingsDialog::settings() const
{
    DeskSettings s;
    s.registryUrl = m_ui->registryUrlLineEdit->text().trimmed();
    s.deskId = m_ui->deskIdLineEdit->text().trimmed();
    s.deskToken = m_ui->deskTokenLineEdit->text();
    s.officeCode = m_ui->officeCodeLineEdit->text().trimmed();
    s.deskCode = m_ui->deskCodeLineEdit->text().trimmed();
    s.printerName = m_ui->printerNameComboBox->currentText().trimmed();
    s.idleLockMinutes = m_ui->idleLockMinutesSpinBox->value();
    s.officeNameKk = m_ui->officeNameKkLineEdit->text().trimmed();
    s.officeNameRu = m_ui->officeNameRuLineEdit->text().trimmed();
    s.deskKeyFile = m_ui->signingKeyFileLineEdit->text().trimmed();
    s.registryCaFile = m_ui->registryCaFileLineEdit->text().trimmed();
    s.defaultLanguage = m_ui->defaultLanguageComboBox->currentData().toString();
    s.readerPort = m_ui->readerPortComboBox->currentText().trimmed();
    bool isNumber = false;
    s.readerBaudRate = m_ui->readerBaudRateComboBox->currentText().trimmed().toInt(&isNumber);
    if (!isNumber)
        s.readerBaudRate = 0; // named by validate()
    s.readerDataBits = m_ui->readerDataBitsComboBox->currentData().toInt();
    s.readerParity = m_ui->readerParityComboBox->currentData().toString();
    s.readerStopBits = m_ui->readerStopBitsComboBox->currentData().toString();
    s.readerDtrRts = m_ui->readerDtrRtsCheckBox->isChecked();
    return s;
}

void SettingsDialog::setSettings(const DeskSettings& s)
{
    m_ui->registryUrlLineEdit->setText(s.registryUrl);
    m_ui->deskIdLineEdit->setText(s.deskId);
    m_ui->deskTokenLineEdit->setText(s.deskToken);
    m_ui->officeCodeLineEdit->setText(s.officeCode);
    m_ui->deskCodeLineEdit->setText(s.deskCode);
    m_ui->printerNameComboBox->setEditText(s.printerName);
    m_ui->idleLockMinutesSpinBox->setValue(s.idleLockMinutes);
    m_ui->officeNameKkLineEdit->setText(s.officeNameKk);
    m_ui->officeNameRuLineEdit->setText(s.officeNameRu);
    m_ui->signingKeyFileLineEdit->setText(s.deskKeyFile);
    m_ui->registryCaFileLineEdit->setText(s.registryCaFile);
    m_ui->defaultLanguageComboBox->setCurrentIndex(
        std::max(0, m_ui->defaultLanguageComboBox->findData(s.defaultLanguage)));
    m_ui->readerPortComboBox->setEditText(s.readerPort);
    m_ui->readerBaudRateComboBox->setEditText(QString::number(s.readerBaudRate));
    for (auto [combo, value] :
         {std::pair<QComboBox*, QVariant>{m_ui->readerDataBitsComboBox, s.readerDataBits},
          {m_ui->readerParityComboBox, s.readerParity},
          {m_ui->readerStopBitsComboBox, s.readerStopBits}})
        combo->setCurrentIndex(std::max(0, combo->findData(value)));
    m_ui->readerDtrRtsCheckBox->setChecked(s.readerDtrRts);
}

OfficeThresholds SettingsDialog::thresholds() const
{
    OfficeThresholds t;
    t.outboxStuckHours = m_ui->outboxStuckHoursSpinBox->value();
    t.iinWithinHours = m_ui->iinWithinHoursSpinBox->value();
    t.printWithinHours = m_ui->printWithinHoursSpinBox->value();
    t.handoverWithinDays = m_ui->handoverWithinDaysSpinBox->value();
    t.blanksBelow = m_ui->blanksBelowSpinBox->value();
    return t;
}

void SettingsDialog::setThresholds(const OfficeThresholds& t)
{
    m_ui->outboxStuckHoursSpinBox->setValue(t.outboxStuckHours);
    m_ui->iinWithinHoursSpinBox->setValue(t.iinWithinHours);
    m_ui->printWithinHoursSpinBox->setValue(t.printWithinHours);
    m_ui->handoverWithinDaysSpinBox->setValue(t.handoverWithinDays);
    m_ui->blanksBelowSpinBox->setValue(t.blanksBelow);
}

void SettingsDialog::fillReaderChoices()
{
    // The serial ports this computer has now; another name can be typed (a reader not plugged
    // in yet).
    if (m_ui->readerPortComboBox->count() == 0) {
        m_ui->readerPortComboBox->addItem(QString());
        for (const QSerialPortInfo& port : QSerialPortInfo::availablePorts())
            m_ui->readerPortComboBox->addItem(port.portName());
        for (const int baud : {1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200})
            m_ui->readerBaudRateComboBox->addItem(QString::number(baud));
        for (const int bits : {5, 6, 7, 8})
            m_ui->readerDataBitsComboBox->addItem(QString::number(bits), bits);
        for (const char* bits : {"1", "1.5", "2"})
            m_ui->readerStopBitsComboBox->addItem(QString::fromLatin1(bits),
                                                  QString::fromLatin1(bits));
    }
    QComboBox* parity = m_ui->readerParityComboBox;
    const QVariant chosen = parity->currentData();
    const QSignalBlocker block(parity);
    parity->clear();
    parity->addItem(tr("None"), QStringLiteral("none"));
    parity->addItem(tr("Even"), QStringLiteral("even"));
    parity->addItem(tr("Odd"), QStringLiteral("odd"));
    parity->addItem(tr("Space"), QStringLiteral("space"));
    parity->addItem(tr("Mark"), QStringLiteral("mark"));
    if (chosen.isValid())
        parity->setCurrentIndex(std::max(0, parity->findData(chosen)));
}

QString SettingsDialog::message() const
{
    return m_ui->messageBar->text();
}

void SettingsDialog::accept()
{
    const DeskSettings s = settings();
    const BackupSettings backup = backupSettings();
    const OfficeThresholds t = thresholds();
    Problems problems = s.validate();
    problems += backup.validate();
    problems += t.validate();
    const QHash<QString, QWidget*> fields{
        {QStringLiteral("registryUrl"), m_ui->registryUrlLineEdit},
        {QStringLiteral("deskId"), m_ui->deskIdLineEdit},
        {QStringLiteral("registryCaFile"), m_ui->registryCaFileLineEdit},
        {QStringLiteral("officeCode"), m_ui->officeCodeLineEdit},
        {QStringLiteral("deskCode"), m_ui->deskCodeLineEdit},
        {QStringLiteral("idleLockMinutes"), m_ui->idleLockMinutesSpinBox},
        {QStringLiteral("defaultLanguage"), m_ui->defaultLanguageComboBox},
        {QStringLiteral("readerBaudRate"), m_ui->readerBaudRateComboBox},
        {QStringLiteral("readerDataBits"), m_ui->readerDataBitsComboBox},
        {QStringLiteral("backupFolder"), m_ui->backupFolderLineEdit},
        {QStringLiteral("backupPublicKeyFile"), m_ui->backupPublicKeyFileLineEdit},
        {QStringLiteral("backupKeep"), m_ui->backupKeepSpinBox},
        {QStringLiteral("backupTime"), m_ui->backupTimeEdit},
        {QStringLiteral("outboxStuckHours"), m_ui->outboxStuckHoursSpinBox},
        {QStringLiteral("iinWithinHours"), m_ui->iinWithinHoursSpinBox},
        {QStringLiteral("printWithinHours"), m_ui->printWithinHoursSpinBox},
        {QStringLiteral("handoverWithinDays"), m_ui->handoverWithinDaysSpinBox},
        {QStringLiteral("blanksBelow"), m_ui->blanksBelowSpinBox},
    };
    QStringList messages;
    QWidget* first = nullptr;
    for (QWidget* w : fields) {
        w->setProperty("invalid", false);
        w->setAccessibleDescription(QString());
    }
    for (const Problem& p : problems) {
        messages << p.message;
        if (QWidget* w = fields.value(p.field)) {
            w->setProperty("invalid", true);
            w->setAccessibleDescription(p.message);
            if (!first)
                first = w;
        }
    }
    for (QWidget* w : fields) {
        w->style()->unpolish(w);
        w->style()->polish(w);
    }
    if (!problems.isEmpty()) {
        m_ui->messageBar->showMessage(messages.join(u'\n'));
        if (first) {
            // The first field to fix may be on another page of the dialog.
            for (QWidget* page = first; page; page = page->parentWidget()) {
                if (m_ui->settingsTabWidget->indexOf(page) >= 0) {
                    m_ui->settingsTabWidget->setCurrentWidget(page);
                    break;
                }
            }
            first->setFocus();
        }
        return;
    }
    QSettings stored;
    const DeskSettings before = DeskSettings::load(stored);
    const BackupSettings backupBefore = BackupSettings::load(stored);
    backup.save(stored); // synced with the desk's settings by DeskSettings::save
    const OfficeThresholds thresholdsBefore = OfficeThresholds::load(stored);
    // The thresholds first: DeskSettings::save syncs the file and tells whether it was written.
    t.save(stored);
    if (Status saved = s.save(stored); !saved) {
        m_ui->messageBar->showMessage(saved.errorMessage());
        return;
    }
    QJsonObject changes = s.changesFrom(before);
    const QJsonObject backupChanges = backup.changesFrom(backupBefore);
    for (auto i = backupChanges.begin(); i != backupChanges.end(); ++i)
        changes.insert(i.key(), i.value());
    const QJsonObject from = thresholdsBefore.toJson();
    const QJsonObject to = t.toJson();
    for (auto it = to.begin(); it != to.end(); ++it)
        if (from.value(it.key()) != it.value())
            changes.insert(it.key(), QJsonObject{{QStringLiteral("from"), from.value(it.key())},
                                                 {QStringLiteral("to"), it.value()}});
    emit settingsSaved(s, changes);
    QDialog::accept();
}

void SettingsDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillReaderChoices();
    }
    QDialog::changeEvent(event);
}

} // namespace iin::ui
