#pragma once
// The files of the eMRTD application (ICAO 9303 Part 10) by the names a clerk or a log reads:
// "EF.COM", "DG1" ... "DG16", "EF.SOD". Data groups are numbered 1-16; COM and SOD have
// pseudo-numbers so that one int names any file.
#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace motcua::card::lds {

constexpr int kCom = 0;
constexpr int kSod = 17;

// "DG13", "EF.COM", "EF.SOD".
QString fileName(int file);
// The tag that wraps the file (61 for DG1 ... 6D for DG13, 60 for COM, 77 for SOD); 0 if none.
quint32 fileTag(int file);
// The data group a tag announces in EF.COM's tag list (61 -> 1); -1 for an unknown tag.
int dataGroupForTag(quint32 tag);
// The file identifier inside the application (0101 for DG1, 011E for COM, 011D for SOD).
quint16 fileId(int file);

class LdsError {
    Q_DECLARE_TR_FUNCTIONS(LdsError)
public:
    // "The chip's DG13 is damaged or in an unknown format." with code "lds.<file>.<what>".
    static Error damaged(int file, const QString &what, const QString &detail);
    static Error unsupported(int file, const QString &what, const QString &detail);
};

} // namespace motcua::card::lds
