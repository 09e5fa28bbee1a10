#pragma once
// pcsc-lite's result codes, spelled out: the tests see only the module's public headers, which
// keep PC/SC's own headers private.
#include "pcsc/PcscError.h"

namespace scard {
using Code = motcua::card::PcscResultCode;
constexpr Code SCARD_E_CANCELLED = 0x80100002;
constexpr Code SCARD_E_INVALID_HANDLE = 0x80100003;
constexpr Code SCARD_E_UNKNOWN_READER = 0x80100009;
constexpr Code SCARD_E_TIMEOUT = 0x8010000A;
constexpr Code SCARD_E_SHARING_VIOLATION = 0x8010000B;
constexpr Code SCARD_E_NO_SMARTCARD = 0x8010000C;
constexpr Code SCARD_F_COMM_ERROR = 0x80100013;
constexpr Code SCARD_E_READER_UNAVAILABLE = 0x80100017;
constexpr Code SCARD_E_NO_SERVICE = 0x8010001D;
constexpr Code SCARD_E_NO_READERS_AVAILABLE = 0x8010002E;
constexpr Code SCARD_W_UNRESPONSIVE_CARD = 0x80100066;
constexpr Code SCARD_W_RESET_CARD = 0x80100068;
constexpr Code SCARD_W_REMOVED_CARD = 0x80100069;
} // namespace scard
