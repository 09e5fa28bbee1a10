#pragma once
// The 63 province codes of birth registration that open every 12-digit personal ID
// (Circular 07/2016/TT-BCA, appendix 1). The 2025 province mergers do not renumber issued IDs,
// so this table stays as the circular wrote it: it names where the birth was registered then.
#include <QList>
#include <QString>

namespace motcua {

struct ProvinceCode {
    QString code; // three digits, "001" … "096"
    QString name; // Vietnamese, as in the circular
};

// Every code, in the circular's order.
const QList<ProvinceCode> &provinceCodes();

// The province's name, or an empty string for a code the circular does not list.
QString provinceName(const QString &code);

bool isProvinceCode(const QString &code);

} // namespace motcua
