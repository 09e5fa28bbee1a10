// The fault plan alone: which connections get a fault, which one, and that a seed replays.
#include "FaultPlan.h"

#include <catch2/catch.hpp>

using namespace motcua::faultproxy;

namespace {

PlanSettings settings(double rate, const char *kinds, std::uint64_t seed = 7)
{
    PlanSettings plan;
    plan.seed = seed;
    plan.rate = rate;
    plan.kinds = *parseKinds(kinds);
    plan.maxOffset = 100000;
    return plan;
}

} // namespace

TEST_CASE("fault plan: the rate decides how many connections get a fault")
{
    int none = 0, all = 0, some = 0;
    for (std::uint64_t c = 1; c <= 1000; ++c) {
        none += planFault(settings(0.0, "drop,reset"), c).has_value();
        all += planFault(settings(1.0, "drop,reset"), c).has_value();
        some += planFault(settings(0.3, "drop,reset"), c).has_value();
    }
    CHECK(none == 0);
    CHECK(all == 1000);
    CHECK(some > 240);
    CHECK(some < 360);
    // No kind enabled: no fault whatever the rate.
    CHECK_FALSE(planFault(settings(1.0, ""), 1).has_value());
}

TEST_CASE("fault plan: only enabled kinds, offsets within the limit, both directions")
{
    int kinds[kFaultKindCount] = {};
    int serverToClient = 0;
    std::uint64_t largest = 0;
    for (std::uint64_t c = 1; c <= 2000; ++c) {
        const auto fault = planFault(settings(1.0, "reset,corrupt"), c);
        REQUIRE(fault);
        ++kinds[int(fault->kind)];
        serverToClient += fault->direction == Direction::ServerToClient;
        largest = std::max(largest, fault->offset);
        CHECK(fault->offset <= 100000);
        CHECK(fault->corruptMask != 0);
    }
    CHECK(kinds[int(FaultKind::Reset)] > 800);
    CHECK(kinds[int(FaultKind::Corrupt)] > 800);
    CHECK(kinds[int(FaultKind::Reset)] + kinds[int(FaultKind::Corrupt)] == 2000);
    CHECK(serverToClient > 350);
    CHECK(serverToClient < 650);
    CHECK(largest > 50000); // the log-uniform draw still reaches deep into a body
}

TEST_CASE("fault plan: same seed, same faults, another seed, other faults")
{
    int differ = 0;
    for (std::uint64_t c = 1; c <= 50; ++c) {
        const auto a = planFault(settings(0.5, "drop,reset,stall,delay,corrupt", 42), c);
        const auto b = planFault(settings(0.5, "drop,reset,stall,delay,corrupt", 42), c);
        const auto other = planFault(settings(0.5, "drop,reset,stall,delay,corrupt", 43), c);
        REQUIRE(a.has_value() == b.has_value());
        if (a) {
            CHECK(a->kind == b->kind);
            CHECK(a->offset == b->offset);
            CHECK(a->direction == b->direction);
        }
        differ += a.has_value() != other.has_value() || (a && (a->offset != other->offset));
    }
    CHECK(differ > 10);
}

TEST_CASE("fault plan: changing the rate keeps the fault a faulted connection gets")
{
    for (std::uint64_t c = 1; c <= 200; ++c) {
        const auto low = planFault(settings(0.2, "drop,stall,corrupt"), c);
        const auto high = planFault(settings(1.0, "drop,stall,corrupt"), c);
        REQUIRE(high);
        if (low) {
            CHECK(low->kind == high->kind);
            CHECK(low->offset == high->offset);
        }
    }
}

TEST_CASE("fault plan: kind lists")
{
    CHECK(parseKinds("drop,corrupt")->size() == 2);
    CHECK(parseKinds("")->empty());
    CHECK_FALSE(parseKinds("drop,explode").has_value());
}
