#include "IdentityTestData.h"
#include "TestSupport.h"
#include "identity/Sex.h"
#include "identity/Td1Mrz.h"

#include <catch2/catch.hpp>

using namespace motcua;
using namespace motcua::test;

namespace {
// ICAO Doc 9303 Part 5 (7th ed. 2015), the TD1 specimen of the Utopia identity card.
const QStringList kSpecimen{QStringLiteral("I<UTOD231458907<<<<<<<<<<<<<<<"),
                            QStringLiteral("7408122F1204159UTO<<<<<<<<<<<6"),
                            QStringLiteral("ERIKSSON<<ANNA<MARIA<<<<<<<<<<")};

Result<Td1Mrz> parse(const QString &text)
{
    return Td1Mrz::parse(text, testToday());
}

QString errorCode(const QString &text)
{
    const Result<Td1Mrz> r = parse(text);
    return r ? QString() : r.error().code;
}

// The lines joined, with the composite check digit recomputed.
QString withComposite(QStringList l)
{
    const QString composite = l.at(0).mid(5, 25) + l.at(1).mid(0, 7) + l.at(1).mid(8, 7) + l.at(1).mid(18, 11);
    l[1][29] = QChar(u'0' + mrzCheckDigit(composite));
    return l.join(QLatin1Char('\n'));
}

QString replaced(const QStringList &lines, int line, int position1, QChar c)
{
    QStringList copy = lines;
    copy[line - 1][position1 - 1] = c;
    return copy.join(QLatin1Char('\n'));
}
} // namespace

TEST_CASE("the ICAO TD1 specimen parses, every check digit verified")
{
    const Result<Td1Mrz> r = parse(kSpecimen.join(QLatin1Char('\n')));
    REQUIRE(r.ok());
    CHECK(r->documentCode == QStringLiteral("I<"));
    CHECK(r->issuingState == QStringLiteral("UTO"));
    CHECK(r->documentNumber == QStringLiteral("D23145890"));
    CHECK(r->documentNumberCheck == QLatin1Char('7'));
    CHECK(r->dateOfBirth == QDate(1974, 8, 12));
    CHECK(r->sexField == QStringLiteral("F"));
    CHECK(r->expiry == ExpiryDate::on(QDate(2012, 4, 15)));
    CHECK(r->nationality == QStringLiteral("UTO"));
    CHECK(r->primaryIdentifier == QStringLiteral("ERIKSSON"));
    CHECK(r->secondaryIdentifier == QStringLiteral("ANNA MARIA"));
    CHECK(r->id12.isEmpty());
}

TEST_CASE("an MRZ without a Vietnamese ID is no identity document")
{
    const Result<Td1Mrz> r = parse(kSpecimen.join(QLatin1Char('\n')));
    REQUIRE(r.ok());
    const Result<IdentityDocument> doc = r->toDocument(testToday());
    REQUIRE_FALSE(doc.ok());
    CHECK(doc.error().code == QStringLiteral("mrz.personalId.missing"));
}

TEST_CASE("a CCCD MRZ gives the ID, the document number and the person")
{
    const SyntheticCitizen c;
    const Result<Td1Mrz> r = parse(cccdMrz(c));
    REQUIRE(r.ok());
    CHECK(r->documentCode == QStringLiteral("ID"));
    CHECK(r->issuingState == QStringLiteral("VNM"));
    CHECK(r->documentNumber == c.id12.right(9));
    CHECK(r->id12 == c.id12);
    CHECK(r->fullName() == QStringLiteral("NGUYEN VAN AN"));

    const Result<IdentityDocument> doc = r->toDocument(testToday());
    REQUIRE(doc.ok());
    CHECK(doc->kind == DocumentKind::ChipCccd);
    CHECK(doc->source == FieldSource::Mrz);
    CHECK(doc->id12 == c.id12);
    CHECK(doc->documentNumber == c.id12.right(9));
    CHECK(doc->expiry == ExpiryDate::on(c.expiry));
    CHECK(doc->warnings.isEmpty());
    const Person &p = doc->person;
    CHECK(p.text(PersonKey::dateOfBirth) == QStringLiteral("1999-03-14"));
    CHECK(p.text(PersonKey::sex) == Sex::male);
    CHECK(p.text(PersonKey::nationality) == QStringLiteral("Việt Nam"));
    CHECK(p.text(PersonKey::idExpiryDate) == QStringLiteral("2024-03-14"));
    CHECK(p.source(PersonKey::fullName) == FieldSource::Mrz);
}

TEST_CASE("the personal ID's century decides the birth century")
{
    SyntheticCitizen c;
    c.id12 = QStringLiteral("079320000123"); // female, 2020
    c.dateOfBirth = QDate(2020, 5, 2);
    c.sex = QStringLiteral("Nữ");
    c.expiry = QDate(2034, 5, 2);
    const Result<Td1Mrz> r = parse(cccdMrz(c));
    REQUIRE(r.ok());
    CHECK(r->dateOfBirth == QDate(2020, 5, 2));
    c.id12 = QStringLiteral("079120000123"); // female, 1920
    c.dateOfBirth = QDate(1920, 5, 2);
    const Result<Td1Mrz> old = parse(cccdMrz(c));
    REQUIRE(old.ok());
    CHECK(old->dateOfBirth == QDate(1920, 5, 2));
}

TEST_CASE("run-together, spaced and lower-case input is accepted")
{
    const SyntheticCitizen c;
    const QStringList lines = cccdMrzLines(c);
    CHECK(parse(lines.join(QString())).ok());
    CHECK(parse(QStringLiteral("  ") + lines.join(QStringLiteral("  \r\n  ")) + QStringLiteral("\n\n")).ok());
    CHECK(parse(lines.join(QLatin1Char('\n')).toLower()).ok());
    CHECK(parse(lines.join(QString()).insert(45, QStringLiteral("\n"))).ok());
    CHECK(Td1Mrz::parse(lines.join(QLatin1Char('\n')).toLatin1(), testToday()).ok());
}

TEST_CASE("wrong lengths and characters are rejected")
{
    const SyntheticCitizen c;
    const QStringList lines = cccdMrzLines(c);
    CHECK(errorCode(lines.join(QString()).chopped(1)) == QStringLiteral("mrz.length.invalid"));
    CHECK(errorCode(QString()) == QStringLiteral("mrz.length.invalid"));
    CHECK(errorCode(lines.at(0) + QLatin1Char('\n') + lines.at(1).chopped(1) + QLatin1Char('\n') + lines.at(2) + QLatin1Char('<'))
          == QStringLiteral("mrz.line2.length"));
    CHECK(errorCode(replaced(lines, 3, 10, QLatin1Char('#'))) == QStringLiteral("mrz.character.invalid"));
}

TEST_CASE("every check digit is verified")
{
    const SyntheticCitizen c;
    const QStringList lines = cccdMrzLines(c);
    auto bump = [&](int line, int position1) {
        const QChar old = lines.at(line - 1).at(position1 - 1);
        return replaced(lines, line, position1, QChar(u'0' + (old.digitValue() + 1) % 10));
    };
    CHECK(errorCode(bump(1, 15)) == QStringLiteral("mrz.documentNumber.check"));
    CHECK(errorCode(bump(1, 8)) == QStringLiteral("mrz.documentNumber.check"));
    CHECK(errorCode(bump(2, 7)) == QStringLiteral("mrz.dateOfBirth.check"));
    CHECK(errorCode(bump(2, 3)) == QStringLiteral("mrz.dateOfBirth.check"));
    CHECK(errorCode(bump(2, 15)) == QStringLiteral("mrz.expiry.check"));
    CHECK(errorCode(bump(2, 30)) == QStringLiteral("mrz.composite.check"));
    CHECK(errorCode(bump(1, 30)) == QStringLiteral("mrz.composite.check"));
    // 'B' (11), not 'A': A is worth 10, which no check digit can see.
    CHECK(errorCode(replaced(lines, 2, 25, QLatin1Char('B'))) == QStringLiteral("mrz.composite.check"));
    // The ID's own check digit (line 1, position 30), with the composite made to agree so
    // that only the ID's check can catch it.
    CHECK(errorCode(withComposite(bump(1, 30).split(QLatin1Char('\n')))) == QStringLiteral("mrz.personalId.check"));
    CHECK(errorCode(withComposite(bump(1, 20).split(QLatin1Char('\n')))) == QStringLiteral("mrz.personalId.check"));
}

TEST_CASE("the specimen's check digits fail when changed")
{
    CHECK(errorCode(replaced(kSpecimen, 1, 15, QLatin1Char('8'))) == QStringLiteral("mrz.documentNumber.check"));
    CHECK(errorCode(replaced(kSpecimen, 2, 30, QLatin1Char('5'))) == QStringLiteral("mrz.composite.check"));
}

TEST_CASE("OCR-confusable letters in digit positions are reported with their places, not guessed")
{
    const SyntheticCitizen c;
    const QStringList lines = cccdMrzLines(c);
    const QString text = replaced(QStringList(replaced(lines, 2, 3, QLatin1Char('O')).split(QLatin1Char('\n'))), 1, 16,
                                  QLatin1Char('O'));
    const Result<Td1Mrz> r = parse(text);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == QStringLiteral("mrz.ocrConfusable"));
    CHECK(r.error().message.contains(QStringLiteral("line 2 position 3")));
    CHECK(r.error().message.contains(QStringLiteral("line 1 position 16")));
    for (const char letter : {'I', 'B', 'S', 'Z', 'G'})
        CHECK(errorCode(replaced(lines, 2, 10, QLatin1Char(letter))) == QStringLiteral("mrz.ocrConfusable"));
    CHECK(errorCode(replaced(lines, 2, 10, QLatin1Char('K'))) == QStringLiteral("mrz.expiry.invalid"));
    CHECK(errorCode(replaced(lines, 1, 30, QLatin1Char('S'))) == QStringLiteral("mrz.ocrConfusable"));
    CHECK(errorCode(replaced(lines, 1, 7, QLatin1Char('B'))) == QStringLiteral("mrz.ocrConfusable"));
}

TEST_CASE("impossible dates and sex values are rejected by field")
{
    SyntheticCitizen c;
    QStringList lines = cccdMrzLines(c);
    auto rebuild = [](QStringList l, int line, int start, const QString &field) {
        l[line].replace(start, field.size(), field);
        return withComposite(l);
    };
    CHECK(errorCode(rebuild(lines, 1, 0, withCheck(QStringLiteral("991314")))) == QStringLiteral("mrz.dateOfBirth.invalid"));
    CHECK(errorCode(rebuild(lines, 1, 8, withCheck(QStringLiteral("240230")))) == QStringLiteral("mrz.expiry.invalid"));
    CHECK(errorCode(rebuild(lines, 1, 7, QStringLiteral("Q"))) == QStringLiteral("mrz.sex.invalid"));
}

TEST_CASE("a filler-only expiry reads as no expiry")
{
    SyntheticCitizen c;
    QStringList lines = cccdMrzLines(c);
    lines[1].replace(8, 7, QStringLiteral("<<<<<<<"));
    const Result<Td1Mrz> r = parse(withComposite(lines));
    REQUIRE(r.ok());
    CHECK(r->expiry == ExpiryDate::never());
    const Result<IdentityDocument> doc = r->toDocument(testToday());
    REQUIRE(doc.ok());
    CHECK_FALSE(doc->person.has(PersonKey::idExpiryDate));
}

TEST_CASE("a document number longer than 9 continues in optional data 1")
{
    // Doc 9303 Part 5: position 15 is a filler, the rest of the number and its check digit
    // follow in optional data 1. Built here with a 12-character number.
    const QString number = QStringLiteral("D23145890123");
    const QString check = QString(QChar(u'0' + mrzCheckDigit(number)));
    QString l1 = QStringLiteral("I<UTO") + number.left(9) + QLatin1Char('<') + number.mid(9) + check;
    l1 = padded(l1, 30);
    QString l2 = QStringLiteral("7408122F1204159UTO<<<<<<<<<<<");
    const QString composite = l1.mid(5, 25) + l2.mid(0, 7) + l2.mid(8, 7) + l2.mid(18, 11);
    l2 += QChar(u'0' + mrzCheckDigit(composite));
    const Result<Td1Mrz> r = parse(l1 + QLatin1Char('\n') + l2 + QLatin1Char('\n') + kSpecimen.at(2));
    REQUIRE(r.ok());
    CHECK(r->documentNumber == number);
}
