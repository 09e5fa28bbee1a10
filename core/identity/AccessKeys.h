#pragma once
// The keys that open the CCCD chip. PACE takes the CAN, which on the CCCD is the last 6 digits
// of the personal ID (so a QR scan or a typed ID is enough). BAC takes the MRZ information
// (document number + check, date of birth YYMMDD + check, expiry YYMMDD + check) and derives
// keys as ICAO 9303 Part 11 §9.7: Kseed = SHA-1(MRZ information)[0..16),
// K = SHA-1(Kseed || counter)[0..16) with DES parity, counter 1 for KEnc and 2 for KMac.
#include "common/Result.h"
#include "identity/IdentityDocument.h"
#include "common/SecretBytes.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace motcua {

struct Td1Mrz;

struct BacKeys {
    SecretBytes kEnc;
    SecretBytes kMac;
};

class AccessKeys {
    Q_DECLARE_TR_FUNCTIONS(AccessKeys)
public:
    // The PACE card access number: the last 6 digits of a valid 12-digit ID.
    static Result<QString> canFromId12(const QString &id12);

    // The MRZ information from a parsed MRZ (the document number as printed, with its check digit).
    static QString mrzInformation(const Td1Mrz &mrz);
    // …or from the three values: a document number (padded with '<' to 9), dates of birth and
    // expiry as YYMMDD ("<<<<<<" for a card without expiry). Check digits are computed.
    static Result<QString> mrzInformation(const QString &documentNumber, const QString &dateOfBirthYymmdd,
                                          const QString &expiryYymmdd);
    static Result<QString> mrzInformation(const QString &documentNumber, const QDate &dateOfBirth,
                                          const ExpiryDate &expiry);

    static SecretBytes keySeed(const QString &mrzInformation);
    static SecretBytes deriveKey(const SecretBytes &keySeed, quint32 counter);
    static BacKeys bacKeys(const SecretBytes &keySeed);
};

// Sets each byte's lowest bit so that it has odd parity, as DES keys require.
void adjustDesParity(SecretBytes &key);

} // namespace motcua
