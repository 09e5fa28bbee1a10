#include "scanners/SerialFramer.h"

#include <utility>

namespace motcua::scanners {

namespace {

QByteArray terminatorBytes(Terminator terminator)
{
    switch (terminator) {
    case Terminator::Cr: return QByteArrayLiteral("\r");
    case Terminator::Lf: return QByteArrayLiteral("\n");
    case Terminator::CrLf: return QByteArrayLiteral("\r\n");
    case Terminator::None: break;
    }
    return {};
}

bool isLineEnd(char c)
{
    return c == '\r' || c == '\n';
}

} // namespace

SerialFramer::SerialFramer(Terminator terminator, qsizetype maxCodeBytes)
    : m_terminator(terminator), m_maxCodeBytes(maxCodeBytes > 0 ? maxCodeBytes : kDefaultMaxCodeBytes)
{
}

void SerialFramer::appendCode(QList<QByteArray> &codes, QByteArray code) const
{
    qsizetype begin = 0;
    qsizetype end = code.size();
    while (begin < end && isLineEnd(code.at(begin)))
        ++begin;
    while (end > begin && isLineEnd(code.at(end - 1)))
        --end;
    if (end > begin)
        codes.append(code.mid(begin, end - begin));
}

QList<QByteArray> SerialFramer::feed(const QByteArray &bytes)
{
    QList<QByteArray> codes;
    m_buffer.append(bytes);
    const QByteArray terminator = terminatorBytes(m_terminator);
    if (!terminator.isEmpty()) {
        qsizetype at = 0;
        while ((at = m_buffer.indexOf(terminator)) >= 0) {
            QByteArray code = m_buffer.left(at);
            m_buffer.remove(0, at + terminator.size());
            if (m_discarding || code.size() > m_maxCodeBytes) {
                // An over-long code (or its tail, when the head was dropped already).
                m_dropped += code.size();
                m_discarding = false;
                continue;
            }
            appendCode(codes, std::move(code));
        }
    }
    // Keep a possible first half of a CRLF: it is not part of an over-long code yet.
    const qsizetype keep = (m_terminator == Terminator::CrLf && m_buffer.endsWith('\r')) ? 1 : 0;
    if (m_buffer.size() - keep > m_maxCodeBytes || (m_discarding && m_buffer.size() > keep)) {
        m_dropped += m_buffer.size() - keep;
        m_buffer = m_buffer.right(keep);
        m_discarding = true;
    }
    return codes;
}

QList<QByteArray> SerialFramer::idle()
{
    QList<QByteArray> codes;
    if (m_terminator == Terminator::None && !m_discarding)
        appendCode(codes, std::move(m_buffer));
    else
        m_dropped += m_buffer.size();
    m_buffer.clear();
    m_discarding = false;
    return codes;
}

void SerialFramer::reset()
{
    m_dropped += m_buffer.size();
    m_buffer.clear();
    m_discarding = false;
}

qint64 SerialFramer::takeDroppedBytes()
{
    return std::exchange(m_dropped, 0);
}

} // namespace motcua::scanners
