#pragma once

// Finds visible texts left in English in a window shown in Kazakh or Russian: every label,
// button, title, tab, menu entry, header, list row, placeholder, tooltip and accessible name of
// the visible widgets. A text is suspect when it holds a word of three or more Latin letters that
// is not one of the technical words the interface keeps as they are (PDF, Ctrl, ...).

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSet>
#include <QTabBar>
#include <QTextDocument>
#include <QTextEdit>
#include <QWidget>

namespace iin::test {

class UntranslatedText
{
public:
    // Words allowed in any language: keys, formats, protocols, the product's own codes.
    explicit UntranslatedText(QSet<QString> allowed = {}) : m_allowed(std::move(allowed))
    {
        for (const char* w :
             {"PDF",    "Ctrl",      "Shift",    "Alt",       "Enter",  "Esc",    "Tab",
              "Del",    "Delete",    "Space",    "Home",      "End",    "PgUp",   "PgDown",
              "Escape", "PageUp",    "PageDown", "Backspace", "Return", "SQLite", "HTTP",
              "HTTPS",  "URL",       "TLS",      "PEM",       "JSON",   "PNG",    "JPEG",
              "JPG",    "TIFF",      "www",      "egov",      "http",   "https",  "example",
              "com",    "localhost", "English",  "DTR",       "RTS",    "dpi",    "USB",
              "CSV"})
            m_allowed.insert(QString::fromLatin1(w));
    }

    // "where: text" for every suspect text of `root` and its visible children.
    QStringList scan(QWidget* root) const
    {
        QStringList found;
        visit(root, found);
        const auto children = root->findChildren<QWidget*>();
        for (QWidget* w : children) {
            if (w->isVisibleTo(root) || w->isVisible())
                visit(w, found);
        }
        found.removeDuplicates();
        return found;
    }

    bool isSuspect(const QString& text) const { return !suspectWord(text).isEmpty(); }

    // The first word of `text` left in English, if any.
    QString suspectWord(const QString& text) const
    {
        static const QRegularExpression word(QStringLiteral("[A-Za-z]{3,}"));
        QString plain = text;
        if (Qt::mightBeRichText(plain)) {
            QTextDocument doc;
            doc.setHtml(plain);
            plain = doc.toPlainText();
        }
        auto it = word.globalMatch(plain);
        while (it.hasNext()) {
            const QString w = it.next().captured();
            if (!m_allowed.contains(w))
                return w;
        }
        return {};
    }

private:
    static QString where(const QWidget* w)
    {
        QString path = w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className())
                                                 : w->objectName();
        for (const QWidget* p = w->parentWidget(); p; p = p->parentWidget()) {
            if (!p->objectName().isEmpty() && !p->objectName().startsWith(u"qt_")) {
                path = p->objectName() + u'/' + path;
                break;
            }
        }
        return path;
    }

    void check(const QWidget* w, const char* what, const QString& text, QStringList& found) const
    {
        if (const QString word = suspectWord(text); !word.isEmpty())
            found << where(w) + u' ' + QString::fromLatin1(what) + u" [" + word + u"]: " +
                         text.left(160);
    }

    void visit(QWidget* w, QStringList& found) const
    {
        if (w->objectName().startsWith(u"qt_scrollarea") || w->property("typedData").toBool())
            return;
        if (w->isWindow())
            check(w, "title", w->windowTitle(), found);
        check(w, "tooltip", w->toolTip(), found);
        check(w, "accessible name", w->accessibleName(), found);
        check(w, "accessible description", w->accessibleDescription(), found);
        if (auto* l = qobject_cast<QLabel*>(w))
            check(w, "text", l->text(), found);
        if (auto* b = qobject_cast<QAbstractButton*>(w))
            check(w, "text", b->text(), found);
        if (auto* g = qobject_cast<QGroupBox*>(w))
            check(w, "title", g->title(), found);
        if (auto* e = qobject_cast<QLineEdit*>(w))
            check(w, "placeholder", e->placeholderText(), found);
        if (auto* e = qobject_cast<QPlainTextEdit*>(w))
            check(w, "placeholder", e->placeholderText(), found);
        if (auto* e = qobject_cast<QTextEdit*>(w); e && e->isReadOnly())
            check(w, "text", e->toPlainText(), found);
        if (auto* t = qobject_cast<QTabBar*>(w)) {
            for (int i = 0; i < t->count(); ++i)
                check(w, "tab", t->tabText(i), found);
        }
        // A combo box of international names kept in every language (paper sizes: A4, Letter,
        // Legal), marked so by the test, is not read.
        if (auto* c = qobject_cast<QComboBox*>(w);
            c && !c->isEditable() && !c->property("internationalNames").toBool()) {
            for (int i = 0; i < c->count(); ++i)
                check(w, "item", c->itemText(i), found);
        }
        if (auto* h = qobject_cast<QHeaderView*>(w); h && h->model()) {
            for (int i = 0; i < h->count(); ++i)
                check(w, "header",
                      h->model()->headerData(i, h->orientation(), Qt::DisplayRole).toString(),
                      found);
        }
        if (auto* v = qobject_cast<QAbstractItemView*>(w);
            v && v->model() && !qobject_cast<QHeaderView*>(w)) {
            const QAbstractItemModel* m = v->model();
            for (int r = 0; r < std::min(m->rowCount(v->rootIndex()), 50); ++r) {
                for (int c = 0; c < m->columnCount(v->rootIndex()); ++c)
                    check(w, "row", m->index(r, c, v->rootIndex()).data().toString(), found);
            }
        }
        if (auto* bar = qobject_cast<QMenuBar*>(w)) {
            for (QAction* a : bar->actions())
                visitMenu(w, a, found);
        }
    }

    void visitMenu(const QWidget* w, QAction* action, QStringList& found) const
    {
        if (!action->isVisible() || action->isSeparator())
            return;
        check(w, "menu", action->text(), found);
        if (QMenu* menu = action->menu()) {
            for (QAction* a : menu->actions())
                visitMenu(w, a, found);
        }
    }

    QSet<QString> m_allowed;
};

} // namespace iin::test
