#pragma once

#include "core/calendar/CalendarDay.h"
#include "core/calendar/WorkingCalendar.h"

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

// `iin-desk-cli workdays <action>`: WorkdaysCommand.cpp parses the options and loads the
// calendar, then one file per action answers; what they share is here.
namespace iin::cli::workdays {

// One action as asked: its arguments (the action's name first), the calendar it counts with and
// how the answer is printed.
struct Request
{
    QStringList args;
    bool json = false;
    QString lang;
    const WorkingCalendar& calendar;

    // Prints "wrong arguments" for the action; returns the exit code.
    int wrongArguments() const;
    // The i-th argument as a date; prints the error when it is not one.
    std::optional<QDate> date(qsizetype i) const;
    // Prints the answer: `o` with the warnings as one line of JSON (--json), or `text` with the
    // warnings on stderr.
    void finish(QJsonObject o, const QString& text, const QStringList& warnings) const;
};

int add(const Request& request);
int isWorking(const Request& request);
int between(const Request& request);
int year(const Request& request);

// Warnings for every year between two dates whose data is not verified: an answer built on
// unconfirmed data must say so.
QStringList yearWarnings(const WorkingCalendar& calendar, const QDate& a, const QDate& b);
QJsonObject dayJson(const CalendarDay& day, const QString& lang);

} // namespace iin::cli::workdays
