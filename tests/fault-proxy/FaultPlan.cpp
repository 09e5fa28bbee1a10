#include "FaultPlan.h"

#include <cmath>
#include <sstream>

namespace motcua::faultproxy {

namespace {

// splitmix64: tiny, well mixed, and the same on every platform and standard library (the
// std:: distributions are not specified bit for bit, which would break replaying a seed).
struct SplitMix
{
    std::uint64_t state;
    std::uint64_t next()
    {
        std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    double unit() { return double(next() >> 11) * (1.0 / 9007199254740992.0); } // [0, 1)
};

} // namespace

const char *kindName(FaultKind kind)
{
    switch (kind) {
    case FaultKind::Drop: return "drop";
    case FaultKind::Reset: return "reset";
    case FaultKind::Stall: return "stall";
    case FaultKind::Delay: return "delay";
    case FaultKind::Corrupt: return "corrupt";
    }
    return "?";
}

const char *directionName(Direction direction)
{
    return direction == Direction::ClientToServer ? "c2s" : "s2c";
}

std::optional<std::vector<FaultKind>> parseKinds(const std::string &list)
{
    std::vector<FaultKind> kinds;
    std::istringstream in(list);
    std::string name;
    while (std::getline(in, name, ',')) {
        if (name.empty())
            continue;
        bool known = false;
        for (int i = 0; i < kFaultKindCount; ++i) {
            if (name == kindName(FaultKind(i))) {
                kinds.push_back(FaultKind(i));
                known = true;
            }
        }
        if (!known)
            return std::nullopt;
    }
    return kinds;
}

std::optional<Fault> planFault(const PlanSettings &settings, std::uint64_t connection)
{
    SplitMix rng{settings.seed * 0x100000001B3ull ^ (connection * 0xD6E8FEB86659FD93ull)};
    const double chance = rng.unit();
    const std::uint64_t kindDraw = rng.next();
    const double directionDraw = rng.unit();
    const double offsetDraw = rng.unit();
    const std::uint64_t maskDraw = rng.next();
    const std::uint64_t endDraw = rng.next();

    if (settings.kinds.empty() || chance >= settings.rate)
        return std::nullopt;
    Fault fault;
    fault.kind = settings.kinds[kindDraw % settings.kinds.size()];
    // Request bodies go client to server: most faults land there; a quarter hit the responses.
    fault.direction = directionDraw < 0.75 ? Direction::ClientToServer : Direction::ServerToClient;
    // Log-uniform over [0, maxOffset]: as many faults in the first kilobytes (TLS handshake,
    // headers) as deep in a large body, instead of nearly all of them past the first 10%.
    const double span = std::log1p(double(settings.maxOffset));
    fault.offset = std::min<std::uint64_t>(settings.maxOffset, std::uint64_t(std::expm1(offsetDraw * span)));
    fault.corruptMask = std::uint8_t(1 + maskDraw % 255);
    switch (settings.stallEnd) {
    case PlanSettings::StallEnd::Random: fault.stallThenClose = (endDraw & 1) != 0; break;
    case PlanSettings::StallEnd::Continue: fault.stallThenClose = false; break;
    case PlanSettings::StallEnd::Close: fault.stallThenClose = true; break;
    }
    return fault;
}

} // namespace motcua::faultproxy
