#pragma once
// The citizen a simulated card is made for, as a JSON file (synthetic data only):
//   { "id12": "001099012345", "fullName": "Nguyễn Văn An", "dateOfBirth": "1999-03-14",
//     "sex": "male", "nationality": "Việt Nam", "ethnicity": "Kinh", "religion": "Không",
//     "placeOfOrigin": "...", "permanentResidence": "...", "identifyingMarks": "...",
//     "idIssueDate": "2021-07-20", "fatherName": "...", "motherName": "...", "spouseName": "...",
//     "oldIdNumber": "012345678",
//     "documentNumber": "099012345",   // optional: the last 9 digits of id12 by default
//     "expiryDate": "2024-03-14" }     // or "none" (no expiry); optional: idExpiryDate otherwise
// Every key but the last two is a PersonKey (identity/Person.h); dates are yyyy-MM-dd. id12,
// fullName, dateOfBirth and sex are required; unknown keys are an error (a typo must not vanish).
#include "common/Result.h"
#include "identity/Person.h"

#include <QByteArray>
#include <QDate>

namespace motcua::population {
class SyntheticPopulation;
}

namespace motcua::sim {

struct Citizen {
    Person person;          // FieldSource::Typed: it is test input, the card makes it chip data
    QString documentNumber; // 9 characters
    QDate expiryDate;       // invalid: no expiry

    static Result<Citizen> fromJson(const QByteArray &json);
    QByteArray toJson() const;
    static Citizen fromPopulation(const population::SyntheticPopulation &population, qint64 index);
};

} // namespace motcua::sim
