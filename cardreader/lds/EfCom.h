#pragma once
// EF.COM: the LDS version and the list of data groups the chip says it holds.
#include "common/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace motcua::card {

struct EfCom {
    QString ldsVersion;     // "0107" for LDS 1.7, as stored (tag 5F01)
    QString unicodeVersion; // "040000", as stored (tag 5F36)
    QList<int> dataGroups;  // numbers 1..16, in the chip's order; unknown tags are skipped

    static Result<EfCom> parse(const QByteArray &bytes);
};

} // namespace motcua::card
