#include "apdu/Tlv.h"

namespace motcua::card {

namespace {
int byteAt(const QByteArray &data, qsizetype i) { return int(quint8(data.at(i))); }
} // namespace

Error Tlv::malformed(const QString &detail)
{
    // Code and context stay emrtd's, where the reader's errors and their translations live.
    return {QStringLiteral("emrtd.tlv.malformed"),
            QCoreApplication::translate("Emrtd", "The card's data could not be read. Take the card out and try again."), detail};
}

bool Tlv::isConstructedTag(quint32 tag)
{
    // The first tag byte is the most significant non-zero byte of the tag.
    quint32 first = tag;
    while (first > 0xff)
        first >>= 8;
    return (first & 0x20) != 0;
}

Result<Tlv::Header> Tlv::readHeader(const QByteArray &data, qsizetype offset, bool headerOnly)
{
    const qsizetype size = data.size();
    qsizetype pos = offset;
    if (pos < 0 || pos >= size)
        return malformed(QStringLiteral("tag beyond the end at %1").arg(offset));
    const int first = byteAt(data, pos++);
    if (first == 0x00 || first == 0xff)
        return malformed(QStringLiteral("invalid tag byte %1 at %2").arg(first, 2, 16, QLatin1Char('0')).arg(offset));
    quint32 tag = quint32(first);
    if ((first & 0x1f) == 0x1f) { // more tag bytes follow, each with bit 8 set but the last
        for (int n = 0;; ++n) {
            if (n == 3)
                return malformed(QStringLiteral("tag longer than 4 bytes at %1").arg(offset));
            if (pos >= size)
                return malformed(QStringLiteral("truncated tag at %1").arg(offset));
            const int next = byteAt(data, pos++);
            tag = (tag << 8) | quint32(next);
            if ((next & 0x80) == 0)
                break;
        }
    }
    if (pos >= size)
        return malformed(QStringLiteral("missing length at %1").arg(offset));
    const int lead = byteAt(data, pos++);
    qsizetype length = 0;
    if (lead < 0x80) {
        length = lead;
    } else {
        const int count = lead & 0x7f;
        if (count == 0 || count > 4) // 80 is the indefinite form, which ICAO 9303 does not use
            return malformed(QStringLiteral("unsupported length form %1 at %2").arg(lead, 2, 16, QLatin1Char('0')).arg(offset));
        if (pos + count > size)
            return malformed(QStringLiteral("truncated length at %1").arg(offset));
        quint64 value = 0;
        for (int i = 0; i < count; ++i)
            value = (value << 8) | quint64(byteAt(data, pos++));
        if (value > quint64(0x7fffffff))
            return malformed(QStringLiteral("length too large at %1").arg(offset));
        length = qsizetype(value);
    }
    const Header header{tag, pos - offset, length};
    if (!headerOnly && length > size - pos)
        return malformed(QStringLiteral("value of %1 bytes overruns the %2 available at %3")
                            .arg(length).arg(size - pos).arg(offset));
    return header;
}

Result<QList<Tlv>> Tlv::parseAll(const QByteArray &data)
{
    QList<Tlv> out;
    qsizetype pos = 0;
    while (pos < data.size()) {
        auto header = readHeader(data, pos);
        if (!header)
            return header.error();
        out.append(Tlv(header->tag, data.mid(pos + header->headerLength, header->valueLength)));
        pos += header->headerLength + header->valueLength;
    }
    return out;
}

Result<Tlv> Tlv::parse(const QByteArray &data)
{
    auto header = readHeader(data, 0);
    if (!header)
        return header.error();
    if (header->headerLength + header->valueLength != data.size())
        return malformed(QStringLiteral("%1 trailing bytes after the object")
                                   .arg(data.size() - header->headerLength - header->valueLength));
    return Tlv(header->tag, data.mid(header->headerLength, header->valueLength));
}

Result<QList<Tlv>> Tlv::children() const
{
    return parseAll(m_value);
}

std::optional<Tlv> Tlv::find(const QList<Tlv> &list, quint32 tag)
{
    for (const Tlv &tlv : list)
        if (tlv.tag() == tag)
            return tlv;
    return std::nullopt;
}

std::optional<Tlv> Tlv::findRecursive(quint32 tag) const
{
    return findRecursive(tag, 0);
}

std::optional<Tlv> Tlv::findRecursive(quint32 tag, int depth) const
{
    if (m_tag == tag)
        return *this;
    if (!isConstructed() || depth >= kMaxDepth)
        return std::nullopt;
    const auto list = children();
    if (!list)
        return std::nullopt;
    for (const Tlv &child : *list)
        if (auto found = child.findRecursive(tag, depth + 1))
            return found;
    return std::nullopt;
}

QByteArray Tlv::encodeTag(quint32 tag)
{
    QByteArray out;
    for (int shift = 24; shift >= 0; shift -= 8)
        if ((tag >> shift) != 0 || shift == 0)
            out.append(char((tag >> shift) & 0xff));
    return out;
}

QByteArray Tlv::encodeLength(qsizetype length)
{
    QByteArray out;
    if (length < 0x80) {
        out.append(char(length));
    } else if (length <= 0xff) {
        out.append(char(0x81)).append(char(length));
    } else if (length <= 0xffff) {
        out.append(char(0x82)).append(char(length >> 8)).append(char(length & 0xff));
    } else if (length <= 0xffffff) {
        out.append(char(0x83)).append(char(length >> 16)).append(char((length >> 8) & 0xff)).append(char(length & 0xff));
    } else {
        out.append(char(0x84));
        for (int shift = 24; shift >= 0; shift -= 8)
            out.append(char((length >> shift) & 0xff));
    }
    return out;
}

QByteArray Tlv::encode(quint32 tag, const QByteArray &value)
{
    return encodeTag(tag) + encodeLength(value.size()) + value;
}

} // namespace motcua::card
