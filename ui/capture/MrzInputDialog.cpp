#include "ui/capture/MrzInputDialog.h"
#include "ui_MrzInputDialog.h"

#include "core/capture/MrzKeyboardLayout.h"
#include "core/capture/MrzParser.h"

#include <QFontDatabase>
#include <QKeyEvent>
#include <QLocale>

namespace iin::ui {

MrzInputDialog::MrzInputDialog(std::optional<SerialReaderOptions> reader, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::MrzInputDialog>())
{
    m_ui->setupUi(this);
    // Fixed pitch, as printed: the clerk sees at once which line is short.
    m_ui->mrzTextEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->mrzTextEdit->installEventFilter(this);
    connect(m_ui->mrzTextEdit, &QPlainTextEdit::textChanged, this, &MrzInputDialog::textChanged);
    connect(m_ui->fillButton, &QPushButton::clicked, this, [this] {
        if (m_record.valid)
            accept();
    });
    connect(m_ui->fillAnywayButton, &QPushButton::clicked, this, [this] {
        if (m_record.recognised) {
            m_filledAnyway = true;
            accept();
        }
    });
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &MrzInputDialog::reject);
    if (reader && !reader->portName.trimmed().isEmpty()) {
        m_readerPort = reader->portName;
        m_reader = new SerialMrzReader(this);
        connect(m_reader, &SerialMrzReader::opened, this, [this] {
            m_readerOpen = true;
            showRecord();
        });
        connect(m_reader, &SerialMrzReader::failed, this, [this](const QString& message) {
            m_readerOpen = false;
            m_readerError = message;
            showRecord();
        });
        connect(m_reader, &SerialMrzReader::mrzRead, this, &MrzInputDialog::fromReader);
        m_reader->open(*reader);
    }
    showRecord();
    m_ui->mrzTextEdit->setFocus();
}

MrzInputDialog::~MrzInputDialog() = default;

QString MrzInputDialog::text() const
{
    return m_ui->mrzTextEdit->toPlainText();
}

void MrzInputDialog::setText(const QString& text)
{
    m_ui->mrzTextEdit->setPlainText(text);
    m_ui->mrzTextEdit->moveCursor(QTextCursor::End);
}

void MrzInputDialog::textChanged()
{
    if (m_normalising)
        return;
    // What a Russian or Kazakh layout made of the reader's keys, back to the MRZ's characters,
    // as it is typed; the cursor stays after the same character.
    QPlainTextEdit* edit = m_ui->mrzTextEdit;
    const QString typed = edit->toPlainText();
    const QString mrz = MrzKeyboardLayout::toMrz(typed);
    if (mrz != typed) {
        const int cursor = edit->textCursor().position();
        const qsizetype mapped = MrzKeyboardLayout::toMrz(QStringView(typed).left(cursor)).size();
        m_normalising = true;
        edit->setPlainText(mrz);
        QTextCursor c = edit->textCursor();
        c.setPosition(int(std::min(mapped, mrz.size())));
        edit->setTextCursor(c);
        m_normalising = false;
    }
    m_record = MrzParser::parseText(mrz, QDate::currentDate());
    showRecord();
}

void MrzInputDialog::fromReader(const QString& lines)
{
    setText(lines);
    if (m_record.valid)
        accept();
    else
        m_ui->fillAnywayButton->setFocus();
}

void MrzInputDialog::showRecord()
{
    if (!m_reader)
        m_ui->readerStatusLabel->setText(
            tr("No passport reader on a serial port is set up (desk settings); a reader that "
               "types like a keyboard types into the field above."));
    else if (!m_readerError.isEmpty())
        m_ui->readerStatusLabel->setText(m_readerError);
    else if (m_readerOpen)
        m_ui->readerStatusLabel->setText(
            tr("Passport reader on %1: waiting for a passport.").arg(m_readerPort));
    else
        m_ui->readerStatusLabel->setText(
            tr("Passport reader on %1: connecting…").arg(m_readerPort));

    const QStringList lines = MrzParser::normalisedLines(text());
    QString status;
    if (lines.isEmpty()) {
        status.clear();
    } else if (!m_record.recognised) {
        QStringList lengths;
        for (const QString& line : lines)
            lengths << QString::number(line.size());
        status = tr("Not a complete machine-readable zone yet: a passport has 2 lines of 44 "
                    "characters, an identity card 3 lines of 30 (or 2 of 36). Lines so far: %1.")
                     .arg(lengths.join(QStringLiteral(", ")));
    } else if (m_record.valid) {
        status = tr("Read: %1 %2, document %3. Press Enter to fill the form.")
                     .arg(m_record.surname, m_record.givenNames, m_record.documentNumber);
    } else {
        QStringList problems;
        for (const Problem& p : std::as_const(m_record.problems))
            problems << QStringLiteral("• ") + p.message;
        status = tr("The zone does not check out; nothing is filled unless you choose \"Fill "
                    "anyway\":") +
                 u'\n' + problems.join(u'\n');
    }
    m_ui->mrzStatusLabel->setText(status);
    m_ui->mrzStatusLabel->setAccessibleDescription(status);
    m_ui->fillButton->setEnabled(m_record.valid);
    m_ui->fillButton->setDefault(m_record.valid);
    m_ui->fillAnywayButton->setVisible(m_record.recognised && !m_record.valid);
}

bool MrzInputDialog::eventFilter(QObject* watched, QEvent* event)
{
    // A wedge reader ends each line with Enter: a new line while the zone is incomplete, the
    // end of the read once its check digits hold.
    if (watched == m_ui->mrzTextEdit && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (enter && (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier && m_record.valid) {
            accept();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void MrzInputDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        showRecord();
    }
    QDialog::changeEvent(event);
}

} // namespace iin::ui
