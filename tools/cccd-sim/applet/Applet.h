#pragma once
// The simulated CCCD chip: APDU in, APDU out. The eMRTD application (AID A0000002471001) with
// EF.CardAccess, BAC, PACE (CAN and MRZ, through OpenPACE), secure messaging, Chip
// Authentication, Active Authentication and the files of a CardImage; SimFaults make it
// misbehave the way worn, hostile or old cards do. Single-threaded: one reader talks to it.
#include "CardImage.h"
#include "SimFaults.h"
#include "apdu/Apdu.h"
#include "emrtd/SecureMessaging.h"

#include <memory>
#include <optional>

namespace motcua::sim {

class ChipPace;

class Applet {
public:
    // BAC refuses every MUTUAL AUTHENTICATE after this many wrong keys (still answering at once).
    static constexpr int kBacTries = 3;

    explicit Applet(CardImage image, SimFaults faults = {});
    ~Applet();
    Applet(const Applet &) = delete;
    Applet &operator=(const Applet &) = delete;

    card::ResponseApdu process(const card::CommandApdu &command);
    // A card reset (power cycle): access and sessions are gone, the BAC try counter stays.
    void reset();

    const CardImage &image() const { return m_image; }
    const SimFaults &faults() const { return m_faults; }
    bool supportsExtendedLength() const { return !m_faults.noExtendedLength; }
    // The most data one response carries.
    int maxResponseLength() const;
    bool hasSecureMessaging() const { return m_sm.has_value(); }

private:
    card::ResponseApdu dispatch(const card::CommandApdu &command, bool secured);
    card::ResponseApdu select(const card::CommandApdu &command);
    card::ResponseApdu readBinary(const card::CommandApdu &command, bool secured);
    card::ResponseApdu getChallenge(const card::CommandApdu &command);
    card::ResponseApdu mutualAuthenticate(const card::CommandApdu &command);
    card::ResponseApdu manageSecurityEnvironment(const card::CommandApdu &command, bool secured);
    card::ResponseApdu generalAuthenticate(const card::CommandApdu &command, bool secured);
    card::ResponseApdu chipAuthenticate(const card::CommandApdu &command);
    card::ResponseApdu internalAuthenticate(const card::CommandApdu &command, bool secured);
    std::optional<QByteArray> servedFile(quint16 fid) const;

    CardImage m_image;
    SimFaults m_faults;
    bool m_applicationSelected = false;
    std::optional<quint16> m_selectedFile;
    QByteArray m_challenge;           // GET CHALLENGE's RND.ICC, for BAC
    int m_bacFailures = 0;
    std::optional<card::SmSession> m_sm;
    std::optional<card::SmSession> m_nextSm; // CA: new keys apply after the answer that set them
    std::unique_ptr<ChipPace> m_pace;
    std::optional<card::crypto::Cipher> m_caCipher; // set by MSE:SET AT for Chip Authentication
};

} // namespace motcua::sim
