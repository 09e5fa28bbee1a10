#pragma once
// A drawn face for simulated cards: a passport-style portrait (head, hair, eyes, mouth on a
// light background) whose colours and proportions follow a seed, so each citizen looks different
// and the same citizen looks the same every run. Draws on a QImage: no display needed.
#include <QImage>
#include <QSize>

namespace motcua::card {

QImage syntheticFace(quint64 seed, QSize size = QSize(240, 320));

} // namespace motcua::card
