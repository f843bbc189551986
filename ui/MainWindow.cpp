#include "MainWindow.h"
#include "ui_MainWindow.h"

#include "Language.h"

#include <QEvent>
#include <QSettings>

namespace iin::ui {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>())
{
    m_ui->setupUi(this);
    connect(m_ui->kazakhAction, &QAction::triggered, this, [this] { chooseLanguage(QStringLiteral("kk")); });
    connect(m_ui->russianAction, &QAction::triggered, this, [this] { chooseLanguage(QStringLiteral("ru")); });
    connect(m_ui->englishAction, &QAction::triggered, this, [this] { chooseLanguage(QStringLiteral("en")); });
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
}

MainWindow::~MainWindow() = default;

void MainWindow::chooseLanguage(const QString& code)
{
    if (Language::install(code))
        QSettings().setValue(QStringLiteral("language"), code);
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
    QMainWindow::changeEvent(event);
}

} // namespace iin::ui
