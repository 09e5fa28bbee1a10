#include "identity/AccessKeys.h"

#include "identity/CheckDigit.h"
#include "identity/PersonalId.h"
#include "identity/Td1Mrz.h"

#include <openssl/evp.h>

#include <bit>

namespace motcua {

namespace {

constexpr std::size_t kKeyLength = 16; // two-key 3DES

// SHA-1 of `data`, the first 16 bytes kept; the full digest is wiped.
SecretBytes sha1Prefix16(const std::uint8_t *data, std::size_t size)
{
    std::uint8_t digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    SecretBytes out;
    if (EVP_Digest(data, size, digest, &length, EVP_sha1(), nullptr) == 1 && length >= kKeyLength)
        out = SecretBytes(digest, kKeyLength);
    wipeMemory(digest, sizeof digest);
    return out;
}

bool isYymmddOrFillers(const QString &s)
{
    if (s.size() != 6)
        return false;
    if (s == QLatin1String("<<<<<<"))
        return true;
    for (QChar c : s)
        if (c.unicode() < u'0' || c.unicode() > u'9')
            return false;
    return true;
}

QString withCheck(const QString &field)
{
    return field + QChar(u'0' + mrzCheckDigit(field));
}

} // namespace

Result<QString> AccessKeys::canFromId12(const QString &id12)
{
    if (const Status valid = PersonalId::validate(id12); !valid)
        return valid.error();
    return id12.right(6);
}

QString AccessKeys::mrzInformation(const Td1Mrz &mrz)
{
    QString number = mrz.documentNumber;
    while (number.size() < 9)
        number.append(QLatin1Char('<'));
    return number + mrz.documentNumberCheck + mrz.dateOfBirthField + mrz.dateOfBirthCheck + mrz.expiryField
           + mrz.expiryCheck;
}

Result<QString> AccessKeys::mrzInformation(const QString &documentNumber, const QString &dateOfBirthYymmdd,
                                           const QString &expiryYymmdd)
{
    QString number = documentNumber.trimmed().toUpper();
    if (number.isEmpty() || mrzCheckDigit(number) < 0)
        return Error{QStringLiteral("bac.documentNumber.invalid"),
                     tr("The document number may hold only letters A–Z and digits")};
    while (number.size() < 9)
        number.append(QLatin1Char('<'));
    if (!isYymmddOrFillers(dateOfBirthYymmdd) || dateOfBirthYymmdd.startsWith(QLatin1Char('<')))
        return Error{QStringLiteral("bac.dateOfBirth.invalid"), tr("The date of birth must be 6 digits, YYMMDD")};
    if (!isYymmddOrFillers(expiryYymmdd))
        return Error{QStringLiteral("bac.expiry.invalid"), tr("The expiry date must be 6 digits, YYMMDD")};
    return QString(withCheck(number) + withCheck(dateOfBirthYymmdd) + withCheck(expiryYymmdd));
}

Result<QString> AccessKeys::mrzInformation(const QString &documentNumber, const QDate &dateOfBirth,
                                           const ExpiryDate &expiry)
{
    if (!dateOfBirth.isValid())
        return Error{QStringLiteral("bac.dateOfBirth.invalid"), tr("The date of birth is not a valid date")};
    const QString yymmdd = QStringLiteral("yyMMdd");
    switch (expiry.kind) {
    case ExpiryDate::Kind::On:
        if (expiry.date.isValid())
            return mrzInformation(documentNumber, dateOfBirth.toString(yymmdd), expiry.date.toString(yymmdd));
        break;
    case ExpiryDate::Kind::Never:
        // How a card without expiry fills the MRZ is not documented publicly: fillers are the
        // ICAO way; the BAC fallback tries other candidates when this one fails.
        return mrzInformation(documentNumber, dateOfBirth.toString(yymmdd), QStringLiteral("<<<<<<"));
    case ExpiryDate::Kind::Unknown:
        break;
    }
    return Error{QStringLiteral("bac.expiry.invalid"), tr("The expiry date is not known")};
}

SecretBytes AccessKeys::keySeed(const QString &mrzInformation)
{
    QByteArray ascii = mrzInformation.toLatin1();
    SecretBytes seed = sha1Prefix16(reinterpret_cast<const std::uint8_t *>(ascii.constData()), std::size_t(ascii.size()));
    wipeMemory(ascii.data(), std::size_t(ascii.size()));
    return seed;
}

SecretBytes AccessKeys::deriveKey(const SecretBytes &keySeed, quint32 counter)
{
    SecretBytes input(keySeed.size() + 4);
    std::copy(keySeed.bytes().begin(), keySeed.bytes().end(), input.data());
    for (int i = 0; i < 4; ++i)
        input.data()[keySeed.size() + std::size_t(i)] = std::uint8_t(counter >> (24 - 8 * i));
    SecretBytes key = sha1Prefix16(input.data(), input.size());
    adjustDesParity(key);
    return key;
}

BacKeys AccessKeys::bacKeys(const SecretBytes &keySeed)
{
    return {deriveKey(keySeed, 1), deriveKey(keySeed, 2)};
}

void adjustDesParity(SecretBytes &key)
{
    for (std::size_t i = 0; i < key.size(); ++i) {
        const std::uint8_t high = key.data()[i] & 0xFE;
        key.data()[i] = std::uint8_t(high | (std::popcount(high) % 2 == 0 ? 1 : 0));
    }
}

} // namespace motcua
