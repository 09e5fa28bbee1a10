#pragma once
// When a CCCD expires, derived from the date of birth and the issue date, for the one case
// that needs it: a BAC fallback when only a QR (which holds no expiry) was read.
// Law on Citizen Identification 2014, art. 21: cards are renewed at ages 25, 40 and 60; a card
// issued within 2 years before one of those ages stays valid until the next one; after 60
// (so for a card issued from age 58) there is no expiry. The Identification Law 2023 (in force
// from 1 July 2024) adds the age of 14 and keeps the rest.
#include "identity/IdentityDocument.h"

#include <QDate>
#include <QList>
#include <QString>

namespace motcua {

struct ExpiryCandidate {
    ExpiryDate expiry;
    QString basis; // why this candidate: "law2014", "law2023", "issueBoundary", "leapDay"
};

class CardExpiry {
public:
    enum class Law { CitizenIdentification2014, Identification2023 };

    // The law a card issued on `issueDate` was issued under.
    static Law lawInForce(const QDate &issueDate);

    // The expiry the given law sets; Unknown for an invalid date or an issue before birth.
    static ExpiryDate expiryUnder(Law law, const QDate &dateOfBirth, const QDate &issueDate);

    // Every plausible expiry, most likely first, without duplicates: the law in force at
    // issue, the other law, the answer had the card been issued a month either side (the
    // 2-year rule's edge is counted differently by some offices), and 1 March for someone
    // born on 29 February. "No expiry" is a candidate like any date. Empty for invalid input.
    static QList<ExpiryCandidate> candidates(const QDate &dateOfBirth, const QDate &issueDate);
};

} // namespace motcua
