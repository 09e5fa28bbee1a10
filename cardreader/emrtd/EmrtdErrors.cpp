#include "emrtd/EmrtdErrors.h"

#include "apdu/Tlv.h"

#include "apdu/Apdu.h"

#include <QCoreApplication>

namespace motcua::card::emrtd {

Error tlvError(const QString &detail)
{
    return Tlv::malformed(detail);
}

Error smError(const QString &code, const QString &detail)
{
    return {code, QCoreApplication::translate("Emrtd", "The card's answer could not be verified. Take the card out and try again."), detail};
}

Error accessDeniedError(const QString &detail)
{
    return {ErrorCode::accessDenied, QCoreApplication::translate("Emrtd", "The card refused the access key: check the ID number or the MRZ."), detail};
}

Error protocolError(const QString &detail)
{
    return {ErrorCode::protocol, QCoreApplication::translate("Emrtd", "The card did not answer as an ID card should. Take the card out and try again."),
            detail};
}

Error paceRefusedError(const QString &detail)
{
    return {ErrorCode::paceRefused, QCoreApplication::translate("Emrtd", "The card does not offer PACE."), detail};
}

Error cryptoError(const QString &detail)
{
    return {ErrorCode::crypto, QCoreApplication::translate("Emrtd", "The card could not be read because of an internal error."), detail};
}

Error fileError(quint16 sw, const QString &detail)
{
    if (sw == Sw::securityNotSatisfied)
        return {ErrorCode::notAllowed, QCoreApplication::translate("Emrtd", "The card does not allow this file to be read."), detail};
    if (sw == Sw::fileNotFound)
        return {ErrorCode::absent, QCoreApplication::translate("Emrtd", "The card does not hold this file."), detail};
    return protocolError(detail);
}

Error chipAuthError(const QString &detail)
{
    return {ErrorCode::chipAuth, QCoreApplication::translate("Emrtd", "The chip could not prove it is genuine (chip authentication failed)."), detail};
}

Error activeAuthError(const QString &detail)
{
    return {ErrorCode::activeAuth, QCoreApplication::translate("Emrtd", "The chip could not prove it is genuine (active authentication failed)."),
            detail};
}

QString swText(quint16 sw)
{
    return QStringLiteral("%1").arg(sw, 4, 16, QLatin1Char('0')).toUpper();
}

} // namespace motcua::card::emrtd
