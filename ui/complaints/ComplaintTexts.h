#pragma once

#include "core/complaints/ComplaintRegister.h"

#include <QCoreApplication>
#include <QString>

namespace iin::ui {

// The complaints register's codes as the supervisor reads them, translated; and each term's
// state in words, so that an overdue complaint is marked by text, never by colour alone.
class ComplaintTexts
{
    Q_DECLARE_TR_FUNCTIONS(ComplaintTexts)

public:
    static QString subject(ComplaintSubject value);
    static QString addressee(ComplaintAddressee value);
    static QString channel(ComplaintChannel value);
    static QString state(const Complaint& complaint);
    static QString termName(ComplaintTermKind kind);
    // "OVERDUE: review was due 24.05.2024, 3 working days ago"
    static QString term(const ComplaintTerm& term);
    // The term that needs attention first: an overdue one, else one due soon, else the next
    // open one; null when every term is done.
    static const ComplaintTerm* mostUrgent(const ComplaintTerms& terms);
    // The list's summary of a complaint's terms ("—" when none is open).
    static QString summary(const ComplaintTerms& terms);
    // What the complaint is about: the application's number or the person.
    static QString about(const Complaint& complaint);
    static QString date(const QDate& date);
    // A line of a complaint's history ("registered", "forwarded", ...).
    static QString eventKind(const QString& kind);
    // The complaint with its history and terms, as the details pane shows it (HTML-escaped).
    static QString detailsHtml(const ComplaintRecord& record);
};

} // namespace iin::ui
