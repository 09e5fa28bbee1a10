#include "dossier/DossierStatus.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace motcua {

namespace {
const std::array<std::pair<DossierStatus, const char *>, 5> kNames{{
    {DossierStatus::Received, "received"},
    {DossierStatus::Processing, "processing"},
    {DossierStatus::ResultReady, "resultReady"},
    {DossierStatus::Returned, "returned"},
    {DossierStatus::Rejected, "rejected"},
}};
} // namespace

QString dossierStatusName(DossierStatus status)
{
    for (const auto &[value, name] : kNames)
        if (value == status)
            return QString::fromLatin1(name);
    Q_UNREACHABLE();
    return {};
}

std::optional<DossierStatus> dossierStatusFromName(const QString &name)
{
    for (const auto &[value, text] : kNames)
        if (name == QLatin1String(text))
            return value;
    return std::nullopt;
}

bool isFinal(DossierStatus status)
{
    return status == DossierStatus::Returned || status == DossierStatus::Rejected;
}

bool isAllowedTransition(DossierStatus from, DossierStatus to)
{
    if (isFinal(from))
        return false;
    if (to == DossierStatus::Rejected)
        return true;
    switch (from) {
    case DossierStatus::Received: return to == DossierStatus::Processing;
    case DossierStatus::Processing: return to == DossierStatus::ResultReady;
    case DossierStatus::ResultReady: return to == DossierStatus::Returned;
    case DossierStatus::Returned:
    case DossierStatus::Rejected: return false;
    }
    return false;
}

QString dossierStatusLabel(DossierStatus status)
{
    switch (status) {
    case DossierStatus::Received: return QCoreApplication::translate("DossierStatus", "Received");
    case DossierStatus::Processing: return QCoreApplication::translate("DossierStatus", "Processing");
    case DossierStatus::ResultReady: return QCoreApplication::translate("DossierStatus", "Result ready");
    case DossierStatus::Returned: return QCoreApplication::translate("DossierStatus", "Returned");
    case DossierStatus::Rejected: return QCoreApplication::translate("DossierStatus", "Rejected");
    }
    return {};
}

} // namespace motcua
