#include "core/capture/MrzLineAssembler.h"

namespace iin {

namespace {
// Longer than any MRZ line (44) with room to spare: a reader that never ends a line (or noise on
// the line) cannot grow the buffer without bound.
constexpr qsizetype MaxLineLength = 200;
// Bare lines kept while waiting for the last line of an MRZ: a TD1 has three.
constexpr qsizetype MaxLines = 3;

QString joined(const QList<QByteArray>& lines)
{
    QStringList text;
    for (const QByteArray& line : lines)
        text << QString::fromLatin1(line);
    return text.join(u'\n');
}
} // namespace

void MrzLineAssembler::clear()
{
    m_line.clear();
    m_lines.clear();
    m_inFrame = false;
}

void MrzLineAssembler::endLine()
{
    if (m_line.isEmpty())
        return;
    m_lines.append(m_line);
    m_line.clear();
    if (!m_inFrame && m_lines.size() > MaxLines)
        m_lines.removeFirst();
}

QString MrzLineAssembler::takeComplete()
{
    const auto tailOf = [this](qsizetype count, qsizetype length) {
        if (m_lines.size() < count)
            return false;
        for (qsizetype i = m_lines.size() - count; i < m_lines.size(); ++i) {
            if (m_lines[i].size() != length)
                return false;
        }
        return true;
    };
    qsizetype count = 0;
    if (tailOf(3, 30))
        count = 3;
    else if (tailOf(2, 44) || tailOf(2, 36))
        count = 2;
    if (count == 0)
        return {};
    const QString mrz = joined(m_lines.mid(m_lines.size() - count));
    m_lines.clear();
    return mrz;
}

QStringList MrzLineAssembler::feed(const QByteArray& bytes)
{
    QStringList complete;
    for (const char byte : bytes) {
        switch (byte) {
        case Stx:
            // A new frame: whatever came before it was not part of this read.
            m_line.clear();
            m_lines.clear();
            m_inFrame = true;
            break;
        case Etx:
            if (m_inFrame) {
                endLine();
                if (!m_lines.isEmpty())
                    complete << joined(m_lines);
                m_lines.clear();
                m_inFrame = false;
            }
            break;
        case '\r':
        case '\n':
            endLine();
            if (!m_inFrame) {
                if (QString mrz = takeComplete(); !mrz.isEmpty())
                    complete << mrz;
            }
            break;
        default:
            // ACK, NAK, spaces and other control bytes carry no MRZ character.
            if (static_cast<unsigned char>(byte) <= ' ' || byte == 0x7f)
                break;
            if (m_line.size() < MaxLineLength)
                m_line.append(byte);
            break;
        }
    }
    return complete;
}

} // namespace iin
