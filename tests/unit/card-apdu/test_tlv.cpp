#include "TestSupport.h"
#include "apdu/Tlv.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>

#include <random>

using motcua::card::Tlv;

namespace {
QByteArray hex(const char *text) { return QByteArray::fromHex(text); }
}

TEST_CASE("TLV parses one- and two-byte tags, short and long lengths, nested values")
{
    // 5F1F (two-byte tag) inside 61 (constructed), as in DG1.
    const QByteArray mrz(90, 'I');
    const QByteArray dg1 = Tlv::encode(0x61, Tlv::encode(0x5f1f, mrz));
    CHECK(dg1.left(4) == hex("615d5f1f"));
    CHECK(dg1.mid(4, 1) == hex("5a"));
    auto parsed = Tlv::parse(dg1);
    REQUIRE(parsed.ok());
    CHECK(parsed->tag() == 0x61);
    CHECK(parsed->isConstructed());
    auto children = parsed->children();
    REQUIRE(children.ok());
    REQUIRE(children->size() == 1);
    CHECK(children->at(0).tag() == 0x5f1f);
    CHECK(children->at(0).value() == mrz);
    CHECK(parsed->findRecursive(0x5f1f)->value() == mrz);
    CHECK_FALSE(parsed->findRecursive(0x5f20).has_value());

    // Long lengths: 81 and 82 forms.
    CHECK(Tlv::encodeLength(0x7f) == hex("7f"));
    CHECK(Tlv::encodeLength(0x80) == hex("8180"));
    CHECK(Tlv::encodeLength(0x1234) == hex("821234"));
    CHECK(Tlv::encodeLength(0x123456) == hex("83123456"));
    const QByteArray big(3000, 'x');
    auto longForm = Tlv::parse(Tlv::encode(0x7f61, big));
    REQUIRE(longForm.ok());
    CHECK(longForm->tag() == 0x7f61);
    CHECK(longForm->value() == big);
    // Three-byte tag.
    auto three = Tlv::parse(hex("5f8f0102abcd"));
    REQUIRE(three.ok());
    CHECK(three->tag() == 0x5f8f01);
    CHECK(Tlv::encode(0x5f8f01, hex("abcd")) == hex("5f8f0102abcd"));
}

TEST_CASE("TLV finds by tag in a list and reads a header before the value has arrived")
{
    auto list = Tlv::parseAll(hex("870901aabbccddeeff0011990290008e080102030405060708"));
    REQUIRE(list.ok());
    REQUIRE(list->size() == 3);
    CHECK(Tlv::find(*list, 0x99)->value() == hex("9000"));
    CHECK_FALSE(Tlv::find(*list, 0x97).has_value());

    // The first bytes of a file announce its length (header only: the value is not there yet).
    const QByteArray firstBytes = hex("6d8204d230");
    CHECK_FALSE(Tlv::readHeader(firstBytes).ok());
    auto header = Tlv::readHeader(firstBytes, 0, true);
    REQUIRE(header.ok());
    CHECK(header->tag == 0x6d);
    CHECK(header->headerLength == 4);
    CHECK(header->valueLength == 0x4d2);
}

TEST_CASE("TLV refuses malformed input with an error")
{
    const char *bad[] = {
        "",             // nothing
        "61",           // no length
        "6105aabb",     // value overruns
        "5f",           // truncated two-byte tag
        "5f8f8f8f0100", // tag too long
        "6180",         // indefinite length
        "618501000000", // five length bytes
        "6182ff",       // truncated length
        "0001aa",       // 00 is not a tag
        "6101aa00",     // trailing byte after one object
        "6184ffffffff", // absurd length
    };
    for (const char *text : bad) {
        INFO(text);
        CHECK_FALSE(Tlv::parse(hex(text)).ok());
    }
    CHECK_FALSE(Tlv::parseAll(hex("9901")).ok());
    auto err = Tlv::parse(hex("6105aabb"));
    CHECK(err.error().code == QStringLiteral("emrtd.tlv.malformed"));
}

TEST_CASE("TLV parser fuzz: random and mutated input never crashes or over-reads")
{
    std::mt19937 rng(20240611);
    const QByteArray seed = Tlv::encode(0x6d, Tlv::encode(0x30, Tlv::encode(0x02, hex("01")) + Tlv::encode(0x31,
        Tlv::encode(0x30, Tlv::encode(0x02, hex("02")) + Tlv::encode(0x0c, QByteArray(200, 'a'))))));
    QElapsedTimer timer;
    timer.start();
    int parsedOk = 0;
    int iterations = 0;
    while (timer.elapsed() < 1000) {
        QByteArray input;
        if (iterations % 2 == 0) {
            input = seed;
            const int flips = 1 + int(rng() % 4);
            for (int i = 0; i < flips; ++i)
                input[int(rng() % input.size())] = char(rng());
            if (rng() % 2)
                input.truncate(int(rng() % (input.size() + 1)));
        } else {
            input.resize(int(rng() % 64));
            for (auto &c : input)
                c = char(rng());
        }
        // A copy with exactly the input's size: ASan or a bounds bug would show past its end.
        const QByteArray exact(input.constData(), input.size());
        if (auto tlv = Tlv::parse(exact); tlv.ok()) {
            ++parsedOk;
            CHECK(tlv->encode().size() <= exact.size());
            (void)tlv->findRecursive(0x0c);
        }
        (void)Tlv::parseAll(exact);
        ++iterations;
    }
    CHECK(iterations > 1000);
    CHECK(parsedOk > 0); // unmutated prefixes parse: the fuzz reaches the deep paths
}
