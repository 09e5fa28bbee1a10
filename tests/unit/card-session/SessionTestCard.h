#pragma once
// A real simulated CCCD for the session tests: a synthetic citizen, a test PKI made at run time
// and the card image built from them (generated once per run: key generation is the slow part).
#include "applet/Applet.h"
#include "applet/AppletTransport.h"
#include "image/CardImageBuilder.h"
#include "lds/TrustStore.h"
#include "population/SyntheticPopulation.h"
#include "session/EmrtdReader.h"

#include <catch2/catch.hpp>

namespace motcua::test {

struct SessionCard {
    sim::Citizen citizen;
    sim::TestPki pki;
    sim::CardImage image;
    card::TrustStore trust; // trusts pki's CSCA
};

inline SessionCard makeSessionCard(const sim::TestPkiOptions &pkiOptions = {}, qint64 citizenIndex = 7)
{
    SessionCard card;
    card.citizen = sim::Citizen::fromPopulation(population::SyntheticPopulation(), citizenIndex);
    auto pki = sim::TestPki::generate(pkiOptions);
    REQUIRE(pki.ok());
    card.pki = *pki;
    auto image = sim::CardImageBuilder::build(card.citizen, card.pki);
    REQUIRE(image.ok());
    card.image = *image;
    REQUIRE(card.trust.addCertificates(card.pki.cscaCertificate).ok());
    return card;
}

// The usual card, built once.
inline const SessionCard &sharedCard()
{
    static const SessionCard card = makeSessionCard();
    return card;
}

inline card::AccessKey canKey(const sim::CardImage &image)
{
    auto key = card::AccessKey::fromCan(image.can);
    REQUIRE(key.ok());
    return *key;
}

inline card::AccessKey mrzKey(const sim::CardImage &image)
{
    auto key = card::AccessKey::fromMrzInformation(image.mrzInformation);
    REQUIRE(key.ok());
    return *key;
}

// A chip with its faults, and a reader talking to it in-process.
struct ChipUnderTest {
    ChipUnderTest(const sim::CardImage &image, const card::TrustStore &trust, sim::SimFaults faults = {})
        : applet(image, std::move(faults)), transport(applet), reader(transport, trust)
    {
    }
    Result<card::CardReadResult> read(const card::AccessKey &key, card::EmrtdReader::Options options = {},
                                      card::EmrtdReader::Progress progress = {}, card::EmrtdReader::FormReady formReady = {})
    {
        return reader.read(key, options, std::move(progress), std::move(formReady));
    }
    sim::Applet applet;
    sim::AppletTransport transport;
    card::EmrtdReader reader;
};

inline bool reasonsMention(const QList<Error> &reasons, const QString &text)
{
    for (const Error &reason : reasons)
        if (reason.message.contains(text) || reason.code.contains(text))
            return true;
    return false;
}

} // namespace motcua::test
