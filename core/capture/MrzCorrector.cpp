#include "core/capture/MrzCorrector.h"

#include "core/capture/MrzCountryCode.h"

#include <algorithm>
#include <limits>

namespace iin {

namespace {

// A change costing more than this (in correlation given up) is not a misreading but what is
// printed: a wrong check digit stays wrong rather than be made to hold.
constexpr float MaxLoss = 0.25f;

struct Position
{
    int line;
    int index;
};

struct Alternative
{
    int glyph;
    float loss;
};

class Correction
{
public:
    Correction(const MrzLayout& layout, const MrzScoreSheet& sheet)
        : m_layout(layout), m_sheet(sheet)
    {
        const std::optional<MrzSpan> sex = layout.field(u"sex");
        for (int l = 0; l < layout.lineCount(); ++l) {
            QString line;
            QList<bool> locked;
            for (int i = 0; i < layout.lineLength(); ++i) {
                const bool isSex = sex && sex->line == l && sex->start == i;
                line.append(m_sheet.alphabet[best(l, i, isSex)]);
                locked.append(false);
            }
            m_lines.append(line);
            m_locked.append(locked);
            m_sexAt.append(sex && sex->line == l ? sex->start : -1);
        }
    }

    void endNames()
    {
        const std::optional<MrzSpan> names = m_layout.field(u"names");
        if (!names)
            return;
        QString& line = m_lines[names->line];
        const qsizetype end = line.indexOf(QStringLiteral("<<<"), names->start);
        if (end < 0)
            return;
        for (qsizetype i = end; i < names->start + names->length; ++i)
            line[i] = u'<';
    }

    // A state's code has no check digit, but there are only so many codes: one that is none is
    // replaced by the cheapest known code among the next likeliest glyphs.
    void knownCountry(QStringView field)
    {
        const std::optional<MrzSpan> span = m_layout.field(field);
        if (!span)
            return;
        auto known = [](const QString& code) {
            QString printed = code;
            while (printed.endsWith(u'<'))
                printed.chop(1);
            return !printed.isEmpty() && MrzCountryCode::toRecordCode(printed).has_value();
        };
        QString& line = m_lines[span->line];
        if (known(line.mid(span->start, span->length)))
            return;
        QList<QList<Alternative>> options;
        for (int i = span->start; i < span->start + span->length; ++i) {
            QList<Alternative> o = alternatives({span->line, i});
            o.prepend({int(m_sheet.alphabet.indexOf(line[i])), 0.0f});
            options.append(o);
        }
        float bestLoss = MaxLoss;
        QString bestCode;
        QList<int> choice(span->length, 0);
        // Every combination of the options (at most 4 per character, 3 characters).
        for (bool more = true; more;) {
            QString code;
            float loss = 0;
            for (int k = 0; k < span->length; ++k) {
                code += m_sheet.alphabet[options[k][choice[k]].glyph];
                loss += options[k][choice[k]].loss;
            }
            if (loss < bestLoss && known(code)) {
                bestLoss = loss;
                bestCode = code;
            }
            more = false;
            for (int k = 0; k < span->length && !more; ++k) {
                if (++choice[k] < options[k].size())
                    more = true;
                else
                    choice[k] = 0;
            }
        }
        if (!bestCode.isEmpty())
            line.replace(span->start, span->length, bestCode);
    }

    void satisfyChecks()
    {
        for (const MrzCheck& check : m_layout.checks())
            satisfy(check);
    }

    QStringList lines() const { return m_lines; }

private:
    bool allowed(int line, int index, QChar c, bool isSex) const
    {
        if (isSex)
            return c == u'M' || c == u'F' || c == u'X' || c == u'<';
        if (c == u'<')
            return true;
        switch (m_layout.classAt(line, index)) {
        case MrzCharClass::Alpha:
            return c.isLetter();
        case MrzCharClass::Numeric:
            return c.isDigit();
        case MrzCharClass::AlphaNumeric:
            return true;
        }
        return true;
    }

    const std::vector<float>& scores(int line, int index) const
    {
        return m_sheet.scores[line][index];
    }

    int best(int line, int index, bool isSex) const
    {
        const std::vector<float>& s = scores(line, index);
        int bestGlyph = 0;
        float bestScore = -std::numeric_limits<float>::max();
        for (qsizetype g = 0; g < m_sheet.alphabet.size(); ++g) {
            if (allowed(line, index, m_sheet.alphabet[g], isSex) && s[size_t(g)] > bestScore) {
                bestScore = s[size_t(g)];
                bestGlyph = int(g);
            }
        }
        return bestGlyph;
    }

    // The next likeliest glyphs the position allows, cheapest first.
    QList<Alternative> alternatives(const Position& p) const
    {
        const QChar current = m_lines[p.line][p.index];
        const std::vector<float>& s = scores(p.line, p.index);
        const float currentScore = s[size_t(m_sheet.alphabet.indexOf(current))];
        const bool isSex = m_sexAt[p.line] == p.index;
        QList<Alternative> result;
        for (qsizetype g = 0; g < m_sheet.alphabet.size(); ++g) {
            const QChar c = m_sheet.alphabet[g];
            if (c != current && allowed(p.line, p.index, c, isSex))
                result.append({int(g), currentScore - s[size_t(g)]});
        }
        std::sort(result.begin(), result.end(),
                  [](const Alternative& l, const Alternative& r) { return l.loss < r.loss; });
        result.resize(std::min<qsizetype>(result.size(), 3));
        return result;
    }

    bool holds(const MrzCheck& check) const
    {
        QString covered;
        for (const MrzSpan& span : check.covered)
            covered += m_lines[span.line].mid(span.start, span.length);
        return mrzCheckDigit(covered) == m_lines[check.line][check.position];
    }

    void lock(const MrzCheck& check)
    {
        for (const MrzSpan& span : check.covered)
            for (int i = span.start; i < span.start + span.length; ++i)
                m_locked[span.line][i] = true;
        m_locked[check.line][check.position] = true;
    }

    void satisfy(const MrzCheck& check)
    {
        // A filler where the digit stands (an empty personal number, a long document number
        // continued elsewhere) is the parser's to judge.
        if (m_lines[check.line][check.position] == u'<' || holds(check)) {
            lock(check);
            return;
        }
        QList<Position> open;
        for (const MrzSpan& span : check.covered)
            for (int i = span.start; i < span.start + span.length; ++i)
                if (!m_locked[span.line][i])
                    open.append({span.line, i});
        open.append({check.line, check.position});
        QList<QList<Alternative>> options;
        for (const Position& p : open)
            options.append(alternatives(p));

        float bestLoss = MaxLoss;
        QList<std::pair<Position, QChar>> bestChange;
        auto tryChange = [&](const QList<std::pair<Position, QChar>>& change, float loss) {
            if (loss >= bestLoss)
                return;
            QList<QChar> saved;
            for (const auto& [p, c] : change) {
                saved.append(m_lines[p.line][p.index]);
                m_lines[p.line][p.index] = c;
            }
            if (holds(check)) {
                bestLoss = loss;
                bestChange = change;
            }
            for (qsizetype k = change.size() - 1; k >= 0; --k)
                m_lines[change[k].first.line][change[k].first.index] = saved[k];
        };
        for (qsizetype i = 0; i < open.size(); ++i)
            for (const Alternative& a : options[i])
                tryChange({{open[i], m_sheet.alphabet[a.glyph]}}, a.loss);
        if (bestChange.isEmpty()) {
            for (qsizetype i = 0; i < open.size(); ++i)
                for (qsizetype j = i + 1; j < open.size(); ++j)
                    for (const Alternative& a : options[i])
                        for (const Alternative& b : options[j])
                            tryChange({{open[i], m_sheet.alphabet[a.glyph]},
                                       {open[j], m_sheet.alphabet[b.glyph]}},
                                      a.loss + b.loss);
        }
        for (const auto& [p, c] : bestChange)
            m_lines[p.line][p.index] = c;
        if (holds(check))
            lock(check);
    }

    const MrzLayout& m_layout;
    const MrzScoreSheet& m_sheet;
    QStringList m_lines;
    QList<QList<bool>> m_locked;
    QList<int> m_sexAt;
};

} // namespace

QStringList MrzCorrector::correct(const MrzLayout& layout, const MrzScoreSheet& sheet)
{
    Correction correction(layout, sheet);
    correction.endNames();
    correction.knownCountry(u"issuing_state");
    correction.knownCountry(u"nationality");
    correction.satisfyChecks();
    return correction.lines();
}

} // namespace iin
