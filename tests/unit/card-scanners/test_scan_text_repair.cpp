// ScanTextRepair on real mangled texts: what a French or German keyboard layout, a Vietnamese
// input method or a scanner without Unicode made of CCCD QR texts, receipt codes and URLs; and
// proof that correct texts pass unchanged. The mangled texts are written out by hand, key by
// key, from xkeyboard-config's fr and de layouts.
#include "TestSupport.h"
#include "scanners/ScanTextRepair.h"

#include <catch2/catch.hpp>

using namespace motcua::scanners;

namespace {

const QString kCccd = QStringLiteral("034095001234|151234567|Nguyễn Văn A|01011995|Nam|Thôn Đông, Xã Tây Giang, "
                                     "Huyện Tiền Hải, Thái Bình|10042021");
const QString kCccd2024 = QStringLiteral("001190012345||Trần Thị Bích Ngọc|12031990|Nữ|Tổ 5, Phường Láng Hạ, "
                                         "Quận Đống Đa, Hà Nội|20052024||||");
const QString kReceipt = QStringLiteral("000.00.31.H29-261204-0007");
const QString kUrl = QStringLiteral("https://motcua.example.gov.vn/tra-cuu?ma=000.00.31.H29-261204-0007");
// What a scanner without Unicode types for kCccd-like data: the accents are gone.
const QString kAsciiCccd = QStringLiteral("001090012345||NGUYEN VAN A|01011990|Nam|So 1, Ha Noi|01012021");

bool unchanged(const QString &text)
{
    const RepairedScan result = ScanTextRepair::repair(text);
    return result.text == text && result.repairs.isEmpty() && result.warnings.isEmpty();
}

} // namespace

TEST_CASE("correct texts pass unchanged, with nothing to report")
{
    CHECK(unchanged(kCccd));
    CHECK(unchanged(kCccd2024));
    CHECK(unchanged(QStringLiteral("034095001234||Nguyễn Văn A|01011995|Nam|Thôn Đông, Thái Bình"))); // 6 fields
    CHECK(unchanged(kReceipt));
    CHECK(unchanged(kUrl));
    CHECK(unchanged(QStringLiteral("http://example.com/a?b=1&c=%C3%A9")));
    CHECK(unchanged(QStringLiteral("Lê Thị Ánh Tuyết")));
    CHECK(unchanged(QStringLiteral("Déjà vu à côté"))); // French prose is not an AZERTY-mangled code
    CHECK(unchanged(QStringLiteral("WIFI:S:MotCua;T:WPA;P:12345678;;")));
    CHECK(unchanged(QString()));
}

TEST_CASE("decomposed text is normalised to NFC without a repair message")
{
    const QString decomposed = kCccd.normalized(QString::NormalizationForm_D);
    REQUIRE(decomposed != kCccd);
    const RepairedScan result = ScanTextRepair::repair(decomposed);
    CHECK(result.text == kCccd);
    CHECK(result.repairs.isEmpty());
    CHECK(result.warnings.isEmpty());
}

TEST_CASE("a tone mark the input method added again is removed")
{
    // "ễ" then the input method's tilde again; "á" with a second acute; "ô" with a second circumflex.
    const QString doubled = QStringLiteral("034095001234|151234567|Nguyễ\u0303n Văn A|01011995|Nam|Thô\u0302n Đông, Xã Tây "
                                           "Giang, Huyện Tiền Hải, Thá\u0301i Bình|10042021");
    const RepairedScan result = ScanTextRepair::repair(doubled);
    CHECK(result.text == kCccd);
    CHECK(result.repairs.size() == 1);
    CHECK(result.warnings.isEmpty());

    int removed = 0;
    CHECK(ScanTextRepair::removeDoubledMarks(QStringLiteral("e\u0302\u0303\u0302"), &removed) == QStringLiteral("ễ"));
    CHECK(removed == 1);
    CHECK(ScanTextRepair::removeDoubledMarks(QStringLiteral("a\u0301\u0301b\u0301"), &removed) == QStringLiteral("áb́"));
    CHECK(removed == 1);
}

TEST_CASE("two different tone marks on one letter are left alone and warned about")
{
    const QString twoTones = QStringLiteral("034095001234||Nguye\u0302\u0303\u0301n Văn A|01011995|Nam|Thái Bình|10042021");
    CHECK(ScanTextRepair::hasConflictingToneMarks(twoTones));
    CHECK_FALSE(ScanTextRepair::hasConflictingToneMarks(kCccd));
    CHECK_FALSE(ScanTextRepair::hasConflictingToneMarks(QStringLiteral("Nguyệt"))); // circumflex + dot below
    const RepairedScan result = ScanTextRepair::repair(twoTones);
    CHECK(result.text == twoTones.normalized(QString::NormalizationForm_C));
    CHECK(result.warnings.size() == 1);
}

TEST_CASE("a CCCD QR typed through the French AZERTY layout is converted back")
{
    // 0→à 1→& 9→ç 2→é 3→" 4→' 5→( and Shift+\ (the '|') → µ; letters A→Q, a→q, m→, ; ','→';'.
    const QString azerty = QStringLiteral("àà&àçàà&é\"'(µµNGUYEN VQN Qµà&à&&ççàµNq,µSo &; Hq Noiµà&à&éàé&");
    CHECK(ScanTextRepair::mangledByLayout(azerty) == HostLayout::FrenchAzerty);
    const RepairedScan result = ScanTextRepair::repair(azerty);
    CHECK(result.text == kAsciiCccd);
    CHECK(result.repairs.size() == 1);
    // The scanner could not type the accents in the first place: the clerk is told.
    REQUIRE(result.warnings.size() == 1);
    CHECK(result.warnings.at(0).contains(QStringLiteral("accents")));
}

TEST_CASE("a CCCD QR typed through the German QWERTZ layout is converted back")
{
    // Digits survive; Shift+\ (the '|') → ' and Y↔Z.
    const QString qwertz = QStringLiteral("001090012345''NGUZEN VAN A'01011990'Nam'So 1, Ha Noi'01012021");
    CHECK(ScanTextRepair::mangledByLayout(qwertz) == HostLayout::GermanQwertz);
    const RepairedScan result = ScanTextRepair::repair(qwertz);
    CHECK(result.text == kAsciiCccd);
    CHECK(result.repairs.size() == 1);
}

TEST_CASE("a receipt URL typed through AZERTY or QWERTZ is converted back")
{
    // AZERTY: ':'→M '/'→! '.'→: '-'→) '?'→§ m→, a→q.
    const QString azerty = QStringLiteral("httpsM!!,otcuq:exq,ple:gov:vn!trq)cuu§,q=ààà:àà:\"&:Héç)é-&éà')àààè");
    const RepairedScan fromAzerty = ScanTextRepair::repair(azerty);
    CHECK(fromAzerty.text == kUrl);
    CHECK(fromAzerty.repairs.size() == 1);
    CHECK(fromAzerty.warnings.isEmpty());

    // QWERTZ: ':'→Ö '/'→- '-'→ß '?'→_ and '=' is a dead key (´): that one cannot be restored.
    const QString qwertz = QStringLiteral("httpsÖ--motcua.example.gov.vn-traßcuu_ma´000.00.31.H29ß261204ß0007");
    const RepairedScan fromQwertz = ScanTextRepair::repair(qwertz);
    CHECK(fromQwertz.text == QStringLiteral("https://motcua.example.gov.vn/tra-cuu?ma´000.00.31.H29-261204-0007"));
    CHECK(fromQwertz.repairs.size() == 1);
    CHECK(fromQwertz.warnings.size() == 1);
}

TEST_CASE("a dossier code typed through AZERTY is recognised by its digit-row symbols")
{
    const QString azerty = QStringLiteral("ààà:àà:\"&:Héç)é-&éà')àààè");
    const RepairedScan result = ScanTextRepair::repair(azerty);
    CHECK(result.text == kReceipt);
    CHECK(result.repairs.size() == 1);
    // Too few digit-row symbols, or spaces, or digits: not taken for a mangled code.
    CHECK_FALSE(ScanTextRepair::mangledByLayout(QStringLiteral("é-è")).has_value());
    CHECK_FALSE(ScanTextRepair::mangledByLayout(QStringLiteral("à é è ç à é")).has_value());
    CHECK_FALSE(ScanTextRepair::mangledByLayout(QStringLiteral("àéèçàé1")).has_value());
}

TEST_CASE("accents the scanner dropped cannot be put back: the clerk is warned")
{
    const RepairedScan ascii = ScanTextRepair::repair(kAsciiCccd);
    CHECK(ascii.text == kAsciiCccd);
    CHECK(ascii.repairs.isEmpty());
    CHECK(ascii.warnings.size() == 1);

    const QString female = QStringLiteral("001190012345||TRAN THI BICH NGOC|12031990|Nu|To 5, Lang Ha, Dong Da, Ha Noi|20052024");
    CHECK(ScanTextRepair::lostVietnameseMarks(female));
    // Scanners that replace what they cannot type by '?'.
    const QString replaced = QStringLiteral("034095001234|151234567|Nguy?n V?n A|01011995|Nam|Th?n ??ng, Th?i B?nh|10042021");
    CHECK(ScanTextRepair::lostVietnameseMarks(replaced));
    CHECK(ScanTextRepair::repair(replaced).warnings.size() == 1);
    // A name without accents next to an address with them is a real name.
    CHECK_FALSE(ScanTextRepair::lostVietnameseMarks(QStringLiteral("001090012345||LY A PAO|01011990|Nam|Bản Phố, Bắc Hà, Lào Cai|01012021")));
    CHECK_FALSE(ScanTextRepair::lostVietnameseMarks(kCccd));
}

TEST_CASE("Telex and VNI artefacts are warned about, never guessed back")
{
    // VNI composed "A1" (Khu A1) into "Á" in a text that otherwise lost its accents.
    const QString vni = QStringLiteral("034095001234|151234567|Nguyen Van A|01011995|Nam|Khu Á, Phuong Dich Vong, Quan Cau "
                                       "Giay, Ha Noi|10042021");
    const RepairedScan fromVni = ScanTextRepair::repair(vni);
    CHECK(fromVni.text == vni);
    CHECK(fromVni.repairs.isEmpty());
    CHECK(fromVni.warnings.size() == 1);

    // Telex turned "w" into "ư" and "ex" into "ẽ" inside a code and a URL.
    CHECK(ScanTextRepair::looksChangedByInputMethod(QStringLiteral("HCM-Ư-0001")));
    const QString url = QStringLiteral("https://motcua.ẽample.gov.vn/tra-cuu?ma=000.00.31.H29-261204-0007");
    const RepairedScan fromTelex = ScanTextRepair::repair(url);
    CHECK(fromTelex.text == url);
    CHECK(fromTelex.warnings.size() == 1);

    CHECK_FALSE(ScanTextRepair::looksChangedByInputMethod(kCccd));
    CHECK_FALSE(ScanTextRepair::looksChangedByInputMethod(kCccd2024));
    CHECK_FALSE(ScanTextRepair::looksChangedByInputMethod(QStringLiteral("Phòng 2 tầng 3")));
}
