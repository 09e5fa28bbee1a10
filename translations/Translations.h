#pragma once
// Installs the user-interface language: Vietnamese by default, English on request.
#include <QString>

namespace motcua {

// The language to use: the MOTCUA_LANG environment variable ("vi" or "en"), else "vi".
QString preferredLanguage();

// Loads ":/i18n/motcua_<lang>.qm" (and Qt's own catalog when present) into the running
// application. Returns false if the catalog is missing; the program then speaks English.
bool installTranslations(const QString &language);

} // namespace motcua
