#include "identity/IdentityDocument.h"

namespace motcua {

QString documentKindName(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::ChipCccd: return QStringLiteral("chipCccd");
    case DocumentKind::CccdWithoutChip: return QStringLiteral("cccdWithoutChip");
    case DocumentKind::OldCmnd: return QStringLiteral("oldCmnd");
    case DocumentKind::Unknown: return QStringLiteral("unknown");
    }
    return QStringLiteral("unknown");
}

QString ExpiryDate::toString() const
{
    switch (kind) {
    case Kind::On: return date.toString(Qt::ISODate);
    case Kind::Never: return QStringLiteral("none");
    case Kind::Unknown: return {};
    }
    return {};
}

} // namespace motcua
