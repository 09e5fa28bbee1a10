#include "lds/LdsFile.h"

namespace motcua::card::lds {

namespace {
// DG1..DG16 wrapper tags, ICAO 9303 Part 10 table 34.
constexpr quint32 kDataGroupTags[17] = {0x60, 0x61, 0x75, 0x63, 0x76, 0x65, 0x66, 0x67, 0x68,
                                        0x69, 0x6a, 0x6b, 0x6c, 0x6d, 0x6e, 0x6f, 0x70};
} // namespace

QString fileName(int file)
{
    if (file == kCom)
        return QStringLiteral("EF.COM");
    if (file == kSod)
        return QStringLiteral("EF.SOD");
    return QStringLiteral("DG%1").arg(file);
}

quint32 fileTag(int file)
{
    if (file == kSod)
        return 0x77;
    return file >= 0 && file <= 16 ? kDataGroupTags[file] : 0;
}

int dataGroupForTag(quint32 tag)
{
    for (int dg = 1; dg <= 16; ++dg)
        if (kDataGroupTags[dg] == tag)
            return dg;
    return -1;
}

quint16 fileId(int file)
{
    if (file == kCom)
        return 0x011e;
    if (file == kSod)
        return 0x011d;
    return quint16(0x0100 + file);
}

Error LdsError::damaged(int file, const QString &what, const QString &detail)
{
    const QString name = fileName(file);
    return Error{QStringLiteral("lds.%1.%2").arg(name.toLower(), what),
                 tr("The chip's %1 is damaged or in an unknown format.").arg(name), detail};
}

Error LdsError::unsupported(int file, const QString &what, const QString &detail)
{
    const QString name = fileName(file);
    return Error{QStringLiteral("lds.%1.%2").arg(name.toLower(), what),
                 tr("The chip's %1 uses a format this workstation does not support.").arg(name), detail};
}

} // namespace motcua::card::lds
