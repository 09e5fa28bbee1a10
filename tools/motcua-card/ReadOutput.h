#pragma once
// What `motcua-card read` prints: the clerk's text (labels through tr(), Vietnamese by default)
// or the JSON that scripts and the integration tests read.
#include "session/EmrtdReader.h"

#include <QJsonObject>
#include <QTextStream>

namespace motcua::cardtool {

QJsonObject readResultJson(const card::CardReadResult &result);
void printReadResult(const card::CardReadResult &result, QTextStream &out);

} // namespace motcua::cardtool
