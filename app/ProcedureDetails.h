#pragma once
// What a clerk needs to know about a procedure before taking a dossier: who decides, how long
// it takes, what it costs, who the parties are and which documents to ask for.
#include "procedures/ProcedureTypes.h"

#include <QTextBrowser>

namespace motcua::app {

class ProcedureDetails : public QTextBrowser {
    Q_OBJECT
public:
    explicit ProcedureDetails(QString language, QWidget *parent = nullptr);

    void showProcedure(const Procedure *procedure);

    // The HTML shown for a procedure (every citizen-facing text escaped).
    QString html(const Procedure &procedure) const;

private:
    QString m_language;
};

} // namespace motcua::app
