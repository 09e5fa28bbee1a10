#pragma once
// An ApduTransport that hands each command to an Applet in the same process, through the wire
// encoding both ways (so encoding bugs show), with the applet's length limits. For unit tests
// and for tools that want a simulated card without pcscd.
#include "apdu/ApduTransport.h"
#include "applet/Applet.h"

namespace motcua::sim {

class AppletTransport : public card::ApduTransport {
public:
    explicit AppletTransport(Applet &applet) : m_applet(applet) {}

    Result<card::ResponseApdu> transmit(const card::CommandApdu &command) override;
    bool supportsExtendedLength() const override { return m_applet.supportsExtendedLength(); }
    int maxResponseLength() const override;
    int apduCount() const override { return m_count; }

private:
    Applet &m_applet;
    int m_count = 0;
};

} // namespace motcua::sim
