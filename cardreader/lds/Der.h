#pragma once
// Internal to lds: the ASN.1 the LDS files use on top of BER-TLV (apdu/Tlv): items that keep
// the bytes they were read from (signatures and OpenPACE need them verbatim), INTEGER, OID and
// string values, and the encoders of the writers. Card files are untrusted: every read is
// bounds checked (by Tlv::readHeader) and returns nullopt when malformed.
#include "apdu/Tlv.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace motcua::card::der {

namespace Tag {
constexpr quint32 integer = 0x02;
constexpr quint32 bitString = 0x03;
constexpr quint32 octetString = 0x04;
constexpr quint32 null = 0x05;
constexpr quint32 oid = 0x06;
constexpr quint32 utf8String = 0x0c;
constexpr quint32 printableString = 0x13;
constexpr quint32 t61String = 0x14;
constexpr quint32 ia5String = 0x16;
constexpr quint32 bmpString = 0x1e;
constexpr quint32 sequence = 0x30;
constexpr quint32 set = 0x31;
} // namespace Tag

struct Item {
    quint32 tag = 0;
    QByteArray value;
    QByteArray encoded; // tag, length and value as they stood in the input

    bool isConstructed() const { return Tlv::isConstructedTag(tag); }
};

constexpr int kMaxDepth = 24;

// The one item at `offset`; `next` receives the offset after it.
std::optional<Item> readItem(const QByteArray &data, qsizetype offset, qsizetype *next = nullptr);
// Exactly one item spanning all of `data`, trailing bytes refused...
std::optional<Item> readSingle(const QByteArray &data);
// ...or one item at the start, trailing bytes (card padding) ignored.
std::optional<Item> readFirst(const QByteArray &data);
// The concatenated items of a value (a constructed item's children).
std::optional<QList<Item>> readAll(const QByteArray &data);
inline std::optional<QList<Item>> children(const Item &item) { return readAll(item.value); }

std::optional<qint64> toInteger(const Item &item);           // INTEGER of up to 8 bytes
std::optional<QString> toOid(const Item &item);              // dotted text, "2.23.136.1.1.1"
std::optional<QString> toText(const Item &item);             // any string type (UTF-8/Latin-1/BMP)
bool isStringTag(quint32 tag);

// Tag, length and value: Tlv::encode.
QByteArray encodeInteger(qint64 value);
QByteArray encodeOid(const QString &dotted); // empty for a malformed OID (a programming error)
QByteArray encodeUtf8(const QString &text);
QByteArray encodePrintable(const QString &text);
QByteArray sequence(const QList<QByteArray> &parts);
QByteArray set(const QList<QByteArray> &parts); // in the given order (callers sort when DER needs it)

} // namespace motcua::card::der
