#include "TestSupport.h"
#include "vpcd/SimCommandLine.h"
#include "vpcd/VpcdProtocol.h"

#include <catch2/catch.hpp>

#include <random>

using namespace motcua::sim;

TEST_CASE("vpcd messages are a big-endian length and the payload")
{
    CHECK(*encodeVpcdMessage(QByteArray::fromHex("04")) == QByteArray::fromHex("000104"));
    CHECK(*encodeVpcdMessage(QByteArray(300, 'a')) == QByteArray::fromHex("012c") + QByteArray(300, 'a'));
    CHECK(*encodeVpcdMessage({}) == QByteArray::fromHex("0000"));
    CHECK(encodeVpcdMessage(QByteArray(65535, 'b')).has_value());
    CHECK_FALSE(encodeVpcdMessage(QByteArray(65536, 'b')).has_value());
}

TEST_CASE("one-byte payloads are control messages, longer ones APDUs")
{
    CHECK(vpcdControl(QByteArray(1, '\0')) == VpcdControl::PowerOff);
    CHECK(vpcdControl(QByteArray(1, '\1')) == VpcdControl::PowerOn);
    CHECK(vpcdControl(QByteArray(1, '\2')) == VpcdControl::Reset);
    CHECK(vpcdControl(QByteArray(1, '\4')) == VpcdControl::GetAtr);
    CHECK_FALSE(vpcdControl(QByteArray(1, '\3')).has_value());
    CHECK_FALSE(vpcdControl(QByteArray::fromHex("00a4")).has_value());
}

TEST_CASE("the reader splits a stream into messages whatever the segmentation")
{
    // vpcd writes the length and the APDU separately; TCP may also merge messages.
    QList<QByteArray> payloads;
    std::mt19937 random(7);
    for (int i = 0; i < 50; ++i) {
        QByteArray payload(int(random() % 400) + 1, '\0');
        for (auto &byte : payload)
            byte = char(random());
        payloads.append(payload);
    }
    QByteArray stream;
    for (const QByteArray &payload : payloads)
        stream.append(*encodeVpcdMessage(payload));

    VpcdMessageReader reader;
    QList<QByteArray> decoded;
    for (qsizetype pos = 0; pos < stream.size();) {
        const qsizetype chunk = std::min<qsizetype>(qsizetype(random() % 700) + 1, stream.size() - pos);
        reader.feed(stream.mid(pos, chunk));
        pos += chunk;
        while (auto payload = reader.next())
            decoded.append(*payload);
    }
    CHECK(decoded == payloads);
    CHECK(reader.pendingBytes() == 0);

    VpcdMessageReader partial;
    partial.feed(QByteArray::fromHex("00"));
    CHECK_FALSE(partial.next().has_value());
    partial.feed(QByteArray::fromHex("0300a4"));
    CHECK_FALSE(partial.next().has_value());
    partial.feed(QByteArray::fromHex("04"));
    CHECK(partial.next() == QByteArray::fromHex("00a404"));
}

TEST_CASE("the simulator's arguments set the transport and the fault switches")
{
    auto parsed = parseSimServeArguments({QStringLiteral("--port"), QStringLiteral("35964"), QStringLiteral("--remove-after"),
                                          QStringLiteral("3"), QStringLiteral("--tamper"), QStringLiteral("dg13"),
                                          QStringLiteral("--latency"), QStringLiteral("5"), QStringLiteral("--no-pace"),
                                          QStringLiteral("--population-index"), QStringLiteral("42")});
    REQUIRE(parsed.ok());
    CHECK(parsed->vpcd.port == 35964);
    CHECK(parsed->vpcd.removeAfterApdus == 3);
    CHECK(parsed->faults.removeAfterApdus == 3);
    CHECK(parsed->vpcd.latencyMs == 5);
    CHECK(parsed->faults.tamperedFiles == QSet<quint16>{Fid::dg13});
    CHECK(parsed->faults.paceNotOffered);
    CHECK_FALSE(parsed->faults.badResponseMac);
    CHECK(parsed->populationIndex == 42);

    CHECK_FALSE(parseSimServeArguments({QStringLiteral("--tamper"), QStringLiteral("DG99")}).ok());
    CHECK_FALSE(parseSimServeArguments({QStringLiteral("--port")}).ok());
    CHECK_FALSE(parseSimServeArguments({QStringLiteral("--port"), QStringLiteral("0")}).ok());
    CHECK_FALSE(parseSimServeArguments({QStringLiteral("--frobnicate")}).ok());
}

TEST_CASE("the simulator's image switches: a JPEG 2000 face and printing the keys")
{
    auto parsed = parseSimServeArguments({QStringLiteral("--jpeg2000"), QStringLiteral("--print-keys")});
    REQUIRE(parsed.ok());
    CHECK(parsed->jpeg2000Face);
    CHECK(parsed->printKeys);
    auto plain = parseSimServeArguments({});
    REQUIRE(plain.ok());
    CHECK_FALSE(plain->jpeg2000Face);
    CHECK_FALSE(plain->printKeys);
}
