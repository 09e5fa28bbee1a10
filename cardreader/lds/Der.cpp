#include "lds/Der.h"

#include <QStringList>

namespace motcua::card::der {

std::optional<Item> readItem(const QByteArray &data, qsizetype offset, qsizetype *next)
{
    const auto header = Tlv::readHeader(data, offset);
    if (!header)
        return std::nullopt;
    const qsizetype end = offset + header->headerLength + header->valueLength;
    Item item;
    item.tag = header->tag;
    item.value = data.mid(offset + header->headerLength, header->valueLength);
    item.encoded = data.mid(offset, end - offset);
    if (next)
        *next = end;
    return item;
}

std::optional<Item> readSingle(const QByteArray &data)
{
    qsizetype next = 0;
    auto item = readItem(data, 0, &next);
    if (!item || next != data.size())
        return std::nullopt;
    return item;
}

std::optional<Item> readFirst(const QByteArray &data)
{
    return readItem(data, 0);
}

std::optional<QList<Item>> readAll(const QByteArray &data)
{
    QList<Item> items;
    qsizetype pos = 0;
    while (pos < data.size()) {
        auto item = readItem(data, pos, &pos);
        if (!item)
            return std::nullopt;
        items.append(std::move(*item));
    }
    return items;
}

std::optional<qint64> toInteger(const Item &item)
{
    if (item.tag != Tag::integer || item.value.isEmpty() || item.value.size() > 8)
        return std::nullopt;
    qint64 value = qint8(item.value.at(0)); // sign from the first byte
    for (qsizetype i = 1; i < item.value.size(); ++i)
        value = qint64(quint64(value) << 8) | quint8(item.value.at(i));
    return value;
}

std::optional<QString> toOid(const Item &item)
{
    if (item.tag != Tag::oid || item.value.isEmpty() || item.value.size() > 64)
        return std::nullopt;
    QStringList arcs;
    quint64 arc = 0;
    bool first = true;
    for (qsizetype i = 0; i < item.value.size(); ++i) {
        const quint8 b = quint8(item.value.at(i));
        if (arc > (quint64(1) << 56))
            return std::nullopt;
        arc = (arc << 7) | (b & 0x7f);
        if (b & 0x80)
            continue;
        if (first) {
            const quint64 top = arc < 40 ? 0 : arc < 80 ? 1 : 2;
            arcs << QString::number(top) << QString::number(arc - top * 40);
            first = false;
        } else {
            arcs << QString::number(arc);
        }
        arc = 0;
    }
    if (quint8(item.value.back()) & 0x80)
        return std::nullopt;
    return arcs.join(QLatin1Char('.'));
}

bool isStringTag(quint32 tag)
{
    return tag == Tag::utf8String || tag == Tag::printableString || tag == Tag::t61String || tag == Tag::ia5String
           || tag == Tag::bmpString || tag == Tag::octetString;
}

std::optional<QString> toText(const Item &item)
{
    if (!isStringTag(item.tag))
        return std::nullopt;
    if (item.tag == Tag::bmpString) {
        if (item.value.size() % 2)
            return std::nullopt;
        QString text;
        for (qsizetype i = 0; i + 1 < item.value.size(); i += 2)
            text.append(QChar(char16_t((quint8(item.value.at(i)) << 8) | quint8(item.value.at(i + 1)))));
        return text;
    }
    if (item.tag == Tag::t61String)
        return QString::fromLatin1(item.value);
    return QString::fromUtf8(item.value);
}

QByteArray encodeInteger(qint64 value)
{
    QByteArray bytes;
    for (int i = 0; i < 8; ++i)
        bytes.prepend(char((quint64(value) >> (8 * i)) & 0xff));
    // Minimal two's complement: drop leading bytes that only repeat the sign.
    while (bytes.size() > 1
           && ((bytes.at(0) == 0 && !(quint8(bytes.at(1)) & 0x80))
               || (quint8(bytes.at(0)) == 0xff && (quint8(bytes.at(1)) & 0x80))))
        bytes.remove(0, 1);
    return Tlv::encode(Tag::integer, bytes);
}

QByteArray encodeOid(const QString &dotted)
{
    const QStringList parts = dotted.split(QLatin1Char('.'));
    if (parts.size() < 2)
        return {};
    QList<quint64> arcs;
    for (const QString &part : parts) {
        bool ok = false;
        arcs.append(part.toULongLong(&ok));
        if (!ok)
            return {};
    }
    QByteArray body;
    const auto appendArc = [&body](quint64 arc) {
        QByteArray chunk(1, char(arc & 0x7f));
        for (arc >>= 7; arc > 0; arc >>= 7)
            chunk.prepend(char(0x80 | (arc & 0x7f)));
        body.append(chunk);
    };
    appendArc(arcs.at(0) * 40 + arcs.at(1));
    for (qsizetype i = 2; i < arcs.size(); ++i)
        appendArc(arcs.at(i));
    return Tlv::encode(Tag::oid, body);
}

QByteArray encodeUtf8(const QString &text)
{
    return Tlv::encode(Tag::utf8String, text.toUtf8());
}

QByteArray encodePrintable(const QString &text)
{
    return Tlv::encode(Tag::printableString, text.toLatin1());
}

QByteArray sequence(const QList<QByteArray> &parts)
{
    return Tlv::encode(Tag::sequence, parts.join());
}

QByteArray set(const QList<QByteArray> &parts)
{
    return Tlv::encode(Tag::set, parts.join());
}

} // namespace motcua::card::der
