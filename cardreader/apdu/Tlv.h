#pragma once
// BER-TLV as ICAO 9303 uses it: tags of one to three bytes, definite lengths of up to four length
// bytes, constructed values that nest. Card answers are untrusted input: every read is bounds
// checked and anything malformed is an error, never a crash or a read past the end.
#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

#include <optional>

namespace motcua::card {

class Tlv {
    Q_DECLARE_TR_FUNCTIONS(Tlv)
public:
    // Deeper nesting than this is treated as hostile (the LDS nests four or five levels).
    static constexpr int kMaxDepth = 32;

    struct Header {
        quint32 tag = 0;
        qsizetype headerLength = 0; // tag and length bytes
        qsizetype valueLength = 0;
    };

    Tlv() = default;
    Tlv(quint32 tag, QByteArray value) : m_tag(tag), m_value(std::move(value)) {}

    quint32 tag() const { return m_tag; }
    const QByteArray &value() const { return m_value; }
    // Bit 6 of the first tag byte: the value is itself a list of TLVs.
    bool isConstructed() const { return isConstructedTag(m_tag); }
    static bool isConstructedTag(quint32 tag);

    // The error of every malformed read (code emrtd.tlv.malformed).
    static Error malformed(const QString &detail);

    // Reads the tag and length at `offset` without reading the value; the value must fit in `data`
    // (so a file's first bytes can announce its full length, see headerOnly).
    static Result<Header> readHeader(const QByteArray &data, qsizetype offset = 0, bool headerOnly = false);
    // Exactly one TLV spanning all of `data`.
    static Result<Tlv> parse(const QByteArray &data);
    // A concatenation of TLVs spanning all of `data` (00 and FF padding between objects is refused).
    static Result<QList<Tlv>> parseAll(const QByteArray &data);
    // This TLV's value parsed as TLVs (constructed or not: primitive SM objects hold TLVs too).
    Result<QList<Tlv>> children() const;

    // The first TLV with `tag` in `list`, or nullopt.
    static std::optional<Tlv> find(const QList<Tlv> &list, quint32 tag);
    // The first TLV with `tag` in this tree (depth first, this TLV included); malformed subtrees
    // are skipped.
    std::optional<Tlv> findRecursive(quint32 tag) const;

    QByteArray encode() const { return encode(m_tag, m_value); }
    static QByteArray encode(quint32 tag, const QByteArray &value);
    static QByteArray encodeTag(quint32 tag);
    static QByteArray encodeLength(qsizetype length);

    friend bool operator==(const Tlv &, const Tlv &) = default;

private:
    std::optional<Tlv> findRecursive(quint32 tag, int depth) const;

    quint32 m_tag = 0;
    QByteArray m_value;
};

} // namespace motcua::card
