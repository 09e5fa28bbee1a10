#include "lds/VerifiedIdentity.h"

#include "lds/Dg1.h"
#include "lds/Dg13.h"
#include "lds/PassiveAuth.h"

namespace motcua::card {

QString verificationLevelName(VerificationLevel level)
{
    switch (level) {
    case VerificationLevel::ChipVerified: return QStringLiteral("chipVerified");
    case VerificationLevel::ChipUnverified: return QStringLiteral("chipUnverified");
    case VerificationLevel::QrOnly: return QStringLiteral("qrOnly");
    case VerificationLevel::Typed: return QStringLiteral("typed");
    }
    return QStringLiteral("typed");
}

ChipChecks ChipChecks::from(const PassiveAuthResult &passive, CheckOutcome chipAuthentication, CheckOutcome activeAuthentication)
{
    return ChipChecks{true, passive.hashesOk, passive.signatureOk, passive.chainOk, chipAuthentication, activeAuthentication};
}

VerificationLevel VerifiedIdentity::levelFor(const ChipChecks &c)
{
    const bool passive = c.dataRead && c.hashesOk && c.signatureOk && c.chainOk;
    const bool anyFailed = c.chipAuthentication == CheckOutcome::Failed || c.activeAuthentication == CheckOutcome::Failed;
    const bool provenGenuine = c.chipAuthentication == CheckOutcome::Passed || c.activeAuthentication == CheckOutcome::Passed;
    return passive && provenGenuine && !anyFailed ? VerificationLevel::ChipVerified : VerificationLevel::ChipUnverified;
}

VerifiedIdentity VerifiedIdentity::fromChip(const Dg13 *dg13, const Dg1 *dg1, const QImage &photo, const ChipChecks &checks,
                                            const QList<Error> &reasons)
{
    VerifiedIdentity identity;
    if (dg13)
        identity.person = dg13->person;
    if (dg1)
        identity.person.mergeFrom(dg1->toPerson()); // same source: what DG13 holds stays
    identity.photo = photo;
    identity.level = levelFor(checks);
    identity.reasons = reasons;
    if (identity.level != VerificationLevel::ChipVerified) {
        const auto add = [&identity](const char *code, const QString &message) {
            for (const Error &e : identity.reasons)
                if (e.code == QLatin1String(code))
                    return;
            identity.reasons.append(Error{QLatin1String(code), message});
        };
        if (!checks.dataRead)
            add("verify.incomplete", tr("The chip was not read completely."));
        if (checks.chipAuthentication == CheckOutcome::Failed || checks.activeAuthentication == CheckOutcome::Failed)
            add("verify.cloneCheck.failed", tr("The chip could not prove it is the original: it may be a copy."));
        else if (checks.chipAuthentication != CheckOutcome::Passed && checks.activeAuthentication != CheckOutcome::Passed)
            add("verify.cloneCheck.notPerformed", tr("The chip was not asked to prove it is the original."));
        if (identity.reasons.isEmpty()) // a failed passive check whose reason the caller did not pass on
            add("verify.passive.failed", tr("The chip's data could not be proven to come from the issuing authority."));
    }
    return identity;
}

VerifiedIdentity VerifiedIdentity::fromQr(const Person &person)
{
    VerifiedIdentity identity;
    identity.person = person;
    identity.level = VerificationLevel::QrOnly;
    identity.reasons.append(Error{QStringLiteral("verify.qrOnly"), tr("Read from the printed QR code only, which carries no signature.")});
    return identity;
}

VerifiedIdentity VerifiedIdentity::typed(const Person &person)
{
    VerifiedIdentity identity;
    identity.person = person;
    identity.level = VerificationLevel::Typed;
    identity.reasons.append(Error{QStringLiteral("verify.typed"), tr("Typed in: nothing was read from the card.")});
    return identity;
}

} // namespace motcua::card
