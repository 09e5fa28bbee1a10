#pragma once
// The fault a connection gets, drawn from the seed and the connection's number alone, so that a
// run with the same seed and the same order of connections injects the same faults (a failing
// sync test can be replayed). Plain C++: the proxy has no Qt in it.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace motcua::faultproxy {

enum class FaultKind { Drop, Reset, Stall, Delay, Corrupt };
inline constexpr int kFaultKindCount = 5;

enum class Direction { ClientToServer, ServerToClient };

const char *kindName(FaultKind kind);
const char *directionName(Direction direction);
// "drop,reset" -> kinds; nullopt on an unknown name. The order is kept (it is part of the draw).
std::optional<std::vector<FaultKind>> parseKinds(const std::string &list);

struct Fault
{
    FaultKind kind = FaultKind::Drop;
    Direction direction = Direction::ClientToServer;
    std::uint64_t offset = 0;     // bytes of that direction's stream forwarded before the fault
    std::uint8_t corruptMask = 1; // corrupt: the byte at offset is XORed with this (never 0)
    bool stallThenClose = false;  // stall: close the connection when the stall ends
};

struct PlanSettings
{
    std::uint64_t seed = 1;
    double rate = 0.0;
    std::vector<FaultKind> kinds;
    std::uint64_t maxOffset = 256 * 1024;
    enum class StallEnd { Random, Continue, Close } stallEnd = StallEnd::Random;
};

// The fault of connection number `connection` (1, 2, ...), or none. The same number of random
// draws is made whatever the rate, so changing the rate at run time changes only WHETHER later
// connections are faulted, not which fault a faulted one gets.
std::optional<Fault> planFault(const PlanSettings &settings, std::uint64_t connection);

} // namespace motcua::faultproxy
