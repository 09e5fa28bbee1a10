#pragma once
// Thin RAII and conversion helpers over OpenPACE (libeac), shared by the reader's PACE and the
// simulator's chip. OpenPACE registers its object identifiers at run time, so every use goes
// through initOpenPace() first.
#include "common/Result.h"
#include "emrtd/SmCrypto.h"

#include <eac/eac.h>
#include <eac/objects.h>
#include <eac/pace.h>

#include <QByteArray>

#include <memory>

namespace motcua::card::openpace {

void initOpenPace(); // EAC_init() once per process

struct EacCtxFree { void operator()(EAC_CTX *ctx) const { EAC_CTX_clear_free(ctx); } };
struct BufMemFree { void operator()(BUF_MEM *buf) const { BUF_MEM_clear_free(buf); } };
struct PaceSecFree { void operator()(PACE_SEC *sec) const { PACE_SEC_clear_free(sec); } };
using EacCtx = std::unique_ptr<EAC_CTX, EacCtxFree>;
using BufMem = std::unique_ptr<BUF_MEM, BufMemFree>;
using PaceSec = std::unique_ptr<PACE_SEC, PaceSecFree>;

EacCtx newContext();
BufMem toBuf(const QByteArray &bytes);
QByteArray fromBuf(const BUF_MEM *buf);

// The PACE password: the CAN as digits, or the MRZ information (its SHA-1 is f(pi), ICAO 9303-11
// §9.7.3; OpenPACE's own MRZ encoding wants the full MRZ lines, so the hash is passed raw).
enum class PasswordKind { Mrz = 1, Can = 2 };
PaceSec paceSecret(PasswordKind kind, const QString &password);

// The OID content bytes (without tag and length) of a protocol NID, for MSE:SET AT's DO'80'.
QByteArray oidBytes(int nid);
// The NID of OID content bytes, NID_undef when unknown.
int nidFromOidBytes(const QByteArray &content);

// The SM cipher a PACE or CA protocol NID implies; nullopt for 3DES or unknown protocols.
std::optional<crypto::Cipher> cipherOfProtocol(int nid);
bool isPaceGenericMappingEcdh(int nid);


// OpenSSL's error queue as text for the log (then cleared).
QString lastError();

} // namespace motcua::card::openpace
