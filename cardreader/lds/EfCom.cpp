#include "lds/EfCom.h"

#include "lds/Der.h"
#include "lds/LdsFile.h"

namespace motcua::card {

Result<EfCom> EfCom::parse(const QByteArray &bytes)
{
    using lds::LdsError;
    const auto file = der::readFirst(bytes);
    if (!file || file->tag != lds::fileTag(lds::kCom))
        return LdsError::damaged(lds::kCom, QStringLiteral("wrapper"), QStringLiteral("no tag 60"));
    const auto items = der::children(*file);
    if (!items)
        return LdsError::damaged(lds::kCom, QStringLiteral("tlv"), QStringLiteral("malformed TLV inside 60"));
    EfCom com;
    bool haveList = false;
    for (const der::Item &item : *items) {
        if (item.tag == 0x5f01)
            com.ldsVersion = QString::fromLatin1(item.value);
        else if (item.tag == 0x5f36)
            com.unicodeVersion = QString::fromLatin1(item.value);
        else if (item.tag == 0x5c) {
            haveList = true;
            for (char tag : item.value)
                if (const int dg = lds::dataGroupForTag(quint8(tag)); dg > 0 && !com.dataGroups.contains(dg))
                    com.dataGroups.append(dg);
        }
    }
    if (!haveList)
        return LdsError::damaged(lds::kCom, QStringLiteral("tagList"), QStringLiteral("no tag list 5C"));
    return com;
}

} // namespace motcua::card
