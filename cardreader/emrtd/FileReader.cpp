#include "emrtd/FileReader.h"

#include "emrtd/EmrtdErrors.h"
#include "apdu/Tlv.h"

#include <algorithm>

namespace motcua::card {

namespace {

// Status words after which the data are usable: 6282 = end of file reached before Le bytes.
bool isReadOk(quint16 sw) { return sw == Sw::ok || sw == Sw::endOfFile; }

Error statusError(const char *step, quint16 sw)
{
    return emrtd::fileError(sw, QStringLiteral("%1: SW %2").arg(QLatin1String(step), emrtd::swText(sw)));
}

QByteArray offsetObject(qsizetype offset)
{
    QByteArray value;
    for (int shift = 24; shift >= 0; shift -= 8)
        if ((offset >> shift) != 0 || shift == 0)
            value.append(char((offset >> shift) & 0xff));
    return Tlv::encode(0x54, value);
}

} // namespace

int FileReader::maxChunk() const
{
    const int transportMax = m_transport.maxResponseLength();
    // Short APDUs cannot ask for more than 256 bytes even if the chip could send them.
    const int limit = m_transport.supportsExtendedLength() ? CommandApdu::kMaxExtendedLe : CommandApdu::kMaxShortLe;
    return std::max(1, std::min(transportMax, limit));
}

Result<QByteArray> FileReader::readBySfi(quint8 sfi, const Progress &progress)
{
    auto first = m_transport.transmit(CommandApdu::readBinarySfi(sfi, 0, maxChunk()));
    if (!first)
        return first.error();
    if (!isReadOk(first->sw()) || first->data().isEmpty())
        return statusError("READ BINARY (SFI)", first->sw());
    return readRest(first->data(), progress);
}

Result<QByteArray> FileReader::readByFid(quint16 fid, const Progress &progress)
{
    auto selected = m_transport.transmit(CommandApdu::selectFile(fid));
    if (!selected)
        return selected.error();
    if (!selected->isOk())
        return statusError("SELECT", selected->sw());
    auto first = readAt(0, maxChunk());
    if (!first)
        return first.error();
    return readRest(*first, progress);
}

Result<QByteArray> FileReader::readAt(qsizetype offset, int length)
{
    if (offset <= 0x7fff) {
        auto answer = m_transport.transmit(CommandApdu::readBinary(int(offset), length));
        if (!answer)
            return answer.error();
        if (!isReadOk(answer->sw()) || answer->data().isEmpty())
            return statusError("READ BINARY", answer->sw());
        return answer->data();
    }
    // Odd INS: the answer is DO'53' around the data, so ask for its header too.
    const int headerRoom = int(Tlv::encode(0x53, QByteArray(length, '\0')).size()) - length;
    auto answer = m_transport.transmit(CommandApdu(0x00, 0xb1, 0x00, 0x00, offsetObject(offset), length + headerRoom));
    if (!answer)
        return answer.error();
    if (!isReadOk(answer->sw()))
        return statusError("READ BINARY (B1)", answer->sw());
    auto wrapped = Tlv::parse(answer->data());
    if (!wrapped)
        return wrapped.error();
    if (wrapped->tag() != 0x53 || wrapped->value().isEmpty())
        return emrtd::protocolError(QStringLiteral("READ BINARY (B1): no DO'53' (%1 %2)").arg(wrapped->tag(), 0, 16).arg(wrapped->value().size()));
    return wrapped->value();
}

Result<QByteArray> FileReader::readRest(QByteArray head, const Progress &progress)
{
    auto header = Tlv::readHeader(head, 0, true);
    if (!header)
        return header.error();
    const qsizetype total = header->headerLength + header->valueLength;
    if (total > kMaxFileSize)
        return emrtd::tlvError(QStringLiteral("file announces %1 bytes").arg(total));
    if (head.size() > total)
        head.truncate(total); // a chip may pad the last block of a file
    if (progress)
        progress(head.size(), total);
    const int chunk = maxChunk();
    while (head.size() < total) {
        const qsizetype offset = head.size();
        // B1 carries DO'53' overhead inside the same response limit.
        const int room = offset > 0x7fff ? std::max(1, chunk - 6) : chunk;
        const int length = int(std::min<qsizetype>(room, total - offset));
        auto part = readAt(offset, length);
        if (!part)
            return part.error();
        head.append(part->left(total - offset));
        if (progress)
            progress(head.size(), total);
    }
    return head;
}

} // namespace motcua::card
