#pragma once
// Sex as the cards write it ("Nam"/"Nữ" on the QR, "M"/"F" in the MRZ) mapped to the two values
// a Person stores under PersonKey::sex.
#include <QString>

namespace motcua::Sex {

inline const QString male = QStringLiteral("male");
inline const QString female = QStringLiteral("female");

// "male" or "female" for Nam/Nữ (with or without diacritics, any case), M/F, male/female;
// an empty string for anything else, so the caller decides what an unknown value means.
QString fromText(const QString &text);

// The Vietnamese label a clerk reads ("Nam"/"Nữ"); empty for anything but the two values.
QString vietnameseLabel(const QString &sex);

} // namespace motcua::Sex
