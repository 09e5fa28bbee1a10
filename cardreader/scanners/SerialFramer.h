#pragma once
// Cuts the byte stream of a serial scanner into codes. Bytes arrive in pieces of any size
// (USB CDC packets, the driver's timing), so a partial code is kept across reads until its
// terminator (CR, LF or CRLF) or, for scanners configured without a suffix, until the line has
// been idle for a while. Garbage without a terminator (wrong baud rate, a scanner in another
// mode) must not grow the buffer forever: past maxCodeBytes the data is dropped up to the next
// terminator (or idle gap), and the drop is counted. No Qt Serial Port here: tests feed bytes.
#include <QByteArray>
#include <QList>

namespace motcua::scanners {

enum class Terminator { None, Cr, Lf, CrLf };

class SerialFramer {
public:
    // A CCCD QR is about 100-250 bytes of UTF-8, a receipt URL under 200: 4 KiB is generous.
    static constexpr qsizetype kDefaultMaxCodeBytes = 4096;

    explicit SerialFramer(Terminator terminator = Terminator::Cr, qsizetype maxCodeBytes = kDefaultMaxCodeBytes);

    Terminator terminator() const { return m_terminator; }

    // The codes completed by `bytes`, in order. Stray CR/LF at a code's ends are removed (a
    // scanner sending CRLF to a port set to CR still works) and empty codes are skipped.
    QList<QByteArray> feed(const QByteArray &bytes);

    // The line went idle: with Terminator::None the buffered bytes are a whole code (returned);
    // with a terminator they are an incomplete code and are dropped (counted). Ends a drop.
    QList<QByteArray> idle();

    // Forgets buffered bytes (the port closed mid-code); they are counted as dropped.
    void reset();

    bool hasPartialCode() const { return !m_buffer.isEmpty() || m_discarding; }
    // Dropping an over-long code until its terminator (or idle gap) comes.
    bool isDiscarding() const { return m_discarding; }
    // Bytes dropped since the last call (too long without a terminator, incomplete at idle or
    // reset).
    qint64 takeDroppedBytes();

private:
    void appendCode(QList<QByteArray> &codes, QByteArray code) const;

    Terminator m_terminator;
    qsizetype m_maxCodeBytes;
    QByteArray m_buffer;
    bool m_discarding = false; // dropping an over-long code up to its terminator
    qint64 m_dropped = 0;
};

} // namespace motcua::scanners
