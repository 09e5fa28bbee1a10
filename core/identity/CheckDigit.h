#pragma once
// ICAO 9303 Part 3 check digits: weights 7,3,1 repeating, modulo 10, over the MRZ character set
// (0-9 their value, A-Z = 10..35, the filler '<' = 0).
#include <QChar>
#include <QStringView>

namespace motcua {

// The value of one MRZ character, or -1 for a character outside the MRZ set (lower case included:
// an MRZ is upper case, and guessing the case would hide a misread).
int mrzCharacterValue(QChar c);

// The check digit (0-9) of `field`, or -1 when the field holds a character outside the MRZ set.
int mrzCheckDigit(QStringView field);

// Whether `check` is the digit that `field` computes to. A filler or letter in place of the
// digit never matches.
bool mrzCheckDigitMatches(QStringView field, QChar check);

} // namespace motcua
