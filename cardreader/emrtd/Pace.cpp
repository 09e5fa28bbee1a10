#include "emrtd/Pace.h"

#include "emrtd/EmrtdErrors.h"
#include "emrtd/FileReader.h"
#include "emrtd/OpenPace.h"
#include "apdu/Tlv.h"

namespace motcua::card {

using namespace openpace;

namespace {

constexpr quint8 kSfiCardAccess = 0x1c;

// One GENERAL AUTHENTICATE step: 7C{tag: value} out, the dynamic authentication data's
// `answerTag` object back.
Result<QByteArray> step(ApduTransport &transport, bool last, quint32 tag, const QByteArray &value, quint32 answerTag,
                        int number)
{
    const QByteArray inner = value.isNull() ? QByteArray() : Tlv::encode(tag, value);
    const CommandApdu command(last ? 0x00 : 0x10, 0x86, 0x00, 0x00, Tlv::encode(0x7c, inner), CommandApdu::kMaxShortLe);
    auto answer = transport.transmit(command);
    if (!answer)
        return answer.error();
    const QString where = QStringLiteral("PACE step %1: SW %2").arg(number).arg(emrtd::swText(answer->sw()));
    if (answer->sw() == Sw::authenticationFailed || (answer->sw() & 0xfff0) == 0x63c0)
        return emrtd::accessDeniedError(where);
    if (!answer->isOk())
        return emrtd::protocolError(where);
    auto outer = Tlv::parse(answer->data());
    if (!outer || outer->tag() != 0x7c)
        return emrtd::protocolError(where + QStringLiteral(", no DO'7C'"));
    auto objects = outer->children();
    if (!objects)
        return objects.error();
    auto found = Tlv::find(*objects, answerTag);
    if (!found || found->value().isEmpty())
        return emrtd::protocolError(where + QStringLiteral(", DO'%1' missing").arg(answerTag, 2, 16));
    return found->value();
}

Error openPaceError(const char *what)
{
    return emrtd::cryptoError(QStringLiteral("OpenPACE %1 failed: %2").arg(QLatin1String(what), lastError()));
}

} // namespace

PaceParameters Pace::cccdDefaults()
{
    initOpenPace();
    return {NID_id_PACE_ECDH_GM_AES_CBC_CMAC_128, 13, false};
}

std::optional<QByteArray> Pace::readCardAccess(ApduTransport &transport)
{
    FileReader reader(transport);
    auto content = reader.readBySfi(kSfiCardAccess);
    if (!content)
        return std::nullopt;
    return *content;
}

PaceParameters Pace::parameters(const std::optional<QByteArray> &cardAccess)
{
    if (!cardAccess)
        return cccdDefaults();
    EacCtx ctx = newContext();
    if (!ctx
        || EAC_CTX_init_ef_cardaccess(reinterpret_cast<const unsigned char *>(cardAccess->constData()),
                                      std::size_t(cardAccess->size()), ctx.get()) != 1
        || !ctx->pace_ctx) {
        lastError(); // clear the queue: unreadable EF.CardAccess is expected on some chips
        return cccdDefaults();
    }
    const int nid = ctx->pace_ctx->protocol;
    if (!cipherOfProtocol(nid) || ctx->pace_ctx->id < 0)
        return cccdDefaults(); // 3DES, integrated mapping or unknown: not supported, use the known ones
    return {nid, ctx->pace_ctx->id, true};
}

Result<SmSession> Pace::authenticate(ApduTransport &transport, PacePassword kind, const QString &password,
                                     const PaceParameters &parameters)
{
    const auto cipher = cipherOfProtocol(parameters.protocolNid);
    if (!cipher)
        return emrtd::paceRefusedError(QStringLiteral("PACE protocol %1 not supported").arg(parameters.protocolNid));
    EacCtx ctx = newContext();
    if (!ctx || EAC_CTX_init_pace(ctx.get(), parameters.protocolNid, parameters.parameterId) != 1)
        return openPaceError("EAC_CTX_init_pace");
    PaceSec secret = paceSecret(kind == PacePassword::Can ? PasswordKind::Can : PasswordKind::Mrz, password);
    if (!secret)
        return openPaceError("PACE_SEC_new");

    QByteArray mse = Tlv::encode(0x80, oidBytes(parameters.protocolNid))
                     + Tlv::encode(0x83, QByteArray(1, char(kind)))
                     + Tlv::encode(0x84, QByteArray(1, char(parameters.parameterId)));
    auto set = transport.transmit(CommandApdu(0x00, 0x22, 0xc1, 0xa4, mse));
    if (!set)
        return set.error();
    if (!set->isOk())
        return emrtd::paceRefusedError(QStringLiteral("MSE:SET AT: SW %1").arg(emrtd::swText(set->sw())));

    auto encryptedNonce = step(transport, false, 0, QByteArray(), 0x80, 1);
    if (!encryptedNonce)
        return encryptedNonce.error();
    if (PACE_STEP2_dec_nonce(ctx.get(), secret.get(), toBuf(*encryptedNonce).get()) != 1)
        return openPaceError("PACE_STEP2_dec_nonce");

    BufMem mapping(PACE_STEP3A_generate_mapping_data(ctx.get()));
    if (!mapping)
        return openPaceError("PACE_STEP3A_generate_mapping_data");
    auto chipMapping = step(transport, false, 0x81, fromBuf(mapping.get()), 0x82, 2);
    if (!chipMapping)
        return chipMapping.error();
    if (PACE_STEP3A_map_generator(ctx.get(), toBuf(*chipMapping).get()) != 1)
        return openPaceError("PACE_STEP3A_map_generator");

    BufMem ephemeral(PACE_STEP3B_generate_ephemeral_key(ctx.get()));
    if (!ephemeral)
        return openPaceError("PACE_STEP3B_generate_ephemeral_key");
    auto chipEphemeral = step(transport, false, 0x83, fromBuf(ephemeral.get()), 0x84, 3);
    if (!chipEphemeral)
        return chipEphemeral.error();
    if (*chipEphemeral == fromBuf(ephemeral.get())) // a reflected key would make K known to an attacker
        return emrtd::protocolError(QStringLiteral("PACE step 3: the chip echoed our key"));
    const BufMem chipKey = toBuf(*chipEphemeral);
    if (PACE_STEP3B_compute_shared_secret(ctx.get(), chipKey.get()) != 1 || PACE_STEP3C_derive_keys(ctx.get()) != 1)
        return openPaceError("PACE_STEP3B/3C");

    BufMem token(PACE_STEP3D_compute_authentication_token(ctx.get(), chipKey.get()));
    if (!token)
        return openPaceError("PACE_STEP3D_compute_authentication_token");
    auto chipToken = step(transport, true, 0x85, fromBuf(token.get()), 0x86, 4);
    if (!chipToken)
        return chipToken.error();
    if (PACE_STEP3D_verify_authentication_token(ctx.get(), toBuf(*chipToken).get()) != 1) {
        lastError();
        return emrtd::accessDeniedError(QStringLiteral("PACE step 4: the chip's token does not verify"));
    }
    const KA_CTX *ka = ctx->pace_ctx->ka_ctx;
    return SmSession(*cipher, SecretBytes(fromBuf(ka->k_enc)), SecretBytes(fromBuf(ka->k_mac)),
                     QByteArray(crypto::blockSize(*cipher), '\0'));
}

} // namespace motcua::card
