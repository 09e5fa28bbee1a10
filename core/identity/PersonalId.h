#pragma once
// The 12-digit personal ID (số định danh cá nhân, Circular 07/2016/TT-BCA art. 7):
// digits 1–3 province of birth registration, digit 4 century and sex, digits 5–6 the last two
// digits of the birth year, digits 7–12 random. Nothing in it is a check digit: validation can
// only catch what the structure rules out.
#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace motcua {

struct PersonalIdFacts {
    QString provinceCode;  // "001"
    QString provinceName;  // "Hà Nội"
    QString sex;           // Sex::male / Sex::female
    int centuryStart = 0;  // 1800, 1900, 2000, 2100 or 2200
    int birthYear = 0;     // centuryStart + digits 5–6
};

class PersonalId {
    Q_DECLARE_TR_FUNCTIONS(PersonalId)
public:
    // Length, digits, a province code from the circular, and a birth year that is not after
    // `today` (codes 4–7 name the 2100s and 2200s, impossible for anyone alive now).
    static Status validate(const QString &id, const QDate &today = QDate::currentDate());

    // What the ID says about its holder, after validate().
    static Result<PersonalIdFacts> facts(const QString &id, const QDate &today = QDate::currentDate());

    // Where the ID disagrees with a date of birth and sex read elsewhere: century, birth year,
    // sex, each as an Error (code "personalId.<what>.mismatch") worded for the clerk. Empty when
    // they agree; an invalid date or empty sex is not compared. An invalid ID is one Error.
    static QList<Error> checkAgainst(const QString &id, const QDate &dateOfBirth, const QString &sex,
                                     const QDate &today = QDate::currentDate());
};

} // namespace motcua
