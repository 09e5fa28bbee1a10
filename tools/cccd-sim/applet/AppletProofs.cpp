// The applet's answers that prove the chip holds a private key: Chip Authentication (the key of
// DG14) and Active Authentication (the key of DG15).
#include "applet/Applet.h"

#include "emrtd/ActiveAuth.h"
#include "emrtd/ChipAuth.h"
#include "apdu/Tlv.h"

namespace motcua::sim {

using card::CommandApdu;
using card::ResponseApdu;

ResponseApdu Applet::chipAuthenticate(const CommandApdu &command)
{
    const auto cipher = m_caCipher;
    m_caCipher.reset();
    auto outer = card::Tlv::parse(command.data());
    std::optional<card::Tlv> point;
    if (outer && outer->tag() == 0x7c)
        if (auto objects = outer->children())
            point = card::Tlv::find(*objects, 0x80);
    if (!point || m_image.chipAuthenticationKey.isEmpty())
        return ResponseApdu({}, card::Sw::wrongData);
    auto secret = card::ChipAuth::sharedSecret(m_image.chipAuthenticationKey, point->value());
    if (!secret)
        return ResponseApdu({}, card::Sw::wrongData);
    m_nextSm = card::SmSession::fromSharedSecret(*cipher, *secret);
    return ResponseApdu(card::Tlv::encode(0x7c, {}), card::Sw::ok);
}

ResponseApdu Applet::internalAuthenticate(const CommandApdu &command, bool secured)
{
    if (!secured)
        return ResponseApdu({}, card::Sw::securityNotSatisfied);
    if (command.data().size() != 8 || m_image.activeAuthenticationKey.isEmpty())
        return ResponseApdu({}, card::Sw::wrongData);
    auto signature = card::ActiveAuth::signEc(m_image.activeAuthenticationKey, command.data());
    if (!signature)
        return ResponseApdu({}, 0x6f00);
    return ResponseApdu(*signature, card::Sw::ok);
}

} // namespace motcua::sim
