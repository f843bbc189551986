#include "ui/widgets/DeskStyle.h"

#include <QApplication>
#include <QImage>
#include <QLineEdit>
#include <QMenuBar>
#include <QPainter>
#include <QStyleFactory>
#include <QStyleOption>
#include <QTest>

using namespace iin::ui;

// DeskStyle reads some icons later than the style it wraps: each must be, once read, the icon
// that style gives, at every size and scale, and every other answer the same.
class TestDeskStyle : public QObject
{
    Q_OBJECT

private:
    static void compareIcons(const QIcon& deferred, const QIcon& plain)
    {
        QVERIFY(!deferred.isNull());
        QCOMPARE(deferred.availableSizes(), plain.availableSizes());
        for (int size : {8, 16, 24, 32, 64}) {
            QCOMPARE(deferred.actualSize(QSize(size, size)), plain.actualSize(QSize(size, size)));
            for (qreal scale : {1.0, 2.0}) {
                for (QIcon::Mode mode : {QIcon::Normal, QIcon::Disabled, QIcon::Active}) {
                    const QPixmap a = deferred.pixmap(QSize(size, size), scale, mode);
                    const QPixmap b = plain.pixmap(QSize(size, size), scale, mode);
                    QCOMPARE(a.size(), b.size());
                    QCOMPARE(a.devicePixelRatio(), b.devicePixelRatio());
                    QCOMPARE(a.toImage().convertToFormat(QImage::Format_ARGB32),
                             b.toImage().convertToFormat(QImage::Format_ARGB32));
                }
            }
        }
    }

private slots:
    void deferredIconsAreTheWrappedStyles()
    {
        DeskStyle desk(QStyleFactory::create(QStringLiteral("Fusion")));
        std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
        QLineEdit edit;
        QStyleOptionFrame option;
        option.initFrom(&edit);
        for (Qt::LayoutDirection direction : {Qt::LeftToRight, Qt::RightToLeft}) {
            option.direction = direction;
            compareIcons(desk.standardIcon(QStyle::SP_LineEditClearButton, &option, &edit),
                         fusion->standardIcon(QStyle::SP_LineEditClearButton, &option, &edit));
        }
        for (QStyle::StandardPixmap icon :
             {QStyle::SP_ToolBarHorizontalExtensionButton,
              QStyle::SP_ToolBarVerticalExtensionButton, QStyle::SP_LineEditClearButton}) {
            compareIcons(desk.standardIcon(icon), fusion->standardIcon(icon));
        }
        // Painted as the plain icon too.
        for (qreal scale : {1.0, 2.0}) {
            QImage a(QSize(40, 40) * scale, QImage::Format_ARGB32_Premultiplied);
            QImage b(a.size(), a.format());
            a.setDevicePixelRatio(scale);
            b.setDevicePixelRatio(scale);
            a.fill(Qt::white);
            b.fill(Qt::white);
            {
                QPainter pa(&a);
                QPainter pb(&b);
                desk.standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton)
                    .paint(&pa, QRect(4, 4, 16, 16));
                fusion->standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton)
                    .paint(&pb, QRect(4, 4, 16, 16));
            }
            QCOMPARE(a, b);
        }
        // Other icons are the wrapped style's own.
        QCOMPARE(desk.standardIcon(QStyle::SP_DialogOkButton).pixmap(16).toImage(),
                 fusion->standardIcon(QStyle::SP_DialogOkButton).pixmap(16).toImage());
    }

    void widgetsBuiltWithIt()
    {
        // The menu bar and a line edit with a clear button, made and shown under the style.
        auto* style = new DeskStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QMenuBar bar;
        bar.setStyle(style);
        bar.addMenu(QStringLiteral("File"));
        QLineEdit edit;
        edit.setStyle(style);
        edit.setClearButtonEnabled(true);
        edit.setText(QStringLiteral("text"));
        edit.show();
        bar.show();
        QVERIFY(QTest::qWaitForWindowExposed(&edit));
        QVERIFY(!edit.grab().isNull());
        QVERIFY(!bar.grab().isNull());
        edit.setStyle(nullptr);
        bar.setStyle(nullptr);
        delete style;
    }
};

QTEST_MAIN(TestDeskStyle)
#include "TestDeskStyle.moc"
