#pragma once
// The tables a synthetic Vietnamese population is drawn from, with approximate real shares.
#include <vector>

namespace motcua::population {

struct Weighted {
    const char *text; // UTF-8
    double weight;
};

const std::vector<Weighted> &familyNames();     // Nguyễn ~38%, Trần, Lê, Phạm...
const std::vector<Weighted> &maleMiddleNames(); // Văn, Đức, Minh...
const std::vector<Weighted> &femaleMiddleNames();
const std::vector<Weighted> &maleGivenNames();  // weights fall off like a Zipf curve
const std::vector<Weighted> &femaleGivenNames();
const std::vector<Weighted> &ethnicities();     // Kinh ~85%, then the larger minorities
const std::vector<Weighted> &religions();       // "Không" for most
const std::vector<Weighted> &streets();
const std::vector<Weighted> &communes();        // "Phường X, Tỉnh Y": two-level addresses (since 2025)

} // namespace motcua::population
