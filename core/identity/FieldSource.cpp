#include "identity/FieldSource.h"

#include <array>
#include <utility>

namespace motcua {

namespace {
const std::array<std::pair<FieldSource, const char *>, 7> kNames{{
    {FieldSource::Unknown, "unknown"},
    {FieldSource::Chip, "chip"},
    {FieldSource::Qr, "qr"},
    {FieldSource::Mrz, "mrz"},
    {FieldSource::Typed, "typed"},
    {FieldSource::PopulationRegistry, "registry"},
    {FieldSource::EarlierDossier, "dossier"},
}};
} // namespace

QString fieldSourceName(FieldSource source)
{
    for (const auto &[value, name] : kNames)
        if (value == source)
            return QString::fromLatin1(name);
    return QStringLiteral("unknown");
}

FieldSource fieldSourceFromName(const QString &name)
{
    for (const auto &[value, text] : kNames)
        if (name == QLatin1String(text))
            return value;
    return FieldSource::Unknown;
}

bool isReusedData(FieldSource source)
{
    switch (source) {
    case FieldSource::Chip:
    case FieldSource::Qr:
    case FieldSource::Mrz:
    case FieldSource::PopulationRegistry:
    case FieldSource::EarlierDossier:
        return true;
    case FieldSource::Unknown:
    case FieldSource::Typed:
        return false;
    }
    return false;
}

} // namespace motcua
