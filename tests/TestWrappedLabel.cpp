#include "ui/widgets/WrappedLabel.h"

#include <QApplication>
#include <QFont>
#include <QTest>

using namespace iin::ui;

// WrappedLabel remembers its size hints and heights: every answer must stay the one a plain
// word-wrapped QLabel gives for the same text, font and margins, also after any of them changes.
class TestWrappedLabel : public QObject
{
    Q_OBJECT

private:
    static void compare(WrappedLabel& wrapped, QLabel& plain)
    {
        for (int round = 0; round < 2; ++round) { // the second round answers from memory
            for (int width : {0, 40, 120, 300, 800, 2000}) {
                QCOMPARE(wrapped.heightForWidth(width), plain.heightForWidth(width));
            }
            QCOMPARE(wrapped.sizeHint(), plain.sizeHint());
            QCOMPARE(wrapped.minimumSizeHint(), plain.minimumSizeHint());
        }
    }

private slots:
    void answersAsQLabel()
    {
        WrappedLabel wrapped;
        QLabel plain;
        plain.setWordWrap(true);
        QVERIFY(wrapped.wordWrap());

        const QString text = QStringLiteral(
            "Шетелдіктер мен азаматтығы жоқ адамдарға жеке сәйкестендіру нөмірлерін қалыптастыру — "
            "Forming the individual identification number for foreigners");
        for (QLabel* label : {static_cast<QLabel*>(&wrapped), &plain})
            label->setText(text);
        compare(wrapped, plain);

        // Each change is seen: text, font, margin, indent, maximum width, frame.
        for (QLabel* label : {static_cast<QLabel*>(&wrapped), &plain})
            label->setText(text + QStringLiteral(" ") + text);
        compare(wrapped, plain);
        QFont bold = plain.font();
        bold.setBold(true);
        bold.setPointSizeF(bold.pointSizeF() * 1.5);
        for (QLabel* label : {static_cast<QLabel*>(&wrapped), &plain})
            label->setFont(bold);
        compare(wrapped, plain);
        for (QLabel* label : {static_cast<QLabel*>(&wrapped), &plain}) {
            label->setMargin(7);
            label->setIndent(11);
        }
        compare(wrapped, plain);
        for (QLabel* label : {static_cast<QLabel*>(&wrapped), &plain})
            label->setMaximumWidth(250);
        compare(wrapped, plain);
        for (QLabel* label : {static_cast<QLabel*>(&wrapped), &plain}) {
            label->setFrameStyle(QFrame::Box | QFrame::Plain);
            label->setLineWidth(3);
        }
        compare(wrapped, plain);

        // Not wrapping, or empty: as QLabel, whatever was remembered.
        for (QLabel* label : {static_cast<QLabel*>(&wrapped), &plain})
            label->setWordWrap(false);
        compare(wrapped, plain);
        for (QLabel* label : {static_cast<QLabel*>(&wrapped), &plain}) {
            label->setWordWrap(true);
            label->clear();
        }
        compare(wrapped, plain);
    }
};

QTEST_MAIN(TestWrappedLabel)
#include "TestWrappedLabel.moc"
