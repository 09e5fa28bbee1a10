#pragma once
// Builds what a simulated CCCD holds (CardImage.h) from a citizen and a test PKI: every file
// (EF.CardAccess, COM, DG1, DG2, DG13, DG14, DG15, SOD), fresh Chip and Active Authentication
// keys, the MRZ information and the CAN.
#include "CardImage.h"
#include "CitizenJson.h"
#include "TestPki.h"
#include "common/Result.h"
#include "lds/LdsWriter.h"

namespace motcua::sim {

struct CardImageOptions {
    bool jpeg2000Face = false;                         // JPEG otherwise
    card::Dg13Nesting parents = card::Dg13Nesting::Flat;
    QString chipKeyCurve = QStringLiteral("brainpoolP256r1"); // CA and AA keys, as the card's PACE domain
};

class CardImageBuilder {
public:
    static Result<CardImage> build(const Citizen &citizen, const TestPki &pki, const CardImageOptions &options = {});
};

} // namespace motcua::sim
