#include "applet/AppletTransport.h"

#include <QCoreApplication>

namespace motcua::sim {

int AppletTransport::maxResponseLength() const
{
    const int limit = m_applet.supportsExtendedLength() ? card::CommandApdu::kMaxExtendedLe : card::CommandApdu::kMaxShortLe;
    return std::min(limit, m_applet.maxResponseLength());
}

Result<card::ResponseApdu> AppletTransport::transmit(const card::CommandApdu &command)
{
    const SimFaults &faults = m_applet.faults();
    if (faults.removeAfterApdus >= 0 && m_count >= faults.removeAfterApdus)
        return Error{QStringLiteral("card.removed"),
                     QCoreApplication::translate("AppletTransport", "The card was taken out. Put it back and try again."),
                     QStringLiteral("simulated removal after %1 APDUs").arg(m_count)};
    ++m_count;
    const auto decoded = card::CommandApdu::decode(command.encode());
    if (!decoded)
        return card::ResponseApdu({}, card::Sw::wrongLength);
    const auto answer = card::ResponseApdu::decode(m_applet.process(*decoded).encode());
    return *answer;
}

} // namespace motcua::sim
