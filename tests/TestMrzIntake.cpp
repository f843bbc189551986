#include "core/base/Language.h"
#include "core/capture/MrzParser.h"
#include "core/desk/DraftStore.h"
#include "tests/KeyboardDriver.h"
#include "tests/MrzZones.h"
#include "tests/UntranslatedText.h"
#include "ui/capture/MrzInputDialog.h"
#include "ui/intake/IntakeForm.h"
#include "ui/intake/MrzFill.h"
#include "ui/widgets/CountryComboBox.h"
#include "ui/widgets/DateLineEdit.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <pty.h>
#include <termios.h>
#include <unistd.h>

using namespace iin;
using namespace iin::test;
using namespace iin::ui;

namespace {

// The characters a Russian (ЙЦУКЕН) layout gives for the keys a wedge reader presses: the
// reader thinks it types Latin letters, digits and Shift+comma for '<'.
QString underRussianLayout(const QString& latin)
{
    static const QString keys = QStringLiteral("QWERTYUIOPASDFGHJKLZXCVBNM<");
    static const QString russian = QStringLiteral("ЙЦУКЕНГШЩЗФЫВАПРОЛДЯЧСМИТЬБ");
    QString typed;
    for (const QChar c : latin) {
        const qsizetype at = keys.indexOf(c);
        typed += at < 0 ? c : russian[at];
    }
    return typed;
}

const QStringList MarkedFields{"name_latin.surname",
                               "name_latin.given_name",
                               "name_cyrillic.surname",
                               "name_cyrillic.given_name",
                               "identity_document.number",
                               "identity_document.issuing_state",
                               "citizenship",
                               "birth_date",
                               "sex",
                               "identity_document.expiry_date"};

} // namespace

// "Read passport" in the intake: a wedge reader typing under a Russian layout, a serial reader
// on a pseudo-terminal, pasted lines; the fields filled and marked, the Cyrillic names proposed,
// the marks kept in the draft, and a field typed later that contradicts the zone on the
// checklist.
class TestMrzIntake : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void wedgeReaderUnderRussianLayoutFillsTheIntake();
    void editingClearsTheMarkAndContradictionIsAFinding();
    void confirmingClearsEveryMark();
    void invalidZoneFillsNothingUnlessChosen();
    void draftKeepsTheZoneAndItsMarks();
    void serialReaderFillsDirectly();
    void translated_data();
    void translated();

private:
    IntakeForm* newForm();
    void closeForm();
    MrzInputDialog* openDialog(IntakeForm* form);
    static QStringList checklist(IntakeForm* form);
    static void verifyFilled(IntakeForm* form);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DraftStore> m_drafts;
    std::unique_ptr<IntakeForm> m_form;
};

void TestMrzIntake::initTestCase()
{
    Language::install("en");
}

void TestMrzIntake::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_drafts = std::make_unique<DraftStore>(m_dir->filePath("drafts"));
    QSettings().remove(QStringLiteral("reader/port"));
}

void TestMrzIntake::cleanup()
{
    closeForm();
    m_drafts.reset();
    m_dir.reset();
    Language::install("en");
}

IntakeForm* TestMrzIntake::newForm()
{
    m_form = std::make_unique<IntakeForm>(ApplicationBasis::Annex1, Channel::StateCorporation,
                                          m_drafts.get(), QStringLiteral("clerk1"));
    m_form->resize(1200, 800);
    m_form->show();
    if (!QTest::qWaitForWindowActive(m_form.get()))
        return nullptr;
    child<QLineEdit>(m_form.get(), "surnameCyrillicLineEdit")->setFocus();
    return m_form.get();
}

// Closed as its window is, then destroyed.
void TestMrzIntake::closeForm()
{
    if (m_form)
        m_form->close();
    m_form.reset();
}

MrzInputDialog* TestMrzIntake::openDialog(IntakeForm* form)
{
    // The clerk's one key, from wherever the focus is in the form (back in it once a dialog
    // over it has closed).
    if (!QTest::qWaitForWindowActive(form) ||
        !QTest::qWaitFor([&] { return focus() && form->isAncestorOf(focus()); }, 10000))
        return nullptr;
    key(Qt::Key_M, Qt::ControlModifier);
    MrzInputDialog* dialog = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] { return (dialog = form->findChild<MrzInputDialog*>()) && dialog->isVisible(); },
        10000);
    if (!shown || !QTest::qWaitForWindowActive(dialog))
        return nullptr;
    const bool focused = QTest::qWaitFor(
        [&] { return focus() == child<QPlainTextEdit>(dialog, "mrzTextEdit"); }, 10000);
    return focused ? dialog : nullptr;
}

QStringList TestMrzIntake::checklist(IntakeForm* form)
{
    form->check();
    auto* list = child<QListWidget>(form, "checklistListWidget");
    QStringList rows;
    for (int i = 0; i < list->count(); ++i)
        rows << list->item(i)->text().replace('\n', " | ");
    return rows;
}

void TestMrzIntake::verifyFilled(IntakeForm* form)
{
    const Application a = form->application();
    QCOMPARE(a.nameLatin.surname, QStringLiteral("ZHUMABEKOV"));
    QCOMPARE(a.nameLatin.givenName, QStringLiteral("NURSULTAN"));
    QCOMPARE(a.nameCyrillic.surname, QStringLiteral("Жумабеков"));
    QCOMPARE(a.nameCyrillic.givenName, QStringLiteral("Нурсултан"));
    QVERIFY(a.identityDocument.has_value());
    QCOMPARE(a.identityDocument->number, QStringLiteral("N12345678"));
    QCOMPARE(a.identityDocument->issuingState, QStringLiteral("KAZ"));
    QCOMPARE(a.identityDocument->expiryDate, QDate(2030, 1, 1));
    QCOMPARE(a.citizenship, QStringLiteral("KAZ"));
    QCOMPARE(a.birthDate, QDate(1985, 3, 15));
    QCOMPARE(a.sex, Sex::Male);
    auto* mrz = form->findChild<MrzFill*>();
    QVERIFY(mrz);
    QCOMPARE(mrz->unconfirmed(), MarkedFields);
    for (const QString& field : MarkedFields) {
        QWidget* w = form->widgetForField(field);
        QVERIFY2(w->property("fromMrz").toBool(), qPrintable(field));
        QVERIFY2(w->toolTip().contains(QStringLiteral("machine-readable zone")), qPrintable(field));
        QCOMPARE(w->accessibleDescription(), w->toolTip());
        if (auto* edit = qobject_cast<QLineEdit*>(w))
            QCOMPARE(edit->actions().size(), 1); // the confirm button inside the field
    }
    QVERIFY(form->widgetForField("name_cyrillic.surname")->toolTip().contains("Proposed"));
    QVERIFY(checklist(form).join(u'\n').contains(QStringLiteral("not confirmed yet")));
}

void TestMrzIntake::wedgeReaderUnderRussianLayoutFillsTheIntake()
{
    IntakeForm* form = newForm();
    QVERIFY(form);
    QPointer<MrzInputDialog> dialog = openDialog(form);
    QVERIFY(dialog);
    auto* edit = child<QPlainTextEdit>(dialog, "mrzTextEdit");
    // The reader types each line and Enter, under the Russian layout the clerk left active.
    const QStringList lines = test::kazakhPassport().split(u'\n');
    type(underRussianLayout(lines[0]));
    QVERIFY(underRussianLayout(lines[0]).startsWith(QStringLiteral("ЗБЛФЯ"))); // P<KAZ
    enter(); // an incomplete zone: Enter is a new line
    QVERIFY(dialog);
    QCOMPARE(edit->toPlainText(), lines[0] + u'\n');
    type(underRussianLayout(lines[1]));
    QCOMPARE(edit->toPlainText(), lines[0] + u'\n' + lines[1]);
    QVERIFY(child<QPushButton>(dialog, "fillButton")->isEnabled());
    enter(); // the reader's last Enter fills the form
    QTRY_VERIFY_WITH_TIMEOUT(!dialog || !dialog->isVisible(), 10000);
    verifyFilled(form);
}

void TestMrzIntake::editingClearsTheMarkAndContradictionIsAFinding()
{
    IntakeForm* form = newForm();
    QVERIFY(form);
    auto* mrz = form->findChild<MrzFill*>();
    mrz->fill(MrzParser::parseText(test::kazakhPassport(), QDate::currentDate()));
    verifyFilled(form);
    QVERIFY(!checklist(form).join(u'\n').contains(QStringLiteral("differs")));
    // The clerk retypes the document number, one digit wrong.
    auto* number = child<QLineEdit>(form, "documentNumberLineEdit");
    number->setFocus();
    number->selectAll();
    type(QStringLiteral("N12345679"));
    QVERIFY(!number->property("fromMrz").toBool());
    QVERIFY(number->toolTip().isEmpty());
    QVERIFY(number->actions().isEmpty());
    QVERIFY(!mrz->isMarked(QStringLiteral("identity_document.number")));
    QVERIFY(mrz->isMarked(QStringLiteral("birth_date")));
    const QStringList rows = checklist(form);
    const QString row = rows.filter(QStringLiteral("Document number")).value(0);
    QVERIFY2(row.startsWith(QStringLiteral("Check: Document number differs from the document's "
                                           "machine-readable zone, which reads N12345678")),
             qPrintable(rows.join(u'\n')));
    QVERIFY(form->lastCheck().complete == form->check().complete); // a warning, not a blocker
    const auto finding = std::find_if(
        form->lastCheck().findings.cbegin(), form->lastCheck().findings.cend(),
        [](const Finding& f) { return f.code == u"mrz.differs.identity_document.number"; });
    QVERIFY(finding != form->lastCheck().findings.cend());
    QCOMPARE(finding->field, QStringLiteral("identity_document.number"));
    QCOMPARE(finding->severity, Severity::Warning);
    // Back to what the zone says: no finding.
    number->selectAll();
    type(QStringLiteral("N12345678"));
    QVERIFY(!checklist(form).join(u'\n').contains(QStringLiteral("differs")));
    // A sex chosen otherwise is one too.
    auto* sex = child<QComboBox>(form, "sexComboBox");
    sex->setFocus();
    key(Qt::Key_Down); // Male -> Female, as the clerk's keyboard does it
    QCOMPARE(sex->currentData().toInt(), int(Sex::Female));
    QVERIFY(!mrz->isMarked(QStringLiteral("sex")));
    QVERIFY(checklist(form).join(u'\n').contains(
        QStringLiteral("Sex differs from the document's machine-readable zone, which reads male")));
}

void TestMrzIntake::confirmingClearsEveryMark()
{
    IntakeForm* form = newForm();
    QVERIFY(form);
    auto* mrz = form->findChild<MrzFill*>();
    mrz->fill(MrzParser::parseText(test::kazakhPassport(), QDate::currentDate()));
    auto* confirm = child<QPushButton>(form, "confirmMrzButton");
    QVERIFY(confirm->isVisible());
    // One field confirmed from its own button, then the rest at once.
    auto* surname = child<QLineEdit>(form, "surnameLatinLineEdit");
    surname->actions().first()->trigger();
    QVERIFY(!mrz->isMarked(QStringLiteral("name_latin.surname")));
    QVERIFY(surname->toolTip().isEmpty());
    confirm->click();
    QVERIFY(mrz->unconfirmed().isEmpty());
    QVERIFY(!confirm->isVisible());
    for (const QString& field : MarkedFields)
        QVERIFY2(!form->widgetForField(field)->property("fromMrz").toBool(), qPrintable(field));
    QVERIFY(!checklist(form).join(u'\n').contains(QStringLiteral("not confirmed")));
}

void TestMrzIntake::invalidZoneFillsNothingUnlessChosen()
{
    IntakeForm* form = newForm();
    QVERIFY(form);
    QString broken = test::kazakhPassport();
    // The birth date's check digit (line 2, position 20) made wrong.
    const qsizetype at = broken.indexOf(u'\n') + 1 + 19;
    broken[at] = broken[at] == u'0' ? u'1' : u'0';
    QPointer<MrzInputDialog> dialog = openDialog(form);
    QVERIFY(dialog);
    dialog->setText(broken); // pasted
    QVERIFY(dialog->record().recognised);
    QVERIFY(!dialog->record().valid);
    QVERIFY(!child<QPushButton>(dialog, "fillButton")->isEnabled());
    QVERIFY(child<QPushButton>(dialog, "fillAnywayButton")->isVisible());
    const QString status = child<QLabel>(dialog, "mrzStatusLabel")->text();
    QVERIFY2(status.contains(QStringLiteral("nothing is filled")), qPrintable(status));
    QVERIFY2(status.contains(u'•'), qPrintable(status)); // the problems listed
    QCOMPARE(focus(), child<QPlainTextEdit>(dialog, "mrzTextEdit"));
    enter(); // not taken: the zone has problems
    QVERIFY(dialog && dialog->isVisible());
    child<QPushButton>(dialog, "cancelButton")->click();
    QTRY_VERIFY(!dialog || !dialog->isVisible());
    QVERIFY(form->application().nameLatin.surname.isEmpty());
    QVERIFY(!form->findChild<MrzFill*>()->hasRecord());

    // Chosen: filled and marked all the same.
    dialog = openDialog(form);
    QVERIFY(dialog);
    dialog->setText(broken);
    child<QPushButton>(dialog, "fillAnywayButton")->click();
    QTRY_VERIFY(!dialog || !dialog->isVisible());
    QCOMPARE(form->application().nameLatin.surname, QStringLiteral("ZHUMABEKOV"));
    QVERIFY(form->findChild<MrzFill*>()->isMarked(QStringLiteral("name_latin.surname")));
    QVERIFY(child<QLabel>(form, "mrzStateLabel")->text().contains(QStringLiteral("did not check")));
}

void TestMrzIntake::draftKeepsTheZoneAndItsMarks()
{
    IntakeForm* form = newForm();
    QVERIFY(form);
    form->findChild<MrzFill*>()->fill(
        MrzParser::parseText(test::kazakhPassport(), QDate::currentDate()));
    form->widgetForField("name_latin.given_name")->findChild<QAction*>();
    child<QLineEdit>(form, "givenNameLatinLineEdit")->actions().first()->trigger();
    QVERIFY2(form->saveDraftNow(), "the draft is saved");
    const QString id = form->draftId();
    closeForm(); // the desk closes

    const Result<Draft> draft = m_drafts->load(id);
    QVERIFY(draft);
    QCOMPARE(draft->mrzLines, test::kazakhPassport().split(u'\n'));
    QStringList stillMarked = MarkedFields;
    stillMarked.removeOne(QStringLiteral("name_latin.given_name"));
    QCOMPARE(draft->mrzUnconfirmed, stillMarked);

    IntakeForm* resumed = newForm();
    QVERIFY(resumed);
    resumed->resumeDraft(*draft);
    auto* mrz = resumed->findChild<MrzFill*>();
    QVERIFY(mrz->hasRecord());
    QCOMPARE(mrz->unconfirmed(), stillMarked);
    QVERIFY(resumed->widgetForField("birth_date")->property("fromMrz").toBool());
    QVERIFY(!resumed->widgetForField("name_latin.given_name")->property("fromMrz").toBool());
    // The check against the zone works after the restart.
    auto* birth = child<DateLineEdit>(resumed, "birthDateLineEdit");
    birth->setFocus();
    birth->selectAll();
    type(QStringLiteral("13.05.1985"));
    QVERIFY(checklist(resumed).join(u'\n').contains(
        QStringLiteral("Date of birth differs from the document's machine-readable zone, which "
                       "reads 15.03.1985")));
}

void TestMrzIntake::serialReaderFillsDirectly()
{
    int master = -1;
    int slave = -1;
    char name[256] = {};
    QCOMPARE(openpty(&master, &slave, name, nullptr, nullptr), 0);
    termios raw{};
    tcgetattr(slave, &raw);
    cfmakeraw(&raw);
    tcsetattr(slave, TCSANOW, &raw);
    QSettings().setValue(QStringLiteral("reader/port"), QString::fromLocal8Bit(name));

    IntakeForm* form = newForm();
    QVERIFY(form);
    QPointer<MrzInputDialog> dialog = openDialog(form);
    QVERIFY(dialog);
    auto* readerStatus = child<QLabel>(dialog, "readerStatusLabel");
    QTRY_VERIFY_WITH_TIMEOUT(readerStatus->text().contains(QStringLiteral("waiting")), 30000);
    // The reader in airline mode: STX, lines ended by CR, ETX; the dialog closes by itself.
    const QByteArray bytes =
        "\x02" + test::kazakhPassport().toLatin1().replace('\n', '\r') + "\r\x03";
    QCOMPARE(::write(master, bytes.constData(), size_t(bytes.size())), ssize_t(bytes.size()));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog || !dialog->isVisible(), 30000);
    verifyFilled(form);
    ::close(slave);
    ::close(master);
}

void TestMrzIntake::translated_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("kk") << QStringLiteral("kk");
    QTest::newRow("ru") << QStringLiteral("ru");
}

void TestMrzIntake::translated()
{
    QFETCH(QString, language);
    IntakeForm* form = newForm();
    QVERIFY(form);
    Language::install(language);
    QCoreApplication::processEvents();
    const UntranslatedText finder(
        {QStringLiteral("ZHUMABEKOV"), QStringLiteral("NURSULTAN"), QStringLiteral("KAZ")});
    QStringList found = finder.scan(child<MrzFill>(form, "mrzFill"));
    QPointer<MrzInputDialog> dialog = openDialog(form);
    QVERIFY(dialog);
    found << finder.scan(dialog);
    type(QStringLiteral("P<KAZ"));
    found << finder.scan(dialog);
    dialog->setText(test::kazakhPassport());
    found << finder.scan(dialog);
    enter();
    QTRY_VERIFY(!dialog || !dialog->isVisible());
    // The marked fields' notes, the bar, and the checklist with a contradiction.
    found << finder.scan(form);
    for (const QString& field : MarkedFields) {
        const QString note = form->widgetForField(field)->toolTip();
        QVERIFY(!note.isEmpty());
        if (finder.isSuspect(note))
            found << field + u": " + note;
    }
    QTRY_VERIFY_WITH_TIMEOUT(focus() && form->isAncestorOf(focus()), 10000);
    child<QLineEdit>(form, "documentNumberLineEdit")->setFocus();
    child<QLineEdit>(form, "documentNumberLineEdit")->selectAll();
    type(QStringLiteral("N12345679"));
    form->check();
    found << finder.scan(child<QListWidget>(form, "checklistListWidget"));
    found.removeDuplicates();
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
}

QTEST_MAIN(TestMrzIntake)
#include "TestMrzIntake.moc"
