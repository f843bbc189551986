#include "core/base/CsvText.h"

namespace iin {

namespace {
constexpr char Bom[] = "\xEF\xBB\xBF";
}

QString CsvText::field(const QString& value)
{
    const bool quote = value.contains(u';') || value.contains(u'"') || value.contains(u'\n') ||
                       value.contains(u'\r');
    if (!quote)
        return value;
    QString quoted = value;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QByteArray CsvText::document(const QList<QStringList>& rows)
{
    QString text;
    for (const QStringList& row : rows) {
        QStringList fields;
        fields.reserve(row.size());
        for (const QString& value : row)
            fields << field(value);
        text += fields.join(u';') + QStringLiteral("\r\n");
    }
    return QByteArray(Bom) + text.toUtf8();
}

QList<QStringList> CsvText::parse(const QByteArray& bytes)
{
    QByteArray data = bytes;
    if (data.startsWith(Bom))
        data.remove(0, 3);
    const QString text = QString::fromUtf8(data);
    QList<QStringList> rows;
    QStringList row;
    QString value;
    bool quoted = false;
    bool any = false; // something read since the last line end
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                value += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                value += c;
            }
            continue;
        }
        if (c == u'"') {
            quoted = true;
            any = true;
        } else if (c == u';') {
            row << value;
            value.clear();
            any = true;
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            row << value;
            rows << row;
            row.clear();
            value.clear();
            any = false;
        } else {
            value += c;
            any = true;
        }
    }
    if (any) {
        row << value;
        rows << row;
    }
    return rows;
}

} // namespace iin
