#include "TestSupport.h"
#include "text/Folding.h"

#include <catch2/catch.hpp>

using namespace motcua;

TEST_CASE("folded drops Vietnamese diacritics and case")
{
    CHECK(text::folded(QStringLiteral("Nguyễn Văn A")) == QStringLiteral("nguyen van a"));
    CHECK(text::folded(QStringLiteral("ĐẶNG THỊ ĐÀO")) == QStringLiteral("dang thi dao"));
    CHECK(text::folded(QStringLiteral("  Trần   Quốc  Tuấn ")) == QStringLiteral("tran quoc tuan"));
}

TEST_CASE("folded gives the same key for NFC and NFD input")
{
    const QString nfc = QStringLiteral("Phạm Thị Hương");
    const QString nfd = nfc.normalized(QString::NormalizationForm_D);
    REQUIRE(nfc != nfd);
    CHECK(text::folded(nfc) == text::folded(nfd));
    CHECK(text::normalized(nfd) == nfc);
}

TEST_CASE("foldedWords splits on any white space")
{
    CHECK(text::foldedWords(QStringLiteral("Lê\tVăn\nLuyện")) == QStringList{QStringLiteral("le"), QStringLiteral("van"), QStringLiteral("luyen")});
    CHECK(text::foldedWords(QString()).isEmpty());
}
