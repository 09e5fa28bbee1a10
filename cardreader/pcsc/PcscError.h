#pragma once
// Every PC/SC result code, typed: what happened (for the code that decides what to do next),
// a clerk-readable message (tr) and a technical detail (the function and the SCard error name).
// The one place where pcsc-lite's LONG results become motcua::Error.
#include "common/Result.h"

#include <optional>

namespace motcua::card {

enum class PcscErrorKind {
    NoReader,          // no reader plugged in, or the PC/SC service is not running
    NoCard,            // the reader is empty, or the card does not answer
    CardRemoved,       // the card left the reader (or was reset) during the session
    ReaderUnavailable, // the reader was unplugged or is unusable
    SharingViolation,  // another program holds the card exclusively
    Timeout,
    Cancelled,         // SCardCancel: we asked for it (shutdown)
    Other,             // anything else: a bug, a broken driver
};

// Retryable: the clerk can fix it at the counter (insert the card again, close another program).
// Fatal: retrying the same thing will fail the same way.
enum class PcscErrorClass { Retryable, Fatal };

// pcsc-lite's LONG is `long` on Linux; the public headers stay free of PC/SC headers.
using PcscResultCode = long;

PcscErrorKind pcscErrorKind(PcscResultCode rv);
PcscErrorClass pcscErrorClass(PcscErrorKind kind);
// "SCARD_W_REMOVED_CARD" or "0x........" for codes pcsc-lite does not name.
QString pcscErrorName(PcscResultCode rv);

// The Error for a failed call: code "card.pcsc.<kind>", clerk message, detail "SCardTransmit:
// SCARD_W_REMOVED_CARD (0x80100069)".
Error pcscError(const char *function, PcscResultCode rv);
// The Error of a kind without a PC/SC call behind it (e.g. "no reader" from an empty list).
Error pcscError(PcscErrorKind kind, const QString &detail);

// Reads the kind back from an Error made above; nullopt for errors of other layers.
std::optional<PcscErrorKind> pcscErrorKind(const Error &error);
// Unknown (non-PC/SC) errors are fatal.
PcscErrorClass pcscErrorClass(const Error &error);

} // namespace motcua::card
