#include "LdsTestData.h"
#include "TestSupport.h"
#include "identity/CheckDigit.h"
#include "lds/Dg1.h"

#include <catch2/catch.hpp>

using namespace motcua;
using namespace motcua::card;

namespace {
QString withCheck(const QString &field)
{
    return field + QChar(u'0' + mrzCheckDigit(field));
}
} // namespace

TEST_CASE("DG1 round trips a CCCD TD1 MRZ written from identity data")
{
    const Person citizen = test::syntheticCitizen();
    const auto mrz = LdsWriter::cccdTd1Mrz(citizen, QDate(2024, 3, 14));
    REQUIRE(mrz.ok());
    CHECK(mrz->size() == 90);
    CHECK(mrz->startsWith(QStringLiteral("IDVNM099012345")));
    CHECK(mrz->mid(60) == QStringLiteral("NGUYEN<<VAN<AN").leftJustified(30, QLatin1Char('<')));
    const auto dg1 = Dg1::parse(LdsWriter::dg1(*mrz), test::testToday());
    REQUIRE(dg1.ok());
    CHECK(dg1->format == Dg1::Format::Td1);
    CHECK(dg1->id12 == QStringLiteral("001099012345"));
    CHECK(dg1->documentNumber == QStringLiteral("099012345"));
    CHECK(dg1->dateOfBirth == QDate(1999, 3, 14));
    CHECK(dg1->expiry == ExpiryDate::on(QDate(2024, 3, 14)));
    CHECK(dg1->sex == QStringLiteral("male"));
    CHECK(dg1->fullName() == QStringLiteral("NGUYEN VAN AN"));
    CHECK(dg1->mrzInformation == QStringLiteral("099012345") + mrz->at(14) + mrz->mid(30, 7) + mrz->mid(38, 7));
    const Person person = dg1->toPerson();
    CHECK(person.text(PersonKey::id12) == QStringLiteral("001099012345"));
    CHECK(person.source(PersonKey::dateOfBirth) == FieldSource::Chip);
    CHECK(person.text(PersonKey::idExpiryDate) == QStringLiteral("2024-03-14"));
}

TEST_CASE("DG1 writes and reads a card without expiry")
{
    const auto mrz = LdsWriter::cccdTd1Mrz(test::syntheticCitizen(), QDate());
    REQUIRE(mrz.ok());
    const auto dg1 = Dg1::parse(LdsWriter::dg1(*mrz), test::testToday());
    REQUIRE(dg1.ok());
    CHECK(dg1->expiry.kind == ExpiryDate::Kind::Never);
}

TEST_CASE("DG1 reads a TD3 passport MRZ and verifies its check digits")
{
    const QString line1 = QStringLiteral("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<");
    const QString number = withCheck(QStringLiteral("L898902C3")), birth = withCheck(QStringLiteral("740812")),
                  expiry = withCheck(QStringLiteral("120415")), personal = withCheck(QStringLiteral("ZE184226B<<<<<"));
    QString line2 = number + QStringLiteral("UTO") + birth + QLatin1Char('F') + expiry + personal;
    line2 += QChar(u'0' + mrzCheckDigit(QString(line2.mid(0, 10) + line2.mid(13, 7) + line2.mid(21, 22))));
    REQUIRE(line2.size() == 44);
    const auto dg1 = Dg1::parse(LdsWriter::dg1(line1 + line2), test::testToday());
    REQUIRE(dg1.ok());
    CHECK(dg1->format == Dg1::Format::Td3);
    CHECK(dg1->documentNumber == QStringLiteral("L898902C3"));
    CHECK(dg1->primaryIdentifier == QStringLiteral("ERIKSSON"));
    CHECK(dg1->secondaryIdentifier == QStringLiteral("ANNA MARIA"));
    CHECK(dg1->dateOfBirth == QDate(1974, 8, 12));
    CHECK(dg1->sex == QStringLiteral("female"));
    CHECK(dg1->mrzInformation == number + birth + expiry);
    QString broken = line2;
    broken[9] = broken[9] == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
    const auto bad = Dg1::parse(LdsWriter::dg1(line1 + broken), test::testToday());
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().message.contains(QStringLiteral("DG1")));
}

TEST_CASE("DG1 refuses MRZs of other lengths, naming DG1")
{
    const auto result = Dg1::parse(LdsWriter::dg1(QStringLiteral("IDVNM123")), test::testToday());
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().message.contains(QStringLiteral("DG1")));
}
