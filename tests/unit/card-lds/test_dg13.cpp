#include "LdsTestData.h"
#include "TestSupport.h"
#include "lds/Dg13.h"
#include "lds/Der.h"

#include <catch2/catch.hpp>

using namespace motcua;
using namespace motcua::card;

namespace {

void checkMapped(const Dg13 &dg13, const Person &written)
{
    for (const QString &key : {PersonKey::id12, PersonKey::fullName, PersonKey::dateOfBirth, PersonKey::sex, PersonKey::nationality,
                               PersonKey::ethnicity, PersonKey::religion, PersonKey::placeOfOrigin, PersonKey::permanentResidence,
                               PersonKey::identifyingMarks, PersonKey::idIssueDate, PersonKey::idExpiryDate, PersonKey::fatherName,
                               PersonKey::motherName, PersonKey::oldIdNumber}) {
        INFO(key.toStdString());
        CHECK(dg13.person.text(key) == written.text(key));
        CHECK(dg13.person.source(key) == FieldSource::Chip);
    }
}

} // namespace

TEST_CASE("DG13 round trips every field, with both nestings of the parents' names")
{
    const Person citizen = test::syntheticCitizen();
    for (const Dg13Nesting nesting : {Dg13Nesting::Flat, Dg13Nesting::Wrapped}) {
        Dg13Options options;
        options.parents = nesting;
        const auto dg13 = Dg13::parse(LdsWriter::dg13(citizen, options));
        REQUIRE(dg13.ok());
        checkMapped(*dg13, citizen);
        CHECK_FALSE(dg13->noExpiry);
        CHECK_FALSE(dg13->person.has(PersonKey::spouseName)); // the empty entry 14
        CHECK(dg13->rawFields.value(Dg13Field::spouse).isEmpty());
        CHECK(dg13->rawFields.contains(Dg13Field::spouse));
        CHECK(dg13->warnings.isEmpty());
    }
}

TEST_CASE("DG13 writes the layout cards carry")
{
    const QByteArray bytes = LdsWriter::dg13(test::syntheticCitizen());
    CHECK(bytes.startsWith(QByteArray::fromHex("6d")));
    CHECK(bytes.contains(QByteArray::fromHex("020101060628d316010008")));
    CHECK(bytes.contains(QByteArray::fromHex("300302010e")));
    CHECK(bytes.contains(QByteArray("14/03/1999")));
    CHECK(bytes.contains(QStringLiteral("Nam").toUtf8()));
}

TEST_CASE("DG13 does not depend on the order of fields and keeps unknown numbers raw")
{
    Person citizen = test::syntheticCitizen();
    citizen.set(PersonKey::spouseName, QStringLiteral("Lê Thị Dung"), FieldSource::Typed);
    Dg13Options options;
    options.reversed = true;
    options.parents = Dg13Nesting::Wrapped;
    const QByteArray unknown = der::encodeUtf8(QStringLiteral("something new"));
    options.extraFields.insert(20, unknown);
    options.extraFields.insert(Dg13Field::otherIdentifier, der::encodePrintable(QStringLiteral("A1234567")));
    const auto dg13 = Dg13::parse(LdsWriter::dg13(citizen, options));
    REQUIRE(dg13.ok());
    checkMapped(*dg13, citizen);
    CHECK(dg13->person.text(PersonKey::spouseName) == QStringLiteral("Lê Thị Dung"));
    CHECK(dg13->unknownFields == QList<int>{20});
    CHECK(dg13->rawFields.value(20) == unknown);
    CHECK(dg13->otherIdentifier == QStringLiteral("A1234567"));
}

TEST_CASE("DG13 maps a word for no expiry to an empty expiry and a flag")
{
    Person citizen = test::syntheticCitizen();
    citizen.set(PersonKey::idExpiryDate, QString(), FieldSource::Typed);
    const auto dg13 = Dg13::parse(LdsWriter::dg13(citizen));
    REQUIRE(dg13.ok());
    CHECK(dg13->noExpiry);
    CHECK_FALSE(dg13->person.has(PersonKey::idExpiryDate));
    CHECK(dg13->warnings.isEmpty());
}

TEST_CASE("DG13 reports fields it cannot read instead of guessing")
{
    Dg13Options options;
    Person citizen = test::syntheticCitizen();
    citizen.set(PersonKey::sex, QString(), FieldSource::Typed);
    options.extraFields.insert(Dg13Field::sex, der::encodeUtf8(QStringLiteral("Khác")));
    const auto dg13 = Dg13::parse(LdsWriter::dg13(citizen, options));
    REQUIRE(dg13.ok());
    CHECK_FALSE(dg13->person.has(PersonKey::sex));
    CHECK(dg13->warnings.size() == 1);
}

TEST_CASE("DG13 accepts entries without the header sequence and a single parent")
{
    const QByteArray entries = der::sequence({der::encodeInteger(2), der::encodeUtf8(QStringLiteral("Phạm Minh"))})
                               + der::sequence({der::encodeInteger(13), der::sequence({der::encodeUtf8(QStringLiteral("Phạm Cha"))})});
    const auto dg13 = Dg13::parse(Tlv::encode(0x6d, der::set({entries})));
    REQUIRE(dg13.ok());
    CHECK(dg13->person.text(PersonKey::fullName) == QStringLiteral("Phạm Minh"));
    CHECK(dg13->person.text(PersonKey::fatherName) == QStringLiteral("Phạm Cha"));
    CHECK_FALSE(dg13->person.has(PersonKey::motherName));
}

TEST_CASE("DG13 errors name the file")
{
    for (const QByteArray &bytes : {QByteArray::fromHex("6e00"), QByteArray::fromHex("6d00"), QByteArray::fromHex("6d03300102")}) {
        const auto dg13 = Dg13::parse(bytes);
        REQUIRE_FALSE(dg13.ok());
        CHECK(dg13.error().message.contains(QStringLiteral("DG13")));
    }
}
