#include "TestSupport.h"
#include "identity/IdentityDocument.h"

#include <catch2/catch.hpp>

using namespace motcua;

TEST_CASE("document kinds have stable names")
{
    CHECK(documentKindName(DocumentKind::ChipCccd) == QStringLiteral("chipCccd"));
    CHECK(documentKindName(DocumentKind::CccdWithoutChip) == QStringLiteral("cccdWithoutChip"));
    CHECK(documentKindName(DocumentKind::OldCmnd) == QStringLiteral("oldCmnd"));
    CHECK(documentKindName(DocumentKind::Unknown) == QStringLiteral("unknown"));
}

TEST_CASE("an expiry is a date, never, or unknown, and they differ")
{
    CHECK(ExpiryDate::on(QDate(2030, 1, 2)).toString() == QStringLiteral("2030-01-02"));
    CHECK(ExpiryDate::never().toString() == QStringLiteral("none"));
    CHECK(ExpiryDate{}.toString().isEmpty());
    CHECK_FALSE(ExpiryDate{}.isKnown());
    CHECK(ExpiryDate::never().isKnown());
    CHECK_FALSE(ExpiryDate::never() == ExpiryDate{});
    CHECK_FALSE(ExpiryDate::on(QDate(2030, 1, 2)) == ExpiryDate::on(QDate(2030, 1, 3)));
}

TEST_CASE("a new document knows nothing")
{
    const IdentityDocument doc;
    CHECK(doc.kind == DocumentKind::Unknown);
    CHECK(doc.source == FieldSource::Unknown);
    CHECK(doc.person.isEmpty());
    CHECK_FALSE(doc.expiry.isKnown());
}
