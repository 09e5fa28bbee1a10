#include "session/ChipAccess.h"

#include "emrtd/Bac.h"
#include "emrtd/EmrtdErrors.h"
#include "emrtd/Pace.h"
#include "session/EmrtdReader.h"

namespace motcua::card {

QByteArray ChipAccess::applicationId()
{
    return QByteArray::fromHex("A0000002471001");
}

Error ChipAccess::mrzRequiredError(const QString &detail)
{
    return Error{SessionErrorCode::mrzRequired,
                 tr("This card needs the MRZ (the three lines on the back) to be opened: the card access number is not enough."),
                 detail};
}

namespace {

Status selectApplication(ApduTransport &transport)
{
    auto answer = transport.transmit(CommandApdu::selectByAid(ChipAccess::applicationId()));
    if (!answer)
        return answer.error();
    if (!answer->isOk())
        return emrtd::protocolError(QStringLiteral("SELECT eMRTD application: SW %1").arg(emrtd::swText(answer->sw())));
    return {};
}

} // namespace

Result<OpenedChip> ChipAccess::open(ApduTransport &transport, const AccessKey &key)
{
    const PacePassword password = key.kind == AccessKey::Kind::Can ? PacePassword::Can : PacePassword::Mrz;
    // An unreadable EF.CardAccess is not fatal: the CCCD's known parameters are tried instead.
    const PaceParameters parameters = Pace::parameters(Pace::readCardAccess(transport));
    auto pace = Pace::authenticate(transport, password, key.value, parameters);
    if (pace) {
        SecureChannel channel(transport, *pace);
        if (const Status selected = selectApplication(channel); !selected)
            return selected.error();
        return OpenedChip{channel.session(),
                          key.kind == AccessKey::Kind::Can ? QStringLiteral("PACE-CAN") : QStringLiteral("PACE-MRZ")};
    }
    if (pace.error().code != emrtd::ErrorCode::paceRefused)
        return pace.error();
    if (key.kind == AccessKey::Kind::Can)
        return mrzRequiredError(QStringLiteral("PACE refused (%1), BAC needs the MRZ information").arg(pace.error().detail));
    if (const Status selected = selectApplication(transport); !selected)
        return selected.error();
    auto bac = Bac::authenticate(transport, key.value);
    if (!bac)
        return bac.error();
    return OpenedChip{*bac, QStringLiteral("BAC")};
}

} // namespace motcua::card
