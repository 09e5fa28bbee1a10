#pragma once
// The chip's side of PACE (generic mapping) on OpenPACE: MSE:SET AT starts it, four GENERAL
// AUTHENTICATE steps run it. A wrong password shows at step 4: the reader's token does not
// verify and the chip answers 6300.
#include "CardImage.h"
#include "apdu/Apdu.h"
#include "emrtd/OpenPace.h"
#include "emrtd/SecureMessaging.h"

#include <memory>
#include <optional>

namespace motcua::sim {

class ChipPace {
public:
    struct Step {
        card::ResponseApdu answer;
        bool finished = false;                  // success or failure: the run is over
        std::optional<card::SmSession> session; // set on success
    };

    // nullptr when the protocol, password reference or parameters are not offered.
    static std::unique_ptr<ChipPace> start(const CardImage &image, const QByteArray &protocolOid, quint8 passwordRef,
                                           int parameterId, bool refuseEveryKey);
    Step step(const card::CommandApdu &command);

private:
    ChipPace() = default;
    Step fail(quint16 sw);

    card::openpace::EacCtx m_ctx;
    card::openpace::PaceSec m_secret;
    card::crypto::Cipher m_cipher = card::crypto::Cipher::Aes128;
    QByteArray m_readerEphemeral;
    int m_next = 1;
};

} // namespace motcua::sim
