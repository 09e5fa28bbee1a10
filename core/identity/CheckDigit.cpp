#include "identity/CheckDigit.h"

namespace motcua {

int mrzCharacterValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'A' && u <= u'Z')
        return u - u'A' + 10;
    if (u == u'<')
        return 0;
    return -1;
}

int mrzCheckDigit(QStringView field)
{
    static constexpr int kWeights[] = {7, 3, 1};
    int sum = 0;
    for (qsizetype i = 0; i < field.size(); ++i) {
        const int value = mrzCharacterValue(field.at(i));
        if (value < 0)
            return -1;
        sum += value * kWeights[i % 3];
    }
    return sum % 10;
}

bool mrzCheckDigitMatches(QStringView field, QChar check)
{
    const int expected = mrzCheckDigit(field);
    return expected >= 0 && check.unicode() == u'0' + expected;
}

} // namespace motcua
