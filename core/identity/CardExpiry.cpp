#include "identity/CardExpiry.h"

#include <array>
#include <span>

namespace motcua {

namespace {

constexpr std::array<int, 3> kAges2014{25, 40, 60};
constexpr std::array<int, 4> kAges2023{14, 25, 40, 60};
constexpr int kGraceYears = 2;
constexpr int kBoundaryDays = 31;

std::span<const int> renewalAges(CardExpiry::Law law)
{
    return law == CardExpiry::Law::Identification2023 ? std::span<const int>(kAges2023)
                                                       : std::span<const int>(kAges2014);
}

// The day a person born on `dob` turns `age`; 29 February falls on 28 February (Qt's
// addYears) or, with `marchFirst`, on 1 March in common years.
QDate birthday(const QDate &dob, int age, bool marchFirst)
{
    const QDate day = dob.addYears(age);
    if (marchFirst && dob.month() == 2 && dob.day() == 29 && !QDate::isLeapYear(day.year()))
        return QDate(day.year(), 3, 1);
    return day;
}

ExpiryDate expiryFor(std::span<const int> ages, const QDate &dob, const QDate &issue, bool marchFirst)
{
    if (!dob.isValid() || !issue.isValid() || issue < dob)
        return {};
    for (int age : ages) {
        const QDate renewal = birthday(dob, age, marchFirst);
        if (issue < renewal.addYears(-kGraceYears))
            return ExpiryDate::on(renewal);
    }
    return ExpiryDate::never();
}

void addUnique(QList<ExpiryCandidate> &list, const ExpiryDate &expiry, const QString &basis)
{
    if (!expiry.isKnown())
        return;
    for (const ExpiryCandidate &c : list)
        if (c.expiry == expiry)
            return;
    list.append({expiry, basis});
}

} // namespace

CardExpiry::Law CardExpiry::lawInForce(const QDate &issueDate)
{
    return issueDate >= QDate(2024, 7, 1) ? Law::Identification2023 : Law::CitizenIdentification2014;
}

ExpiryDate CardExpiry::expiryUnder(Law law, const QDate &dateOfBirth, const QDate &issueDate)
{
    return expiryFor(renewalAges(law), dateOfBirth, issueDate, false);
}

QList<ExpiryCandidate> CardExpiry::candidates(const QDate &dateOfBirth, const QDate &issueDate)
{
    QList<ExpiryCandidate> list;
    if (!dateOfBirth.isValid() || !issueDate.isValid() || issueDate < dateOfBirth)
        return list;
    const Law inForce = lawInForce(issueDate);
    const Law other = inForce == Law::Identification2023 ? Law::CitizenIdentification2014 : Law::Identification2023;
    auto basisOf = [](Law law) {
        return law == Law::Identification2023 ? QStringLiteral("law2023") : QStringLiteral("law2014");
    };
    addUnique(list, expiryUnder(inForce, dateOfBirth, issueDate), basisOf(inForce));
    addUnique(list, expiryUnder(other, dateOfBirth, issueDate), basisOf(other));
    const std::span<const int> ages = renewalAges(inForce);
    addUnique(list, expiryFor(ages, dateOfBirth, issueDate.addDays(-kBoundaryDays), false), QStringLiteral("issueBoundary"));
    addUnique(list, expiryFor(ages, dateOfBirth, issueDate.addDays(kBoundaryDays), false), QStringLiteral("issueBoundary"));
    addUnique(list, expiryFor(ages, dateOfBirth, issueDate, true), QStringLiteral("leapDay"));
    return list;
}

} // namespace motcua
