#pragma once
// What a scanner set to the US keyboard layout types on a computer set to another layout.
// A keyboard-wedge scanner sends key positions, not characters: the computer's layout decides
// what each position types. Each character a layout types comes from exactly one position and
// Shift state, so once the layout is known the US character is certain (dead keys excepted:
// they merge with the next key, so they map to nothing). The tables follow xkeyboard-config's
// "fr" (AZERTY) and "de" (QWERTZ) layouts on the main block.
#include <QChar>
#include <QList>
#include <QString>

namespace motcua::scanners {

enum class HostLayout { FrenchAzerty, GermanQwertz };

QList<HostLayout> knownHostLayouts();

// The US character typed at the key and Shift state where `layout` typed `typed`; a null QChar
// when no position of that layout types it (a dead key, a Vietnamese letter, a control character).
// Space maps to itself.
QChar usCharacterFor(HostLayout layout, QChar typed);

// What the US-layout text `usText` comes out as on `layout`. Characters without a US key, and
// those a dead key would swallow, come out as U+FFFD. Used to build test fixtures and to
// recognise mangled beginnings.
QString typedThrough(HostLayout layout, const QString &usText);

} // namespace motcua::scanners
