#pragma once
// Encodes the files of a CCCD chip: for the card simulator and for the tests, which read back
// what they wrote. The SOD writer and the certificates it needs are in SodWriter.h and
// CertificateIssuer.h; the synthetic face in SyntheticFace.h.
#include "common/Result.h"
#include "identity/Person.h"
#include "lds/Dg2.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>

namespace motcua::card {

// How DG13 nests the parents' names (field 13); cards and sources differ (cccd.md).
enum class Dg13Nesting {
    Flat,    // 30 { 02 01 0D, 30 { 0C father }, 30 { 0C mother } }
    Wrapped, // 30 { 02 01 0D, 30 { 30 { 0C father }, 30 { 0C mother } } }
};

struct Dg13Options {
    Dg13Nesting parents = Dg13Nesting::Flat;
    bool reversed = false;             // entries from the highest number down (order is not meaningful)
    QMap<int, QByteArray> extraFields; // number -> DER of the value(s), e.g. field 16 or unknown 20
};

class LdsWriter {
    Q_DECLARE_TR_FUNCTIONS(LdsWriter)
public:
    // The words a CCCD writes for "no expiry" in DG13 field 12.
    inline static const QString kNoExpiryWord = QStringLiteral("Không thời hạn");

    static QByteArray efCom(const QList<int> &dataGroups, const QString &ldsVersion = QStringLiteral("0107"),
                            const QString &unicodeVersion = QStringLiteral("040000"));
    // DG1 around the MRZ text (lines concatenated, no line breaks).
    static QByteArray dg1(const QString &mrz);
    // The TD1 MRZ of a CCCD (cccd.md): IDVNM, the ID's last 9 digits, the full ID, the date of
    // birth, sex, expiry (an invalid date: no expiry), the name without diacritics. Needs id12,
    // fullName, dateOfBirth and sex in `person`.
    static Result<QString> cccdTd1Mrz(const Person &person, const QDate &expiry);
    // DG2 holding one face; the record tag is 5F2E, or 7F2E when `constructedRecordTag`.
    static QByteArray dg2(const QByteArray &image, FaceImageFormat format, int width, int height,
                          bool constructedRecordTag = false);
    static QByteArray faceRecord(const QByteArray &image, FaceImageFormat format, int width, int height);
    static QByteArray dg13(const Person &person, const Dg13Options &options = {});
    // DG14 with Chip Authentication (ECDH, AES-128) and its public key; Active Authentication
    // info too when `activeAuthenticationEc` (ECDSA-SHA256 needs it; RSA AA does not).
    static QByteArray dg14(const QByteArray &chipAuthenticationSpki, bool activeAuthenticationEc = true);
    static QByteArray dg15(const QByteArray &activeAuthenticationSpki);
    // EF.CardAccess as CCCD chips carry it (cccd.md): TA, CA and PACE-ECDH-GM on brainpoolP256r1.
    static QByteArray cccdCardAccess();
};

} // namespace motcua::card
