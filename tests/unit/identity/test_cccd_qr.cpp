#include "IdentityTestData.h"
#include "TestSupport.h"
#include "identity/CccdQr.h"
#include "identity/Sex.h"

#include <catch2/catch.hpp>

using namespace motcua;
using namespace motcua::test;

namespace {
Result<IdentityDocument> parse(const QString &text)
{
    return CccdQr::parse(text, testToday());
}

QString errorCode(const QString &text)
{
    const Result<IdentityDocument> r = parse(text);
    return r ? QString() : r.error().code;
}
} // namespace

TEST_CASE("the 7-field QR of a 2021 CCCD")
{
    const SyntheticCitizen c;
    const Result<IdentityDocument> r = parse(qrText(c));
    REQUIRE(r.ok());
    const IdentityDocument &doc = *r;
    CHECK(doc.kind == DocumentKind::ChipCccd);
    CHECK(doc.source == FieldSource::Qr);
    CHECK(doc.id12 == c.id12);
    CHECK(doc.issueDate == c.issueDate);
    CHECK_FALSE(doc.expiry.isKnown());
    CHECK(doc.warnings.isEmpty());
    CHECK(doc.rawText == qrText(c));
    const Person &p = doc.person;
    CHECK(p.text(PersonKey::id12) == c.id12);
    CHECK(p.text(PersonKey::oldIdNumber) == c.oldId);
    CHECK(p.text(PersonKey::fullName) == c.fullName);
    CHECK(p.text(PersonKey::dateOfBirth) == QStringLiteral("1999-03-14"));
    CHECK(p.text(PersonKey::sex) == Sex::male);
    CHECK(p.text(PersonKey::permanentResidence) == c.address);
    CHECK(p.text(PersonKey::idIssueDate) == QStringLiteral("2021-07-20"));
    for (const QString &key : p.keys())
        CHECK(p.source(key) == FieldSource::Qr);
}

TEST_CASE("an empty old CMND number is absent, not an error")
{
    SyntheticCitizen c;
    c.oldId.clear();
    const Result<IdentityDocument> r = parse(qrText(c));
    REQUIRE(r.ok());
    CHECK_FALSE(r->person.has(PersonKey::oldIdNumber));
}

TEST_CASE("the 11-field QR of 2024 keeps its extra fields raw")
{
    const SyntheticCitizen c;
    const Result<IdentityDocument> r = parse(qrText(c, 11));
    REQUIRE(r.ok());
    CHECK(r->extraFields == QStringList(4, QString()));
    const Result<IdentityDocument> more = parse(qrText(c) + QStringLiteral("|a||b|c|d"));
    REQUIRE(more.ok());
    CHECK(more->extraFields == (QStringList{QStringLiteral("a"), QString(), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")}));
}

TEST_CASE("the 6-field QR lacks the old CMND number")
{
    const SyntheticCitizen c;
    const Result<IdentityDocument> r = parse(qrText(c, 6));
    REQUIRE(r.ok());
    CHECK_FALSE(r->person.has(PersonKey::oldIdNumber));
    CHECK(r->person.text(PersonKey::fullName) == c.fullName);
    CHECK(r->issueDate == c.issueDate);
    CHECK(r->warnings.isEmpty());
}

TEST_CASE("a 6-field QR with the sex in field 5 lacks the issue date, and says so")
{
    const SyntheticCitizen c;
    const QString text = qrText(c).section(QLatin1Char('|'), 0, 5);
    const Result<IdentityDocument> r = parse(text);
    REQUIRE(r.ok());
    CHECK(r->person.text(PersonKey::oldIdNumber) == c.oldId);
    CHECK_FALSE(r->issueDate.isValid());
    CHECK(r->warnings.size() == 1);
}

TEST_CASE("a scanner's trailing CR/LF is trimmed and NFD text becomes NFC")
{
    const SyntheticCitizen c;
    const QString nfd = qrText(c).normalized(QString::NormalizationForm_D);
    REQUIRE(nfd != qrText(c));
    const Result<IdentityDocument> r = parse(nfd + QStringLiteral("\r\n"));
    REQUIRE(r.ok());
    CHECK(r->person.text(PersonKey::fullName) == c.fullName);
    CHECK(r->person.text(PersonKey::permanentResidence) == c.address);
}

TEST_CASE("UTF-8 bytes parse like the text")
{
    const SyntheticCitizen c;
    const Result<IdentityDocument> r = CccdQr::parse(qrText(c).toUtf8(), testToday());
    REQUIRE(r.ok());
    CHECK(r->person.text(PersonKey::fullName) == c.fullName);
}

TEST_CASE("a text not starting with a valid 12-digit ID is rejected")
{
    const SyntheticCitizen c;
    CHECK(errorCode(QStringLiteral("hello")) == QStringLiteral("qr.id.invalid"));
    CHECK(errorCode(QString()) == QStringLiteral("qr.id.invalid"));
    CHECK(errorCode(qrText(c).mid(1)) == QStringLiteral("qr.id.invalid"));
    CHECK(errorCode(QStringLiteral("x") + qrText(c)) == QStringLiteral("qr.id.invalid"));
    SyntheticCitizen badProvince = c;
    badProvince.id12 = QStringLiteral("003099012345");
    const Result<IdentityDocument> r = parse(qrText(badProvince));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == QStringLiteral("qr.id.invalid"));
    CHECK(r.error().detail == QStringLiteral("personalId.province.unknown"));
}

TEST_CASE("a torn text says which fields are missing")
{
    const SyntheticCitizen c;
    const Result<IdentityDocument> r = parse(qrText(c).section(QLatin1Char('|'), 0, 3));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == QStringLiteral("qr.fields.missing"));
    CHECK(r.error().message.contains(QStringLiteral("sex")));
    CHECK(r.error().message.contains(QStringLiteral("permanent address")));
    CHECK(r.error().message.contains(QStringLiteral("issue date")));
    CHECK_FALSE(r.error().message.contains(QStringLiteral("full name")));
    const Result<IdentityDocument> idOnly = parse(c.id12);
    REQUIRE_FALSE(idOnly.ok());
    CHECK(idOnly.error().message.contains(QStringLiteral("old ID number")));
}

TEST_CASE("8 to 10 fields is no known layout")
{
    const SyntheticCitizen c;
    CHECK(errorCode(qrText(c, 8)) == QStringLiteral("qr.fields.unexpectedCount"));
    CHECK(errorCode(qrText(c, 10)) == QStringLiteral("qr.fields.unexpectedCount"));
}

TEST_CASE("every faulty field is named")
{
    const SyntheticCitizen c;
    auto withField = [&](int index, const QString &value) {
        QStringList fields = qrText(c).split(QLatin1Char('|'));
        fields[index] = value;
        return fields.join(QLatin1Char('|'));
    };
    CHECK(errorCode(withField(1, QStringLiteral("12345"))) == QStringLiteral("qr.oldIdNumber.invalid"));
    CHECK(errorCode(withField(2, QStringLiteral("  "))) == QStringLiteral("qr.fullName.missing"));
    CHECK(errorCode(withField(3, QStringLiteral("31021999"))) == QStringLiteral("qr.dateOfBirth.invalid"));
    CHECK(errorCode(withField(3, QStringLiteral("1999-03-14"))) == QStringLiteral("qr.dateOfBirth.invalid"));
    CHECK(errorCode(withField(3, QStringLiteral("01012030"))) == QStringLiteral("qr.dateOfBirth.invalid"));
    CHECK(errorCode(withField(4, QStringLiteral("Khác"))) == QStringLiteral("qr.sex.invalid"));
    CHECK(errorCode(withField(6, QStringLiteral("2021"))) == QStringLiteral("qr.issueDate.invalid"));
    CHECK(errorCode(withField(6, QStringLiteral("01011990"))) == QStringLiteral("qr.issueDate.invalid"));

    const Result<IdentityDocument> r = parse(withField(3, QStringLiteral("31021999")));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message == QStringLiteral("The date of birth in the QR code is not a valid date"));
}

TEST_CASE("dates rewritten as dd/MM/yyyy are still read")
{
    const SyntheticCitizen c;
    QStringList fields = qrText(c).split(QLatin1Char('|'));
    fields[3] = QStringLiteral("14/03/1999");
    const Result<IdentityDocument> r = parse(fields.join(QLatin1Char('|')));
    REQUIRE(r.ok());
    CHECK(r->person.date(PersonKey::dateOfBirth) == c.dateOfBirth);
}

TEST_CASE("an ID that disagrees with the date of birth or sex is read, with warnings")
{
    SyntheticCitizen c;
    c.sex = QStringLiteral("Nữ");
    c.dateOfBirth = QDate(1998, 3, 14);
    const Result<IdentityDocument> r = parse(qrText(c));
    REQUIRE(r.ok());
    CHECK(r->warnings.size() == 2);
}
