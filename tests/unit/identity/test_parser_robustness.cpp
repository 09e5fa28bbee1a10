// Every identity parser takes arbitrary input and answers with a value or an error, never a
// crash; a value always carries a valid personal ID. Random and mutated inputs from a fixed
// seed (reproducible), bounded in time.
#include "IdentityTestData.h"
#include "TestSupport.h"
#include "identity/AccessKeys.h"
#include "identity/CardExpiry.h"
#include "identity/CccdQr.h"
#include "identity/PersonalId.h"
#include "identity/Td1Mrz.h"

#include <QElapsedTimer>
#include <catch2/catch.hpp>
#include <limits>
#include <random>

using namespace motcua;
using namespace motcua::test;

namespace {

// MOTCUA_FUZZ_SEED and MOTCUA_FUZZ_MS override these for a longer hunt.
constexpr std::uint32_t kSeed = 20250601;
constexpr qint64 kBudgetMs = 2000;
constexpr int kMinIterations = 2500; // about 9 inputs each: over 20,000 even on a slow build
constexpr int kMaxIterations = 60000;

qint64 envOr(const char *name, qint64 fallback)
{
    bool ok = false;
    const qint64 value = qEnvironmentVariable(name).toLongLong(&ok);
    return ok ? value : fallback;
}

class Mutator {
public:
    explicit Mutator(std::uint32_t seed) : m_rng(seed) {}

    int below(int n) { return std::uniform_int_distribution<int>(0, n - 1)(m_rng); }

    QChar randomChar()
    {
        // Mostly characters the parsers treat specially, sometimes anything in the BMP
        // (lone surrogates included).
        static const QString special = QStringLiteral("0123456789<|\r\n \tAOIBSZGMFđĐữỮ\u0301");
        if (below(4) != 0)
            return special.at(below(int(special.size())));
        return QChar(char16_t(below(0x10000)));
    }

    QString mutate(QString s)
    {
        const int edits = 1 + below(4);
        for (int i = 0; i < edits; ++i) {
            const int at = s.isEmpty() ? 0 : below(int(s.size()));
            switch (below(6)) {
            case 0: if (!s.isEmpty()) s[at] = randomChar(); break;
            case 1: s.insert(at, randomChar()); break;
            case 2: s.remove(at, 1 + below(8)); break;
            case 3: s.truncate(at); break;
            case 4: s.insert(at, s.mid(below(int(s.size()) + 1), below(12))); break;
            case 5: if (!s.isEmpty()) s[at] = QChar(u'0' + below(10)); break;
            }
        }
        return s;
    }

    QString randomText()
    {
        QString s;
        const int length = below(120);
        for (int i = 0; i < length; ++i)
            s.append(randomChar());
        return s;
    }

    QByteArray randomBytes()
    {
        QByteArray b;
        const int length = below(120);
        for (int i = 0; i < length; ++i)
            b.append(char(below(256)));
        return b;
    }

    QDate randomDate() { return below(10) == 0 ? QDate() : QDate(1850 + below(250), 1 + below(12), 1 + below(31)); }

private:
    std::mt19937 m_rng;
};

bool validId(const QString &id)
{
    return PersonalId::validate(id, testToday()).ok();
}

void checkError(const Error &e)
{
    REQUIRE_FALSE(e.code.isEmpty());
    REQUIRE_FALSE(e.message.isEmpty());
}

void feedQr(const Result<IdentityDocument> &r)
{
    if (r) {
        REQUIRE(validId(r->id12));
        REQUIRE(r->person.text(PersonKey::id12) == r->id12);
    } else {
        checkError(r.error());
    }
}

void feedMrz(const Result<Td1Mrz> &r)
{
    if (!r) {
        checkError(r.error());
        return;
    }
    REQUIRE((r->id12.isEmpty() || validId(r->id12)));
    REQUIRE(AccessKeys::mrzInformation(*r).size() >= 24);
    const Result<IdentityDocument> doc = r->toDocument(testToday());
    if (doc)
        REQUIRE(validId(doc->id12));
    else
        checkError(doc.error());
}

} // namespace

TEST_CASE("parsers survive random and mutated input")
{
    const auto seed = std::uint32_t(envOr("MOTCUA_FUZZ_SEED", kSeed));
    const qint64 budgetMs = envOr("MOTCUA_FUZZ_MS", kBudgetMs);
    Mutator m(seed);
    const SyntheticCitizen citizen;
    const QStringList qrSeeds{qrText(citizen), qrText(citizen, 6), qrText(citizen, 11)};
    const QStringList mrzSeeds{cccdMrz(citizen), cccdMrzLines(citizen).join(QString()),
                               QStringLiteral("I<UTOD231458907<<<<<<<<<<<<<<<\n7408122F1204159UTO<<<<<<<<<<<6\n"
                                              "ERIKSSON<<ANNA<MARIA<<<<<<<<<<")};
    int parsedQr = 0, parsedMrz = 0;
    int iterations = 0;
    QElapsedTimer clock;
    clock.start();
    const int maxIterations = budgetMs > kBudgetMs ? std::numeric_limits<int>::max() : kMaxIterations;
    while (iterations < kMinIterations || (iterations < maxIterations && clock.elapsed() < budgetMs)) {
        ++iterations;
        const QString qr = m.below(5) == 0 ? m.randomText() : m.mutate(qrSeeds.at(m.below(3)));
        const Result<IdentityDocument> qrResult = CccdQr::parse(qr, testToday());
        parsedQr += qrResult.ok();
        feedQr(qrResult);
        feedQr(CccdQr::parse(m.randomBytes(), testToday()));

        const QString mrz = m.below(5) == 0 ? m.randomText() : m.mutate(mrzSeeds.at(m.below(3)));
        const Result<Td1Mrz> mrzResult = Td1Mrz::parse(mrz, testToday());
        parsedMrz += mrzResult.ok();
        feedMrz(mrzResult);
        feedMrz(Td1Mrz::parse(m.randomBytes(), testToday()));

        const QString id = m.mutate(citizen.id12);
        if (PersonalId::validate(id, testToday()))
            REQUIRE(PersonalId::facts(id, testToday()).ok());
        (void)PersonalId::checkAgainst(id, m.randomDate(), m.randomText(), testToday());
        const Result<QString> can = AccessKeys::canFromId12(id);
        if (can)
            REQUIRE(can->size() == 6);
        const Result<QString> info = AccessKeys::mrzInformation(m.mutate(QStringLiteral("L898902C")), m.mutate(QStringLiteral("690806")),
                                                                m.mutate(QStringLiteral("940623")));
        if (info)
            REQUIRE(AccessKeys::keySeed(*info).size() == 16);
        for (const ExpiryCandidate &c : CardExpiry::candidates(m.randomDate(), m.randomDate()))
            REQUIRE(c.expiry.isKnown());
    }
    INFO("seed " << seed << ", " << iterations << " iterations, " << clock.elapsed() << " ms");
    // The mutations must reach past the first checks, or the test proves little.
    CHECK(parsedQr > 0);
    CHECK(parsedMrz > 0);
}
