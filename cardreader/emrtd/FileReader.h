#pragma once
// Reads an elementary file of the eMRTD application, plain or through a SecureChannel: the first
// READ BINARY asks for as much as one response may carry and learns the file's TLV length from
// it, the rest follows in the fewest APDUs the transport allows. Offsets past 32767 use READ
// BINARY with odd INS (B1) and an offset DO'54'. 6982 is emrtd.file.notAllowed (DG3: EAC only),
// 6A82 is emrtd.file.absent.
#include "apdu/ApduTransport.h"
#include "common/Result.h"

#include <functional>

namespace motcua::card {

class FileReader {
public:
    // Bytes read so far and the file's total size, after each APDU.
    using Progress = std::function<void(qsizetype read, qsizetype total)>;

    // Files larger than this are refused as hostile (a CCCD's largest, DG2, is about 20 KB).
    static constexpr qsizetype kMaxFileSize = 1 << 24;

    explicit FileReader(ApduTransport &transport) : m_transport(transport) {}

    // By short file identifier (READ BINARY with P1 = 80|SFI): no SELECT needed, which also
    // works on chips that cannot select the master file (EF.CardAccess, SFI 1C).
    Result<QByteArray> readBySfi(quint8 sfi, const Progress &progress = {});
    // SELECT by file identifier (00 A4 02 0C), then read.
    Result<QByteArray> readByFid(quint16 fid, const Progress &progress = {});

private:
    Result<QByteArray> readRest(QByteArray head, const Progress &progress);
    Result<QByteArray> readAt(qsizetype offset, int length);
    int maxChunk() const;

    ApduTransport &m_transport;
};

} // namespace motcua::card
