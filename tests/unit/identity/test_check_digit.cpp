#include "TestSupport.h"
#include "identity/CheckDigit.h"

#include <catch2/catch.hpp>

using namespace motcua;

// ICAO Doc 9303 Part 3 (7th ed. 2015), Appendix A to Part 3, "Examples of check digit
// calculation": Example 1, the date 27 July 1952 ("520727") → 3; Example 2, the document
// number "AB2134" filled to "AB2134<<<" → 5.
TEST_CASE("check digits of the Doc 9303 Part 3 examples")
{
    CHECK(mrzCheckDigit(u"520727") == 3);
    CHECK(mrzCheckDigit(u"AB2134<<<") == 5);
}

// ICAO Doc 9303 Part 5 (TD1 specimen, Utopia, Anna Maria Eriksson):
//   I<UTOD231458907<<<<<<<<<<<<<<< / 7408122F1204159UTO<<<<<<<<<<<6 / ERIKSSON<<ANNA<MARIA<<<<<<<<<<
TEST_CASE("check digits of the Doc 9303 Part 5 TD1 specimen")
{
    CHECK(mrzCheckDigitMatches(u"D23145890", QLatin1Char('7')));
    CHECK(mrzCheckDigitMatches(u"740812", QLatin1Char('2')));
    CHECK(mrzCheckDigitMatches(u"120415", QLatin1Char('9')));
    // Composite: line 1 positions 6–30, line 2 positions 1–7, 9–15 and 19–29.
    CHECK(mrzCheckDigitMatches(u"D231458907<<<<<<<<<<<<<<<" u"7408122" u"1204159" u"<<<<<<<<<<<", QLatin1Char('6')));
}

TEST_CASE("character values follow the 9303 table")
{
    CHECK(mrzCharacterValue(QLatin1Char('0')) == 0);
    CHECK(mrzCharacterValue(QLatin1Char('9')) == 9);
    CHECK(mrzCharacterValue(QLatin1Char('A')) == 10);
    CHECK(mrzCharacterValue(QLatin1Char('Z')) == 35);
    CHECK(mrzCharacterValue(QLatin1Char('<')) == 0);
    CHECK(mrzCharacterValue(QLatin1Char('a')) == -1);
    CHECK(mrzCharacterValue(QChar(0x00C1)) == -1);
}

TEST_CASE("a field outside the MRZ set has no check digit, and nothing matches it")
{
    CHECK(mrzCheckDigit(u"12 34") == -1);
    CHECK_FALSE(mrzCheckDigitMatches(u"12 34", QLatin1Char('0')));
    CHECK(mrzCheckDigit(u"") == 0);
    CHECK(mrzCheckDigit(u"<<<<<<") == 0);
}

TEST_CASE("a filler or letter in place of the check digit never matches")
{
    CHECK_FALSE(mrzCheckDigitMatches(u"<<<<<<", QLatin1Char('<')));
    CHECK_FALSE(mrzCheckDigitMatches(u"520727", QLatin1Char('O')));
    CHECK_FALSE(mrzCheckDigitMatches(u"520727", QLatin1Char('4')));
}
