#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace iin {

// A table as the spreadsheets in offices here open it without an import dialog: UTF-8 with a
// byte-order mark (without it Excel reads Cyrillic as cp1251), semicolons between fields (the
// comma is the decimal separator in kk and ru locales), CRLF line ends, a field quoted when it
// holds a semicolon, a quote or a line break, quotes doubled inside.
class CsvText
{
public:
    static QByteArray document(const QList<QStringList>& rows);
    static QString field(const QString& value);
    // The rows of a document written by document() (or a spreadsheet saving the same dialect):
    // the BOM dropped, quoted fields with their semicolons, quotes and line breaks read back.
    static QList<QStringList> parse(const QByteArray& bytes);
};

} // namespace iin
