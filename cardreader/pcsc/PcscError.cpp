#include "pcsc/PcscError.h"

#include <QCoreApplication>

#include <winscard.h>

#include <array>
#include <type_traits>

static_assert(std::is_same_v<LONG, motcua::card::PcscResultCode>, "pcsc-lite's LONG must match PcscResultCode");

namespace motcua::card {
namespace {

struct KindInfo {
    PcscErrorKind kind;
    const char *code;
};

constexpr std::array kKinds{
    KindInfo{PcscErrorKind::NoReader, "card.pcsc.no-reader"},
    KindInfo{PcscErrorKind::NoCard, "card.pcsc.no-card"},
    KindInfo{PcscErrorKind::CardRemoved, "card.pcsc.card-removed"},
    KindInfo{PcscErrorKind::ReaderUnavailable, "card.pcsc.reader-unavailable"},
    KindInfo{PcscErrorKind::SharingViolation, "card.pcsc.sharing-violation"},
    KindInfo{PcscErrorKind::Timeout, "card.pcsc.timeout"},
    KindInfo{PcscErrorKind::Cancelled, "card.pcsc.cancelled"},
    KindInfo{PcscErrorKind::Other, "card.pcsc.other"},
};

QString codeOf(PcscErrorKind kind)
{
    for (const auto &info : kKinds) {
        if (info.kind == kind)
            return QLatin1String(info.code);
    }
    return QStringLiteral("card.pcsc.other");
}

QString messageOf(PcscErrorKind kind)
{
    switch (kind) {
    case PcscErrorKind::NoReader:
        return QCoreApplication::translate("PcscError", "No card reader was found. Check that the reader is plugged in.");
    case PcscErrorKind::NoCard:
        return QCoreApplication::translate("PcscError", "There is no card on the reader, or the card does not answer. Place the card on the reader.");
    case PcscErrorKind::CardRemoved:
        return QCoreApplication::translate("PcscError", "The card was taken off the reader before reading finished. Place it back and try again.");
    case PcscErrorKind::ReaderUnavailable:
        return QCoreApplication::translate("PcscError", "The card reader was unplugged or cannot be used. Plug it in again.");
    case PcscErrorKind::SharingViolation:
        return QCoreApplication::translate("PcscError", "Another program is using the card. Close it and try again.");
    case PcscErrorKind::Timeout:
        return QCoreApplication::translate("PcscError", "The card reader did not answer in time. Try again.");
    case PcscErrorKind::Cancelled:
        return QCoreApplication::translate("PcscError", "Reading the card was cancelled.");
    case PcscErrorKind::Other:
        break;
    }
    return QCoreApplication::translate("PcscError", "The card reader reported an error. If it happens again, call technical support.");
}

} // namespace

PcscErrorKind pcscErrorKind(PcscResultCode rv)
{
    switch (rv) {
    case SCARD_E_NO_READERS_AVAILABLE:
    case SCARD_E_NO_SERVICE:
    case SCARD_E_SERVICE_STOPPED:
        return PcscErrorKind::NoReader;
    case SCARD_E_NO_SMARTCARD:
    case SCARD_W_UNRESPONSIVE_CARD:
    case SCARD_W_UNPOWERED_CARD:
        return PcscErrorKind::NoCard;
    case SCARD_W_REMOVED_CARD:
    case SCARD_W_RESET_CARD:
        return PcscErrorKind::CardRemoved;
    case SCARD_E_UNKNOWN_READER:
    case SCARD_E_READER_UNAVAILABLE:
        return PcscErrorKind::ReaderUnavailable;
    case SCARD_E_SHARING_VIOLATION:
        return PcscErrorKind::SharingViolation;
    case SCARD_E_TIMEOUT:
        return PcscErrorKind::Timeout;
    case SCARD_E_CANCELLED:
        return PcscErrorKind::Cancelled;
    default:
        return PcscErrorKind::Other;
    }
}

PcscErrorClass pcscErrorClass(PcscErrorKind kind)
{
    switch (kind) {
    case PcscErrorKind::NoReader:
    case PcscErrorKind::NoCard:
    case PcscErrorKind::CardRemoved:
    case PcscErrorKind::ReaderUnavailable:
    case PcscErrorKind::SharingViolation:
    case PcscErrorKind::Timeout:
        return PcscErrorClass::Retryable;
    case PcscErrorKind::Cancelled:
    case PcscErrorKind::Other:
        break;
    }
    return PcscErrorClass::Fatal;
}

QString pcscErrorName(PcscResultCode rv)
{
#define MOTCUA_SCARD_NAME(name) \
    case name:                  \
        return QStringLiteral(#name);
    switch (rv) {
        MOTCUA_SCARD_NAME(SCARD_S_SUCCESS)
        MOTCUA_SCARD_NAME(SCARD_F_INTERNAL_ERROR)
        MOTCUA_SCARD_NAME(SCARD_E_CANCELLED)
        MOTCUA_SCARD_NAME(SCARD_E_INVALID_HANDLE)
        MOTCUA_SCARD_NAME(SCARD_E_INVALID_PARAMETER)
        MOTCUA_SCARD_NAME(SCARD_E_INVALID_TARGET)
        MOTCUA_SCARD_NAME(SCARD_E_NO_MEMORY)
        MOTCUA_SCARD_NAME(SCARD_F_WAITED_TOO_LONG)
        MOTCUA_SCARD_NAME(SCARD_E_INSUFFICIENT_BUFFER)
        MOTCUA_SCARD_NAME(SCARD_E_UNKNOWN_READER)
        MOTCUA_SCARD_NAME(SCARD_E_TIMEOUT)
        MOTCUA_SCARD_NAME(SCARD_E_SHARING_VIOLATION)
        MOTCUA_SCARD_NAME(SCARD_E_NO_SMARTCARD)
        MOTCUA_SCARD_NAME(SCARD_E_UNKNOWN_CARD)
        MOTCUA_SCARD_NAME(SCARD_E_CANT_DISPOSE)
        MOTCUA_SCARD_NAME(SCARD_E_PROTO_MISMATCH)
        MOTCUA_SCARD_NAME(SCARD_E_NOT_READY)
        MOTCUA_SCARD_NAME(SCARD_E_INVALID_VALUE)
        MOTCUA_SCARD_NAME(SCARD_E_SYSTEM_CANCELLED)
        MOTCUA_SCARD_NAME(SCARD_F_COMM_ERROR)
        MOTCUA_SCARD_NAME(SCARD_F_UNKNOWN_ERROR)
        MOTCUA_SCARD_NAME(SCARD_E_INVALID_ATR)
        MOTCUA_SCARD_NAME(SCARD_E_NOT_TRANSACTED)
        MOTCUA_SCARD_NAME(SCARD_E_READER_UNAVAILABLE)
        MOTCUA_SCARD_NAME(SCARD_E_PCI_TOO_SMALL)
        MOTCUA_SCARD_NAME(SCARD_E_READER_UNSUPPORTED)
        MOTCUA_SCARD_NAME(SCARD_E_DUPLICATE_READER)
        MOTCUA_SCARD_NAME(SCARD_E_CARD_UNSUPPORTED)
        MOTCUA_SCARD_NAME(SCARD_E_NO_SERVICE)
        MOTCUA_SCARD_NAME(SCARD_E_SERVICE_STOPPED)
        MOTCUA_SCARD_NAME(SCARD_E_UNEXPECTED) // also SCARD_E_UNSUPPORTED_FEATURE in pcsc-lite
        MOTCUA_SCARD_NAME(SCARD_E_NO_READERS_AVAILABLE)
        MOTCUA_SCARD_NAME(SCARD_E_COMM_DATA_LOST)
        MOTCUA_SCARD_NAME(SCARD_E_SERVER_TOO_BUSY)
        MOTCUA_SCARD_NAME(SCARD_W_UNSUPPORTED_CARD)
        MOTCUA_SCARD_NAME(SCARD_W_UNRESPONSIVE_CARD)
        MOTCUA_SCARD_NAME(SCARD_W_UNPOWERED_CARD)
        MOTCUA_SCARD_NAME(SCARD_W_RESET_CARD)
        MOTCUA_SCARD_NAME(SCARD_W_REMOVED_CARD)
        MOTCUA_SCARD_NAME(SCARD_W_SECURITY_VIOLATION)
    default:
        break;
    }
#undef MOTCUA_SCARD_NAME
    return QStringLiteral("0x%1").arg(quint32(rv), 8, 16, QLatin1Char('0'));
}

Error pcscError(const char *function, PcscResultCode rv)
{
    const QString detail = QLatin1String(function) + QStringLiteral(": ") + pcscErrorName(rv)
        + QStringLiteral(" (0x%1)").arg(quint32(rv), 8, 16, QLatin1Char('0'));
    return pcscError(pcscErrorKind(rv), detail);
}

Error pcscError(PcscErrorKind kind, const QString &detail)
{
    return Error{codeOf(kind), messageOf(kind), detail};
}

std::optional<PcscErrorKind> pcscErrorKind(const Error &error)
{
    for (const auto &info : kKinds) {
        if (error.code == QLatin1String(info.code))
            return info.kind;
    }
    return std::nullopt;
}

PcscErrorClass pcscErrorClass(const Error &error)
{
    const auto kind = pcscErrorKind(error);
    return kind ? pcscErrorClass(*kind) : PcscErrorClass::Fatal;
}

} // namespace motcua::card
