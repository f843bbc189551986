#include "ui/shell/DeskHelp.h"

#include "core/base/Language.h"

#include <QList>
#include <QMessageBox>
#include <QStringList>

#include <tuple>

namespace iin::ui {

QString DeskHelp::trainingBanner()
{
    return QStringLiteral("ОҚУ РЕЖИМІ · УЧЕБНЫЙ РЕЖИМ") +
           (Language::current() == u"en" ? QStringLiteral(" · TRAINING MODE\n")
                                         : QStringLiteral("\n")) +
           tr("Applications go to the embedded training registry; nothing reaches the national "
              "IIN register.");
}

QString DeskHelp::welcome(Role role)
{
    if (roleMay(role, Permission::TakeApplication))
        return roleMay(role, Permission::TakeAnnex2)
                   ? tr("Press Ctrl+N to take a new application, Ctrl+Shift+N for an Annex 2 "
                        "application, Ctrl+Shift+O for the unfinished ones.")
                   : tr("Press Ctrl+N to take a new application, Ctrl+Shift+O for the unfinished "
                        "ones.");
    if (roleMay(role, Permission::ViewApplications))
        return tr("Press Ctrl+J or F3 to search the journal of applications; Enter opens one.");
    if (roleMay(role, Permission::ManageOperators))
        return tr("Manage the operators' accounts and the desk settings from the File menu.");
    return tr("Choose what to do from the menu.");
}

QMessageBox* DeskHelp::showShortcuts(QWidget* parent, Role role, bool journal)
{
    // The keys stay as printed on the keyboard; only what they do is translated. Each operator
    // sees the shortcuts of what the role may do.
    const bool takes = roleMay(role, Permission::TakeApplication);
    const bool views = journal;
    const QList<std::tuple<bool, const char*, QString>> keys{
        {takes, "Ctrl+N", tr("new application (Annex 1)")},
        {roleMay(role, Permission::TakeAnnex2), "Ctrl+Shift+N",
         tr("new Annex 2 application (migration police)")},
        {takes, "Ctrl+Shift+O", tr("unfinished applications")},
        {takes, "Enter", tr("next field")},
        {true, "Tab / Shift+Tab", tr("next / previous field")},
        {true, "Alt + …", tr("the field or button with the underlined letter")},
        {takes, "Ctrl+Enter", tr("register the application")},
        {takes, "Ctrl+M", tr("read passport: the zone from a reader or pasted lines")},
        {takes, "Ctrl+Shift+M", tr("scan passport: fill the fields from the scanned page")},
        {takes, "Ctrl+S", tr("save the draft now")},
        {takes || views, "Ctrl+W", tr("close the application (a draft is kept)")},
        {views, "Ctrl+J / F3", tr("journal of applications (search box)")},
        {views, "Enter", tr("open the application chosen in the journal")},
        {views, "F5", tr("read the open application again")},
        {views, "Esc", tr("close the application view")},
        {roleMay(role, Permission::PrintCertificate), "Ctrl+P",
         tr("print a certificate (preview first)")},
        {roleMay(role, Permission::RecordHandover), "Ctrl+Shift+H",
         tr("record the handover of a certificate")},
        {roleMay(role, Permission::ManageComplaints), "Ctrl+Shift+K", tr("complaints")},
        {roleMay(role, Permission::SuperviseOffice), "Ctrl+Shift+A", tr("what needs attention")},
        {true, "Ctrl+L", tr("lock the desk")},
        {true, "F11", tr("full screen")},
        {true, "Ctrl+Q", tr("quit")},
    };
    QStringList lines;
    for (const auto& [shown, key, what] : keys) {
        if (shown)
            lines << QString::fromLatin1(key) + u'\t' + what;
    }
    auto* box = new QMessageBox(QMessageBox::NoIcon, tr("Keyboard shortcuts"), lines.join(u'\n'),
                                QMessageBox::Close, parent);
    box->setObjectName(QStringLiteral("shortcutsMessageBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setModal(false);
    box->show();
    return box;
}

QMessageBox* DeskHelp::showAbout(QWidget* parent)
{
    auto* box = new QMessageBox(
        QMessageBox::NoIcon, tr("About IIN Desk"),
        tr("IIN Desk %1\nForming the individual identification number for foreigners and "
           "stateless persons.")
            .arg(QCoreApplication::applicationVersion()),
        QMessageBox::Close, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setModal(false);
    box->show();
    return box;
}

} // namespace iin::ui
