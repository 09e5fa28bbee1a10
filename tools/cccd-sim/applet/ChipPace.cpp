#include "applet/ChipPace.h"

#include "emrtd/SmCrypto.h"
#include "apdu/Tlv.h"

namespace motcua::sim {

using namespace card::openpace;
using card::ResponseApdu;
using card::Tlv;

std::unique_ptr<ChipPace> ChipPace::start(const CardImage &image, const QByteArray &protocolOid, quint8 passwordRef,
                                          int parameterId, bool refuseEveryKey)
{
    const int nid = nidFromOidBytes(protocolOid);
    const auto cipher = cipherOfProtocol(nid);
    if (!cipher || !isPaceGenericMappingEcdh(nid))
        return nullptr;
    if (parameterId < 0)
        parameterId = 13; // the CCCD's brainpoolP256r1
    std::unique_ptr<ChipPace> pace(new ChipPace);
    pace->m_cipher = *cipher;
    pace->m_ctx = newContext();
    if (!pace->m_ctx || EAC_CTX_init_pace(pace->m_ctx.get(), nid, parameterId) != 1) {
        lastError();
        return nullptr;
    }
    QString password;
    PasswordKind kind;
    if (passwordRef == 2) {
        kind = PasswordKind::Can;
        password = image.can;
    } else if (passwordRef == 1) {
        kind = PasswordKind::Mrz;
        password = image.mrzInformation;
    } else {
        return nullptr;
    }
    // A chip that refuses every key: it runs PACE with a password no reader knows.
    if (refuseEveryKey)
        password += QLatin1Char('0');
    pace->m_secret = paceSecret(kind, password);
    if (!pace->m_secret)
        return nullptr;
    return pace;
}

ChipPace::Step ChipPace::fail(quint16 sw)
{
    lastError();
    return {ResponseApdu({}, sw), true, std::nullopt};
}

ChipPace::Step ChipPace::step(const card::CommandApdu &command)
{
    auto outer = Tlv::parse(command.data());
    if (!outer || outer->tag() != 0x7c)
        return fail(card::Sw::wrongData);
    auto objects = outer->children();
    if (!objects)
        return fail(card::Sw::wrongData);
    const auto expectChained = [&](bool chained) { return ((command.cla() & 0x10) != 0) == chained; };
    const auto input = [&](quint32 tag) { return Tlv::find(*objects, tag); };
    const auto answer = [](quint32 tag, const BUF_MEM *buf) {
        return ResponseApdu(Tlv::encode(0x7c, Tlv::encode(tag, fromBuf(buf))), card::Sw::ok);
    };
    EAC_CTX *ctx = m_ctx.get();
    switch (m_next) {
    case 1: {
        if (!expectChained(true) || !objects->isEmpty())
            return fail(card::Sw::wrongData);
        BufMem nonce(PACE_STEP1_enc_nonce(ctx, m_secret.get()));
        if (!nonce)
            return fail(0x6f00);
        m_next = 2;
        return {answer(0x80, nonce.get()), false, std::nullopt};
    }
    case 2: {
        const auto mapping = input(0x81);
        if (!expectChained(true) || !mapping)
            return fail(card::Sw::wrongData);
        BufMem own(PACE_STEP3A_generate_mapping_data(ctx));
        if (!own || PACE_STEP3A_map_generator(ctx, toBuf(mapping->value()).get()) != 1)
            return fail(card::Sw::wrongData);
        m_next = 3;
        return {answer(0x82, own.get()), false, std::nullopt};
    }
    case 3: {
        const auto ephemeral = input(0x83);
        if (!expectChained(true) || !ephemeral)
            return fail(card::Sw::wrongData);
        BufMem own(PACE_STEP3B_generate_ephemeral_key(ctx));
        if (!own || fromBuf(own.get()) == ephemeral->value()
            || PACE_STEP3B_compute_shared_secret(ctx, toBuf(ephemeral->value()).get()) != 1
            || PACE_STEP3C_derive_keys(ctx) != 1)
            return fail(card::Sw::wrongData);
        m_readerEphemeral = ephemeral->value();
        m_next = 4;
        return {answer(0x84, own.get()), false, std::nullopt};
    }
    case 4: {
        const auto token = input(0x85);
        if (!expectChained(false) || !token)
            return fail(card::Sw::wrongData);
        if (PACE_STEP3D_verify_authentication_token(ctx, toBuf(token->value()).get()) != 1)
            return fail(card::Sw::authenticationFailed);
        BufMem own(PACE_STEP3D_compute_authentication_token(ctx, toBuf(m_readerEphemeral).get()));
        if (!own)
            return fail(0x6f00);
        const KA_CTX *ka = ctx->pace_ctx->ka_ctx;
        card::SmSession session(m_cipher, SecretBytes(fromBuf(ka->k_enc)), SecretBytes(fromBuf(ka->k_mac)),
                                QByteArray(card::crypto::blockSize(m_cipher), '\0'));
        return {answer(0x86, own.get()), true, std::move(session)};
    }
    default: return fail(card::Sw::conditionsNotSatisfied);
    }
}

} // namespace motcua::sim
