#include "core/capture/MrzParser.h"

#include "core/capture/MrzLayout.h"

namespace iin {

namespace {

// Control characters readers frame the zone with (STX/ETX of the airline protocols, ACK, NAK).
bool isFraming(QChar c)
{
    const char16_t u = c.unicode();
    return u == 0x02 || u == 0x03 || u == 0x06 || u == 0x15;
}

// A single run of all the zone's characters, cut into its lines.
QStringList cut(const QString& run)
{
    int lineLength = 0;
    if (run.size() == 88)
        lineLength = 44;
    else if (run.size() == 72)
        lineLength = 36;
    else if (run.size() == 90)
        lineLength = 30;
    else
        return {};
    QStringList lines;
    for (qsizetype at = 0; at < run.size(); at += lineLength)
        lines.append(run.mid(at, lineLength));
    return lines;
}

} // namespace

QStringList MrzParser::normalisedLines(const QString& text)
{
    QStringList lines;
    QString current;
    for (const QChar c : text) {
        if (c == u'\n' || c == u'\r') {
            if (!current.isEmpty())
                lines.append(current);
            current.clear();
        } else if (c.isSpace() || isFraming(c) || c.category() == QChar::Other_Control ||
                   c.category() == QChar::Other_Format) {
            continue;
        } else {
            current += c.toUpper();
        }
    }
    if (!current.isEmpty())
        lines.append(current);
    if (MrzLayout::guess(lines))
        return lines;
    const QStringList joined = cut(lines.join(QString()));
    return joined.isEmpty() ? lines : joined;
}

MrzRecord MrzParser::parseText(const QString& text, const QDate& today)
{
    return parse(normalisedLines(text), today);
}

MrzRecord MrzParser::parse(const QStringList& lines, const QDate& today)
{
    Q_UNUSED(today);
    MrzRecord record;
    record.lines = lines;
    const std::optional<MrzFormat> format = MrzLayout::guess(lines);
    if (!format)
        return record;
    record.format = *format;
    record.recognised = true;
    return record;
}

} // namespace iin
