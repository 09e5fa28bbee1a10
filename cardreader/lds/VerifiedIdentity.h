#pragma once
// VerifiedIdentity: what the counter shows after a card, a QR or typing: the person, the photo,
// how far the State's data was proven, and why not further. The level comes from the check
// results through one function, so that nothing that failed a check is ever ChipVerified.
#include "common/Result.h"
#include "identity/Person.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>

namespace motcua::card {

struct Dg1;
struct Dg13;
struct PassiveAuthResult;

enum class VerificationLevel {
    ChipVerified,   // passive authentication passed and the chip proved it is no copy (CA or AA)
    ChipUnverified, // read from a chip, but a check failed or could not be made
    QrOnly,         // the printed QR: unsigned, easy to forge
    Typed,          // typed by the clerk
};

// Stable names for JSON and the log: "chipVerified", "chipUnverified", "qrOnly", "typed".
QString verificationLevelName(VerificationLevel level);

enum class CheckOutcome { Passed, Failed, NotPerformed };

// The chip's check results, as the reader gathered them.
struct ChipChecks {
    bool dataRead = false;       // DG13/DG1 and the SOD were read completely
    bool hashesOk = false;       // passive authentication, three parts
    bool signatureOk = false;
    bool chainOk = false;
    CheckOutcome chipAuthentication = CheckOutcome::NotPerformed;
    CheckOutcome activeAuthentication = CheckOutcome::NotPerformed;

    static ChipChecks from(const PassiveAuthResult &passive, CheckOutcome chipAuthentication,
                           CheckOutcome activeAuthentication);
};

struct VerifiedIdentity {
    Q_DECLARE_TR_FUNCTIONS(VerifiedIdentity)
public:
    Person person;
    QImage photo;
    VerificationLevel level = VerificationLevel::Typed;
    QList<Error> reasons; // why the level is not higher (empty only when ChipVerified)

    // ChipVerified only when every part of passive authentication passed, at least one of
    // Chip/Active Authentication passed and neither failed; any other chip read is ChipUnverified.
    static VerificationLevel levelFor(const ChipChecks &checks);

    // From a chip: DG13's fields, completed by DG1's (DG13 wins where both have a field).
    // `reasons` carries the passive authentication reasons and those of CA/AA failures.
    static VerifiedIdentity fromChip(const Dg13 *dg13, const Dg1 *dg1, const QImage &photo, const ChipChecks &checks,
                                     const QList<Error> &reasons);
    static VerifiedIdentity fromQr(const Person &person);
    static VerifiedIdentity typed(const Person &person);
};

} // namespace motcua::card
