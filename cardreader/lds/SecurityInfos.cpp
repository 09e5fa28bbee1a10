#include "lds/SecurityInfos.h"

#include "lds/Der.h"
#include "lds/LdsFile.h"

namespace motcua::card {

namespace {

Error damaged(int file, const QString &detail)
{
    if (file < 0)
        return Error{QStringLiteral("lds.ef.cardaccess.securityInfos"),
                     QCoreApplication::translate("LdsError", "The chip's EF.CardAccess is damaged or in an unknown format."), detail};
    return lds::LdsError::damaged(file, QStringLiteral("securityInfos"), detail);
}

bool under(const QString &oid, const QString &base)
{
    return oid.startsWith(base + QLatin1Char('.'));
}

std::optional<int> smallInt(const der::Item &item)
{
    const auto value = der::toInteger(item);
    if (!value || *value < 0 || *value > 0xffff)
        return std::nullopt;
    return int(*value);
}

SecurityInfo classify(const der::Item &item, const QString &oid, const QList<der::Item> &rest)
{
    SecurityInfo info;
    info.protocol = oid;
    info.raw = item.encoded;
    const der::Item *second = rest.isEmpty() ? nullptr : &rest.at(0);
    const der::Item *third = rest.size() > 1 ? &rest.at(1) : nullptr;
    if (under(oid, SecurityOid::caPublicKeyBase)) {
        info.kind = SecurityInfo::Kind::ChipAuthenticationPublicKey;
        if (second && second->tag == der::Tag::sequence)
            info.subjectPublicKeyInfo = second->encoded;
        if (third)
            info.keyId = smallInt(*third);
    } else if (under(oid, SecurityOid::chipAuthenticationBase)) {
        info.kind = SecurityInfo::Kind::ChipAuthentication;
        if (second)
            info.version = smallInt(*second);
        if (third)
            info.keyId = smallInt(*third);
    } else if (under(oid, SecurityOid::paceBase)) {
        const bool domainParameters = second && second->tag == der::Tag::sequence;
        info.kind = domainParameters ? SecurityInfo::Kind::PaceDomainParameters : SecurityInfo::Kind::Pace;
        if (!domainParameters && second)
            info.version = smallInt(*second);
        if (third)
            info.parameterId = smallInt(*third);
    } else if (oid == SecurityOid::terminalAuthentication) {
        info.kind = SecurityInfo::Kind::TerminalAuthentication;
        if (second)
            info.version = smallInt(*second);
    } else if (oid == SecurityOid::activeAuthentication) {
        info.kind = SecurityInfo::Kind::ActiveAuthentication;
        if (second)
            info.version = smallInt(*second);
        if (third)
            info.signatureAlgorithm = der::toOid(*third).value_or(QString());
    }
    return info;
}

} // namespace

QList<SecurityInfo> SecurityInfos::ofKind(SecurityInfo::Kind kind) const
{
    QList<SecurityInfo> found;
    for (const SecurityInfo &info : infos)
        if (info.kind == kind)
            found.append(info);
    return found;
}

Result<SecurityInfos> SecurityInfos::parse(const QByteArray &setDer, int file)
{
    const auto set = der::readFirst(setDer);
    if (!set || set->tag != der::Tag::set)
        return damaged(file, QStringLiteral("no SET"));
    const auto items = der::children(*set);
    if (!items)
        return damaged(file, QStringLiteral("malformed TLV in the SET"));
    SecurityInfos result;
    result.der = set->encoded;
    for (const der::Item &item : *items) {
        const auto parts = item.tag == der::Tag::sequence ? der::children(item) : std::nullopt;
        if (!parts || parts->isEmpty())
            return damaged(file, QStringLiteral("a SecurityInfo is not a SEQUENCE"));
        const auto oid = der::toOid(parts->first());
        if (!oid)
            return damaged(file, QStringLiteral("a SecurityInfo has no protocol OID"));
        result.infos.append(classify(item, *oid, parts->mid(1)));
    }
    return result;
}

Result<Dg14> Dg14::parse(const QByteArray &bytes)
{
    constexpr int kDg14 = 14;
    const auto file = der::readFirst(bytes);
    if (!file || file->tag != lds::fileTag(kDg14))
        return lds::LdsError::damaged(kDg14, QStringLiteral("wrapper"), QStringLiteral("no tag 6E"));
    Result<SecurityInfos> infos = SecurityInfos::parse(file->value, kDg14);
    if (!infos)
        return infos.error();
    return Dg14{std::move(infos).value()};
}

} // namespace motcua::card
