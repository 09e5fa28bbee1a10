#pragma once
// CardImage: everything a simulated CCCD chip holds, built from a citizen (tools/cccd-sim/image,
// the "lds" helper's code) and served by the applet (tools/cccd-sim/applet).
#include <QByteArray>
#include <QMap>
#include <QString>

namespace motcua::sim {

// File identifiers of the eMRTD application (and EF.CardAccess in the master file).
namespace Fid {
constexpr quint16 cardAccess = 0x011c;
constexpr quint16 com = 0x011e;
constexpr quint16 sod = 0x011d;
constexpr quint16 dg1 = 0x0101;
constexpr quint16 dg2 = 0x0102;
constexpr quint16 dg3 = 0x0103; // fingerprints: EAC-protected, answers 6982
constexpr quint16 dg13 = 0x010d;
constexpr quint16 dg14 = 0x010e;
constexpr quint16 dg15 = 0x010f;
} // namespace Fid

struct CardImage {
    // Every elementary file by FID, as the chip returns it (TLV-encoded, ready to read).
    QMap<quint16, QByteArray> files;
    // Access: the 24-character MRZ information (BAC and PACE-MRZ) and the CAN (PACE-CAN).
    QString mrzInformation;
    QString can;
    // Private keys the chip proves possession of, PKCS#8 DER: Chip Authentication (its public
    // key is in DG14) and Active Authentication (its public key is in DG15).
    QByteArray chipAuthenticationKey;
    QByteArray activeAuthenticationKey;
};

} // namespace motcua::sim
