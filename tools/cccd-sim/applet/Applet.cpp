#include "applet/Applet.h"

#include "applet/ChipPace.h"
#include "emrtd/Bac.h"
#include "emrtd/ChipAuth.h"
#include "emrtd/SmCrypto.h"
#include "apdu/Tlv.h"
#include "identity/AccessKeys.h"

namespace motcua::sim {

using card::CommandApdu;
using card::ResponseApdu;
namespace Sw = card::Sw;

namespace {
const QByteArray kAid = QByteArray::fromHex("A0000002471001");
ResponseApdu status(quint16 sw) { return ResponseApdu({}, sw); }
} // namespace

Applet::Applet(CardImage image, SimFaults faults) : m_image(std::move(image)), m_faults(std::move(faults)) {}

Applet::~Applet() = default;

void Applet::reset()
{
    m_applicationSelected = false;
    m_selectedFile.reset();
    m_challenge.clear();
    m_sm.reset();
    m_nextSm.reset();
    m_pace.reset();
    m_caCipher.reset();
}

int Applet::maxResponseLength() const
{
    if (m_faults.maxResponseLength > 0)
        return m_faults.maxResponseLength;
    return supportsExtendedLength() ? CommandApdu::kMaxExtendedLe : CommandApdu::kMaxShortLe;
}

ResponseApdu Applet::process(const CommandApdu &command)
{
    if (!supportsExtendedLength()
        && (command.data().size() > CommandApdu::kMaxShortLc || command.le().value_or(0) > CommandApdu::kMaxShortLe))
        return status(Sw::wrongLength);
    if ((command.cla() & 0x0c) != 0x0c) {
        // A plain command ends secure messaging, as on real chips.
        m_sm.reset();
        return dispatch(command, false);
    }
    if (!m_sm)
        return status(Sw::smDataObjectsIncorrect);
    auto plain = m_sm->unprotectCommand(command);
    if (!plain) {
        m_sm.reset();
        return status(Sw::smDataObjectsIncorrect);
    }
    const ResponseApdu answer = dispatch(*plain, true);
    auto wrapped = m_sm->protectResponse(plain->ins(), answer);
    if (!wrapped) {
        m_sm.reset();
        return status(Sw::smDataObjectsIncorrect);
    }
    if (m_nextSm) { // Chip Authentication: its answer still travels under the old keys
        m_sm = std::move(m_nextSm);
        m_nextSm.reset();
    }
    QByteArray data = wrapped->data();
    if (m_faults.badResponseMac)
        data[data.size() - 1] = char(data.back() ^ 0x01);
    return ResponseApdu(data, wrapped->sw());
}

ResponseApdu Applet::dispatch(const CommandApdu &command, bool secured)
{
    switch (command.ins()) {
    case 0xa4: return select(command);
    case 0xb0:
    case 0xb1: return readBinary(command, secured);
    case 0x84: return getChallenge(command);
    case 0x82: return mutualAuthenticate(command);
    case 0x22: return manageSecurityEnvironment(command, secured);
    case 0x86: return generalAuthenticate(command, secured);
    case 0x88: return internalAuthenticate(command, secured);
    default: return status(Sw::insNotSupported);
    }
}

std::optional<QByteArray> Applet::servedFile(quint16 fid) const
{
    if (fid == Fid::cardAccess && m_faults.paceNotOffered)
        return std::nullopt;
    if (fid == Fid::dg3) // fingerprints exist but stay behind EAC
        return QByteArray();
    const auto it = m_image.files.constFind(fid);
    if (it == m_image.files.constEnd())
        return std::nullopt;
    QByteArray content = it.value();
    if (m_faults.tamperedFiles.contains(fid) && !content.isEmpty()) {
        const qsizetype where = content.size() - 1; // in the value, not the TLV header
        content[where] = char(content.at(where) ^ 0x5a);
    }
    return content;
}

ResponseApdu Applet::select(const CommandApdu &command)
{
    if (command.p1() == 0x04) {
        if (command.data() != kAid)
            return status(Sw::fileNotFound);
        m_applicationSelected = true;
        m_selectedFile.reset();
        return status(Sw::ok);
    }
    if ((command.p1() != 0x02 && command.p1() != 0x00) || command.data().size() != 2)
        return status(Sw::wrongP1P2);
    const quint16 fid = quint16((quint8(command.data().at(0)) << 8) | quint8(command.data().at(1)));
    if (!servedFile(fid))
        return status(Sw::fileNotFound);
    m_selectedFile = fid;
    return status(Sw::ok);
}

ResponseApdu Applet::readBinary(const CommandApdu &command, bool secured)
{
    qsizetype offset = 0;
    if (command.ins() == 0xb1) {
        auto list = card::Tlv::parseAll(command.data());
        const auto object = list ? card::Tlv::find(*list, 0x54) : std::nullopt;
        if (!object || object->value().isEmpty() || object->value().size() > 3)
            return status(Sw::wrongData);
        for (char byte : object->value())
            offset = (offset << 8) | quint8(byte);
    } else if (command.p1() & 0x80) {
        m_selectedFile = quint16(0x0100 | (command.p1() & 0x1f));
        offset = command.p2();
    } else {
        offset = ((command.p1() & 0x7f) << 8) | command.p2();
    }
    if (!m_selectedFile)
        return status(Sw::conditionsNotSatisfied);
    const quint16 fid = *m_selectedFile;
    const auto content = servedFile(fid);
    if (!content)
        return status(Sw::fileNotFound);
    if (fid == Fid::dg3 || (!secured && fid != Fid::cardAccess))
        return status(Sw::securityNotSatisfied);
    if (offset > content->size())
        return status(Sw::wrongP1P2);
    int length = std::min(command.le().value_or(CommandApdu::kMaxShortLe), maxResponseLength());
    if (command.ins() == 0xb1) { // Le counts DO'53' and its length too
        int value = length - 2;
        for (int room = 3; value >= (room == 3 ? 0x80 : room == 4 ? 0x100 : 0x10000) && room <= 5; ++room)
            value = length - room;
        length = std::max(0, value);
    }
    const QByteArray data = content->mid(offset, length);
    if (command.ins() == 0xb1)
        return ResponseApdu(card::Tlv::encode(0x53, data), Sw::ok);
    return ResponseApdu(data, Sw::ok);
}

ResponseApdu Applet::getChallenge(const CommandApdu &command)
{
    if (command.le().value_or(0) != 8)
        return status(Sw::wrongLength);
    m_challenge = card::crypto::randomBytes(8);
    return ResponseApdu(m_challenge, Sw::ok);
}

ResponseApdu Applet::mutualAuthenticate(const CommandApdu &command)
{
    // A blocked or refusing chip answers at once: the reader must never wait on it.
    if (m_faults.wrongKeyAnswers || m_bacFailures >= kBacTries || m_challenge.size() != 8)
        return status(Sw::authenticationFailed);
    const BacKeys keys = AccessKeys::bacKeys(AccessKeys::keySeed(m_image.mrzInformation));
    auto s = card::Bac::verifyAndDecrypt(keys, command.data());
    const QByteArray rndIcc = m_challenge;
    m_challenge.clear(); // one challenge, one try
    if (!s || s->mid(8, 8) != rndIcc) {
        ++m_bacFailures;
        return status(Sw::authenticationFailed);
    }
    const QByteArray rndIfd = s->left(8);
    const QByteArray kIfd = s->right(16);
    const QByteArray kIcc = card::crypto::randomBytes(16);
    auto answer = card::Bac::encryptAndMac(keys, rndIcc + rndIfd + kIcc);
    if (!answer)
        return status(0x6f00);
    m_bacFailures = 0;
    m_sm = card::Bac::session(kIfd, kIcc, rndIcc, rndIfd);
    return ResponseApdu(*answer, Sw::ok);
}

ResponseApdu Applet::manageSecurityEnvironment(const CommandApdu &command, bool secured)
{
    auto objects = card::Tlv::parseAll(command.data());
    if (!objects)
        return status(Sw::wrongData);
    const auto oid = card::Tlv::find(*objects, 0x80);
    if (command.p1() == 0xc1 && command.p2() == 0xa4) { // PACE
        if (m_faults.paceNotOffered || !oid)
            return status(Sw::wrongData);
        const auto reference = card::Tlv::find(*objects, 0x83);
        const auto parameter = card::Tlv::find(*objects, 0x84);
        if (!reference || reference->value().size() != 1)
            return status(Sw::wrongData);
        m_pace = ChipPace::start(m_image, oid->value(), quint8(reference->value().at(0)),
                                 parameter && parameter->value().size() == 1 ? int(quint8(parameter->value().at(0))) : -1,
                                 m_faults.wrongKeyAnswers);
        return status(m_pace ? Sw::ok : Sw::wrongData);
    }
    if (command.p1() == 0x41 && command.p2() == 0xa4 && secured && oid) { // Chip Authentication
        m_caCipher = card::ChipAuth::cipherOf(oid->value());
        return status(m_caCipher ? Sw::ok : Sw::wrongData);
    }
    if (command.p1() == 0x41 && command.p2() == 0xa4 && secured) // key reference only (AA-style): accept
        return status(Sw::ok);
    return status(Sw::wrongP1P2);
}

ResponseApdu Applet::generalAuthenticate(const CommandApdu &command, bool secured)
{
    if (secured && m_caCipher)
        return chipAuthenticate(command);
    if (!m_pace)
        return status(Sw::conditionsNotSatisfied);
    auto step = m_pace->step(command);
    if (step.finished) {
        if (step.session)
            m_sm = std::move(*step.session);
        m_pace.reset();
    }
    return step.answer;
}

} // namespace motcua::sim
