#include "identity/PersonalId.h"

#include "identity/ProvinceCodes.h"
#include "identity/Sex.h"

namespace motcua {

namespace {

bool allDigits(const QString &s)
{
    for (QChar c : s)
        if (c.unicode() < u'0' || c.unicode() > u'9')
            return false;
    return true;
}

// Digit 4: even = male, odd = female; the pair names the century (0/1 → 1900s … 8/9 → 1800s).
int centuryStartOf(int code)
{
    static constexpr int kCenturies[] = {1900, 2000, 2100, 2200, 1800};
    return kCenturies[code / 2];
}

} // namespace

Status PersonalId::validate(const QString &id, const QDate &today)
{
    if (id.size() != 12)
        return Error{QStringLiteral("personalId.length.invalid"),
                     tr("The personal ID number must have 12 digits"),
                     QStringLiteral("length %1").arg(id.size())};
    if (!allDigits(id))
        return Error{QStringLiteral("personalId.nonDigit"),
                     tr("The personal ID number may contain digits only")};
    if (!isProvinceCode(id.left(3)))
        return Error{QStringLiteral("personalId.province.unknown"),
                     tr("The personal ID number does not start with a known province code"),
                     QStringLiteral("province code %1").arg(id.left(3))};
    const int centuryCode = id.at(3).digitValue();
    const int birthYear = centuryStartOf(centuryCode) + id.mid(4, 2).toInt();
    if (birthYear > today.year())
        return Error{QStringLiteral("personalId.century.invalid"),
                     tr("The personal ID number gives a birth year in the future"),
                     QStringLiteral("century code %1").arg(centuryCode)};
    return Status::success();
}

Result<PersonalIdFacts> PersonalId::facts(const QString &id, const QDate &today)
{
    if (const Status valid = validate(id, today); !valid)
        return valid.error();
    const int centuryCode = id.at(3).digitValue();
    PersonalIdFacts facts;
    facts.provinceCode = id.left(3);
    facts.provinceName = provinceName(facts.provinceCode);
    facts.sex = centuryCode % 2 == 0 ? Sex::male : Sex::female;
    facts.centuryStart = centuryStartOf(centuryCode);
    facts.birthYear = facts.centuryStart + id.mid(4, 2).toInt();
    return facts;
}

QList<Error> PersonalId::checkAgainst(const QString &id, const QDate &dateOfBirth, const QString &sex,
                                      const QDate &today)
{
    const Result<PersonalIdFacts> read = facts(id, today);
    if (!read)
        return {read.error()};
    QList<Error> mismatches;
    if (dateOfBirth.isValid()) {
        const int dobCentury = dateOfBirth.year() - dateOfBirth.year() % 100;
        if (dobCentury != read->centuryStart)
            mismatches.append({QStringLiteral("personalId.century.mismatch"),
                               tr("The personal ID number was issued for someone born in the %1s, but the date of birth is in %2")
                                   .arg(read->centuryStart)
                                   .arg(dateOfBirth.year()),
                               QStringLiteral("century code vs date of birth")});
        if (dateOfBirth.year() % 100 != read->birthYear % 100)
            mismatches.append({QStringLiteral("personalId.birthYear.mismatch"),
                               tr("The birth year in the personal ID number does not match the date of birth"),
                               QStringLiteral("digits 5-6 vs date of birth")});
    }
    const QString declared = Sex::fromText(sex);
    if (!declared.isEmpty() && declared != read->sex)
        mismatches.append({QStringLiteral("personalId.sex.mismatch"),
                           tr("The personal ID number is for a %1 holder, but the sex given is %2")
                               .arg(read->sex == Sex::male ? tr("male") : tr("female"),
                                    declared == Sex::male ? tr("male") : tr("female")),
                           QStringLiteral("digit 4 parity vs sex")});
    return mismatches;
}

} // namespace motcua
