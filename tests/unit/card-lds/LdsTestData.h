#pragma once
// Fixtures for the lds tests, made by code: a synthetic citizen (no real person), a test PKI
// generated at run time, and a complete set of chip files signed by it.
#include "common/SecretBytes.h"
#include "identity/Person.h"
#include "lds/CertificateIssuer.h"
#include "lds/FaceImageCodec.h"
#include "lds/LdsWriter.h"
#include "lds/SodWriter.h"
#include "lds/SyntheticFace.h"

#include <catch2/catch.hpp>

#include <QDateTime>
#include <QMap>

namespace motcua::test {

inline Person syntheticCitizen()
{
    Person p;
    const auto set = [&p](const QString &key, const QString &value) { p.set(key, value, FieldSource::Typed); };
    set(PersonKey::id12, QStringLiteral("001099012345"));
    set(PersonKey::fullName, QStringLiteral("Nguyễn Văn An"));
    set(PersonKey::dateOfBirth, QStringLiteral("1999-03-14"));
    set(PersonKey::sex, QStringLiteral("male"));
    set(PersonKey::nationality, QStringLiteral("Việt Nam"));
    set(PersonKey::ethnicity, QStringLiteral("Kinh"));
    set(PersonKey::religion, QStringLiteral("Không"));
    set(PersonKey::placeOfOrigin, QStringLiteral("Xã Tam Hiệp, Huyện Thanh Trì, Hà Nội"));
    set(PersonKey::permanentResidence, QStringLiteral("Số 1 Phố Huế, Phường Hàng Bài, Quận Hoàn Kiếm, Hà Nội"));
    set(PersonKey::identifyingMarks, QStringLiteral("Nốt ruồi C:2cm trên trước mép trái"));
    set(PersonKey::idIssueDate, QStringLiteral("2021-07-20"));
    set(PersonKey::idExpiryDate, QStringLiteral("2024-03-14"));
    set(PersonKey::fatherName, QStringLiteral("Nguyễn Văn Bình"));
    set(PersonKey::motherName, QStringLiteral("Trần Thị Cúc"));
    set(PersonKey::oldIdNumber, QStringLiteral("012345678"));
    return p;
}

inline QDate testToday()
{
    return QDate(2023, 6, 1);
}

struct TestPkiKeys {
    SecretBytes cscaKey;
    QByteArray cscaCertificate;
    SecretBytes dsKey;
    QByteArray dsCertificate;
};

inline TestPkiKeys makePki(const QDateTime &dsNotAfter = QDateTime(QDate(2034, 1, 1), QTime(0, 0), Qt::UTC),
                           const QString &cscaName = QStringLiteral("Test CSCA"))
{
    TestPkiKeys pki;
    pki.cscaKey = *card::CertificateIssuer::generateEcKey();
    pki.dsKey = *card::CertificateIssuer::generateEcKey();
    const QDateTime start(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC);
    card::CertificateRequest csca{cscaName, QStringLiteral("VN"), start, QDateTime(QDate(2040, 1, 1), QTime(0, 0), Qt::UTC), true, 1};
    const auto cscaCert = card::CertificateIssuer::issue(csca, pki.cscaKey, pki.cscaKey);
    REQUIRE(cscaCert.ok());
    pki.cscaCertificate = *cscaCert;
    card::CertificateRequest ds{QStringLiteral("Test DS"), QStringLiteral("VN"), start, dsNotAfter, false, 2};
    const auto dsCert = card::CertificateIssuer::issue(ds, pki.dsKey, pki.cscaKey, pki.cscaCertificate);
    REQUIRE(dsCert.ok());
    pki.dsCertificate = *dsCert;
    return pki;
}

// DG1, DG2 (JPEG), DG13, DG14, DG15 of the synthetic citizen.
inline QMap<int, QByteArray> chipFiles(const Person &person = syntheticCitizen())
{
    QMap<int, QByteArray> files;
    const auto mrz = card::LdsWriter::cccdTd1Mrz(person, person.date(PersonKey::idExpiryDate));
    REQUIRE(mrz.ok());
    files.insert(1, card::LdsWriter::dg1(*mrz));
    const QImage face = card::syntheticFace(7, QSize(120, 160));
    const auto jpeg = card::FaceImageCodec::encodeJpeg(face);
    REQUIRE(jpeg.ok());
    files.insert(2, card::LdsWriter::dg2(*jpeg, card::FaceImageFormat::Jpeg, face.width(), face.height()));
    files.insert(13, card::LdsWriter::dg13(person));
    const auto caKey = card::CertificateIssuer::generateEcKey(QStringLiteral("brainpoolP256r1"));
    const auto aaKey = card::CertificateIssuer::generateEcKey();
    REQUIRE((caKey.ok() && aaKey.ok()));
    files.insert(14, card::LdsWriter::dg14(*card::CertificateIssuer::publicKeyInfo(*caKey)));
    files.insert(15, card::LdsWriter::dg15(*card::CertificateIssuer::publicKeyInfo(*aaKey)));
    return files;
}

inline QByteArray signedSod(const QMap<int, QByteArray> &files, const TestPkiKeys &pki)
{
    const auto sod = card::SodWriter::sod(files, pki.dsKey, pki.dsCertificate);
    REQUIRE(sod.ok());
    return *sod;
}

} // namespace motcua::test
