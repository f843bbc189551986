#pragma once

#include <QByteArray>
#include <QStringList>

namespace iin {

// Cuts the byte stream of a serial passport reader into whole MRZs. Readers in "airline mode"
// frame each read with STX … ETX (SITA/ARINC) and end lines with CR; others send bare lines
// ended by CR and/or LF, and a few send a frame without any line break (88 characters for a
// passport). A read arrives in pieces, as the port hands them over. feed() returns each MRZ
// completed by the bytes given, its lines joined by LF: the lines of a frame at its ETX, bare
// lines as soon as the last lines form three of 30, two of 36 or two of 44 characters.
class MrzLineAssembler
{
public:
    static constexpr char Stx = 0x02;
    static constexpr char Etx = 0x03;

    QStringList feed(const QByteArray& bytes);
    void clear();

private:
    void endLine();
    QString takeComplete(); // the bare lines that form an MRZ, or empty

    QByteArray m_line;
    QList<QByteArray> m_lines;
    bool m_inFrame = false;
};

} // namespace iin
