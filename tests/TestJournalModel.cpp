// The journal's table model under QAbstractItemModelTester, driven through a real journal on
// disk: pages fetched as a view scrolls, new searches, a refresh, the cap, a language change.
// The tester checks every signal the model emits against the model's contract.
#include "core/journal/Journal.h"
#include "core/services/StoreThread.h"
#include "tests/StoreTestData.h"
#include "tests/TestSupport.h"
#include "ui/journal/JournalModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace iin;
using namespace iin::test;
using iin::ui::JournalModel;

namespace {

constexpr int Applications = 250; // two full pages and a short one

} // namespace

class TestJournalModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void pagesAreFetchedToTheEnd();
    void searchesReplaceTheRows();
    void refreshKeepsWhatIsShown();
    void capStopsFetching();
    void retranslateKeepsTheShape();

private:
    QString path() const { return m_dir.filePath("journal.sqlite"); }
    // Waits until the model has no request in flight.
    bool settled() const
    {
        return QTest::qWaitFor([this] { return !m_model->isLoading(); }, 10000);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<StoreThread> m_journal;
    std::unique_ptr<JournalModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestJournalModel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(fillJournal(path(), Applications));
}

void TestJournalModel::init()
{
    m_journal = std::make_unique<StoreThread>(path(), Database::OpenCheck::Full, "journal");
    m_model = std::make_unique<JournalModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setJournal(m_journal.get());
    QVERIFY(settled());
}

void TestJournalModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_journal.reset();
}

void TestJournalModel::pagesAreFetchedToTheEnd()
{
    QCOMPARE(m_model->rowCount(), JournalModel::PageSize);
    QCOMPARE(m_model->columnCount(), int(JournalModel::ColumnCount));
    for (int page = 2; m_model->canFetchMore(); ++page) {
        m_model->fetchMore();
        QVERIFY(settled());
        QCOMPARE(m_model->rowCount(), std::min(page * JournalModel::PageSize, Applications));
    }
    QCOMPARE(m_model->rowCount(), Applications);
    QVERIFY(m_model->isAtEnd());
    QVERIFY(!m_model->isCapped());
    // Newest first, each application once.
    for (int row = 1; row < m_model->rowCount(); ++row)
        QVERIFY(m_model->idAt(row) < m_model->idAt(row - 1));
}

void TestJournalModel::searchesReplaceTheRows()
{
    JournalQuery byDocument;
    byDocument.text = sampleApplication(7).identityDocument->number;
    m_model->setQuery(byDocument);
    QVERIFY(settled());
    QCOMPARE(m_model->rowCount(), 1);
    QVERIFY(m_model->isAtEnd());
    QVERIFY(!m_model->canFetchMore());

    JournalQuery byName;
    byName.text = "Иванов";
    m_model->setQuery(byName);
    QVERIFY(settled());
    QVERIFY(m_model->rowCount() > 1);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QString name =
            m_model->data(m_model->index(row, JournalModel::NameColumn)).toString();
        QVERIFY2(name.contains("Иванов"), qPrintable(name));
    }

    JournalQuery nothing;
    nothing.text = "FA0000000";
    m_model->setQuery(nothing);
    QVERIFY(settled());
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(!m_model->canFetchMore());

    // Back to everything, a search started while another page is awaited.
    m_model->setQuery(JournalQuery{});
    m_model->setQuery(byName);
    QVERIFY(settled());
    for (int row = 0; row < m_model->rowCount(); ++row)
        QVERIFY(m_model->data(m_model->index(row, JournalModel::NameColumn))
                    .toString()
                    .contains("Иванов"));
}

void TestJournalModel::refreshKeepsWhatIsShown()
{
    m_model->fetchMore();
    QVERIFY(settled());
    QCOMPARE(m_model->rowCount(), 2 * JournalModel::PageSize);
    const qint64 first = m_model->idAt(0);

    QSignalSpy refreshed(m_model.get(), &JournalModel::refreshed);
    m_model->refresh();
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(m_model->rowCount(), 2 * JournalModel::PageSize);
    QCOMPARE(m_model->idAt(0), first);
    // Whatever is fetched after it continues where the refreshed rows end.
    QVERIFY(settled());
    for (int row = 1; row < m_model->rowCount(); ++row)
        QVERIFY(m_model->idAt(row) < m_model->idAt(row - 1));
}

void TestJournalModel::capStopsFetching()
{
    m_model->setMaxRows(150);
    m_model->setQuery(JournalQuery{});
    QVERIFY(settled());
    while (m_model->canFetchMore()) {
        m_model->fetchMore();
        QVERIFY(settled());
    }
    QCOMPARE(m_model->rowCount(), 150);
    QVERIFY(m_model->isCapped());
}

void TestJournalModel::retranslateKeepsTheShape()
{
    QCOMPARE(m_model->rowCount(), JournalModel::PageSize);
    m_model->retranslate();
    QCOMPARE(m_model->rowCount(), JournalModel::PageSize);
    QVERIFY(!m_model->headerData(JournalModel::NameColumn, Qt::Horizontal).toString().isEmpty());
}

QTEST_GUILESS_MAIN(TestJournalModel)
#include "TestJournalModel.moc"
