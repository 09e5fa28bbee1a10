// CodeClassifier: a CCCD QR → identity, a torn one → a message naming what is missing, a receipt
// code (bare or in the tracking URL) → the dossier code, anything else → text; and no input,
// however random, makes it crash.
#include "QrTestImages.h"
#include "TestSupport.h"
#include "identity/Person.h"
#include "qr/CodeClassifier.h"

#include <catch2/catch.hpp>

#include <random>

using namespace motcua;
using namespace motcua::qr;
using namespace motcua::test;

namespace {

CodeClassifier classifierWithRules()
{
    return CodeClassifier(ReceiptCodeRules{ReceiptSamples::codeExpression(), ReceiptSamples::trackingPrefix()},
                          qrTestToday());
}

QString fieldOf(const ClassifiedCode &code, const QString &key)
{
    const auto value = code.identity->person.get(key);
    return value ? value->text : QString();
}

} // namespace

TEST_CASE("the card's QR in its 7-, 11- and 6-field layouts is an identity")
{
    const CodeClassifier classifier = classifierWithRules();

    const ClassifiedCode seven = classifier.classify(CccdSamples::sevenFieldsNoOldId());
    REQUIRE(seven.kind == CodeKind::CccdIdentity);
    CHECK(codeKindName(seven.kind) == QStringLiteral("cccd"));
    CHECK(seven.identity->id12 == QStringLiteral("001099012345"));
    CHECK(fieldOf(seven, PersonKey::fullName) == QStringLiteral("Nguyễn Văn An"));
    CHECK(fieldOf(seven, PersonKey::oldIdNumber).isEmpty());
    CHECK_FALSE(seven.problem.has_value());

    const ClassifiedCode woman = classifier.classify(CccdSamples::sevenFieldsWithOldId());
    REQUIRE(woman.kind == CodeKind::CccdIdentity);
    CHECK(fieldOf(woman, PersonKey::oldIdNumber) == QStringLiteral("025123456"));
    CHECK(woman.identity->warnings.isEmpty()); // the ID agrees with the date of birth and sex

    const ClassifiedCode eleven = classifier.classify(CccdSamples::elevenFields());
    REQUIRE(eleven.kind == CodeKind::CccdIdentity);
    CHECK(eleven.identity->extraFields == QStringList(4, QString()));

    CHECK(classifier.classify(CccdSamples::sixFields()).kind == CodeKind::CccdIdentity);
}

TEST_CASE("the text is NFC-normalised and trimmed before anything else")
{
    const QString nfd = CccdSamples::sevenFieldsNoOldId().normalized(QString::NormalizationForm_D);
    REQUIRE(nfd != CccdSamples::sevenFieldsNoOldId());
    const ClassifiedCode code = classifierWithRules().classify(QStringLiteral("  ") + nfd + QStringLiteral("\r\n"));
    CHECK(code.text == CccdSamples::sevenFieldsNoOldId());
    REQUIRE(code.kind == CodeKind::CccdIdentity);
    CHECK(fieldOf(code, PersonKey::fullName) == QStringLiteral("Nguyễn Văn An"));
}

TEST_CASE("a torn card QR names what is missing, for a cut after every field")
{
    const CodeClassifier classifier = classifierWithRules();
    const QStringList fields = CccdSamples::sevenFieldsWithOldId().split(QLatin1Char('|'));
    const QStringList labels{QStringLiteral("old ID number"), QStringLiteral("full name"), QStringLiteral("date of birth"),
                             QStringLiteral("sex"), QStringLiteral("permanent address"), QStringLiteral("issue date")};
    // Cut after field 1..5: fewer than 6 fields, every missing one named (English catalogue).
    for (int kept = 1; kept <= 5; ++kept) {
        const QString torn = fields.mid(0, kept).join(QLatin1Char('|')) + (kept == 1 ? QStringLiteral("|") : QString());
        INFO("kept " << kept << " fields");
        const ClassifiedCode code = classifier.classify(torn);
        REQUIRE(code.kind == CodeKind::TornCccd);
        CHECK(codeKindName(code.kind) == QStringLiteral("tornCccd"));
        REQUIRE(code.problem.has_value());
        CHECK_FALSE(code.identity.has_value());
        CHECK(code.problem->message.contains(labels.at(kept == 1 ? 1 : kept - 1)));
        CHECK(code.problem->message.contains(QStringLiteral("issue date")));
    }
    // Cut after the address: six fields read as the layout without the issue date, which the
    // identity says it lacks (core/identity's rule: neither 6-field variant is lost).
    const ClassifiedCode six = classifier.classify(fields.mid(0, 6).join(QLatin1Char('|')));
    REQUIRE(six.kind == CodeKind::CccdIdentity);
    CHECK(six.identity->warnings.join(QLatin1Char(' ')).contains(QStringLiteral("issue date")));

    // Cut inside a field: the damaged field is named.
    const QString cutInDate = fields.mid(0, 3).join(QLatin1Char('|')) + QStringLiteral("|0511|Nữ|x|15032022");
    const ClassifiedCode date = classifier.classify(cutInDate);
    REQUIRE(date.kind == CodeKind::TornCccd);
    CHECK(date.problem->code == QStringLiteral("qr.dateOfBirth.invalid"));

    // Eight to ten fields is no known layout.
    const ClassifiedCode nine = classifier.classify(CccdSamples::sevenFieldsWithOldId() + QStringLiteral("||"));
    REQUIRE(nine.kind == CodeKind::TornCccd);
    CHECK(nine.problem->code == QStringLiteral("qr.fields.unexpectedCount"));
}

TEST_CASE("a bare valid ID, or 12 digits and a bar with an invalid ID, is a torn card QR")
{
    const CodeClassifier classifier = classifierWithRules();
    const ClassifiedCode bare = classifier.classify(QStringLiteral("001099012345"));
    REQUIRE(bare.kind == CodeKind::TornCccd);
    CHECK(bare.problem->code == QStringLiteral("qr.fields.missing"));

    const ClassifiedCode badId = classifier.classify(QStringLiteral("999099012345|x|y"));
    REQUIRE(badId.kind == CodeKind::TornCccd);
    CHECK(badId.problem->code == QStringLiteral("qr.id.invalid"));

    // Twelve digits that are no valid ID, alone: just text (a phone number, an invoice number).
    CHECK(classifier.classify(QStringLiteral("999099012345")).kind == CodeKind::Text);
}

TEST_CASE("receipts: the bare dossier code and the tracking URL with ?ma= or ?code=")
{
    const CodeClassifier classifier = classifierWithRules();
    const ClassifiedCode bare = classifier.classify(ReceiptSamples::code() + QStringLiteral("\n"));
    REQUIRE(bare.kind == CodeKind::Receipt);
    CHECK(codeKindName(bare.kind) == QStringLiteral("receipt"));
    CHECK(bare.dossierCode == ReceiptSamples::code());
    CHECK(bare.trackingUrl.isEmpty());

    const ClassifiedCode url = classifier.classify(ReceiptSamples::url());
    REQUIRE(url.kind == CodeKind::Receipt);
    CHECK(url.dossierCode == ReceiptSamples::code());
    CHECK(url.trackingUrl == QUrl(ReceiptSamples::url()));

    for (const QString &variant : QStringList{ReceiptSamples::trackingPrefix() + QStringLiteral("/?code=") + ReceiptSamples::code(),
                                   QStringLiteral("HTTPS://MOTCUA.example.gov.vn/tra-cuu?lang=vi&ma=") + ReceiptSamples::code(),
                                   ReceiptSamples::trackingPrefix() + QStringLiteral("?ma=UBND%2FPD-1")}) {
        INFO(variant.toStdString());
        const ClassifiedCode code = classifier.classify(variant);
        REQUIRE(code.kind == CodeKind::Receipt);
        CHECK_FALSE(code.dossierCode.isEmpty());
    }
    CHECK(classifier.classify(ReceiptSamples::trackingPrefix() + QStringLiteral("?ma=UBND%2FPD-1")).dossierCode
          == QStringLiteral("UBND/PD-1"));

    // Not ours: another host, another page, no code, a code inside a sentence.
    for (const QString &other : QStringList{QStringLiteral("https://evil.example.com/tra-cuu?ma=") + ReceiptSamples::code(),
                                 ReceiptSamples::trackingPrefix() + QStringLiteral("-khac?ma=X"),
                                 ReceiptSamples::trackingPrefix() + QStringLiteral("?ma="),
                                 QStringLiteral("Mã hồ sơ ") + ReceiptSamples::code()}) {
        INFO(other.toStdString());
        CHECK(classifier.classify(other).kind == CodeKind::Text);
    }
}

TEST_CASE("without rules nothing is a receipt, and an unanchored expression still matches whole texts only")
{
    CHECK(CodeClassifier().classify(ReceiptSamples::code()).kind == CodeKind::Text);
    CHECK(CodeClassifier().classify(ReceiptSamples::url()).kind == CodeKind::Text);
    CHECK(CodeClassifier(ReceiptCodeRules{QRegularExpression(QStringLiteral("(")), {}}).classify(QStringLiteral("(")).kind
          == CodeKind::Text); // an invalid expression
    const CodeClassifier loose(ReceiptCodeRules{QRegularExpression(QStringLiteral("HS-[0-9]+")), {}});
    CHECK(loose.classify(QStringLiteral("HS-12")).kind == CodeKind::Receipt);
    CHECK(loose.classify(QStringLiteral("xx HS-12 yy")).kind == CodeKind::Text);
}

TEST_CASE("anything else is text, kept as read (NFC, trimmed)")
{
    const ClassifiedCode code = classifierWithRules().classify(QStringLiteral(" Xin chào "));
    CHECK(code.kind == CodeKind::Text);
    CHECK(codeKindName(code.kind) == QStringLiteral("text"));
    CHECK(code.text == QStringLiteral("Xin chào"));
    CHECK(classifierWithRules().classify(QString()).kind == CodeKind::Text);
}

TEST_CASE("random bytes and random card-like texts never crash the classifier")
{
    const CodeClassifier classifier = classifierWithRules();
    std::mt19937 random(20250601);
    std::uniform_int_distribution<int> byte(0, 255), length(0, 300);
    QString alphabet = QStringLiteral("0123456789|/ ?=&%:.NamNữễ\u0301");
    alphabet.append(QChar(0xD800)); // a lone surrogate, as broken UTF-16 from a driver
    for (int round = 0; round < 3000; ++round) {
        QByteArray bytes;
        for (int i = length(random); i > 0; --i)
            bytes.append(char(byte(random)));
        (void)classifier.classify(QString::fromUtf8(bytes));
        (void)classifier.classify(QString::fromLatin1(bytes));

        // Texts that pass the "12 digits and a bar" gate, so that the CCCD parser sees garbage.
        QString cardLike = QStringLiteral("001099012345|");
        for (int i = length(random) / 3; i > 0; --i)
            cardLike.append(alphabet.at(std::uniform_int_distribution<int>(0, int(alphabet.size()) - 1)(random)));
        const ClassifiedCode code = classifier.classify(cardLike);
        CHECK((code.kind == CodeKind::CccdIdentity) == code.identity.has_value());
        CHECK((code.kind == CodeKind::TornCccd) == code.problem.has_value());
    }
}
