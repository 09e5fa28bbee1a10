#include "ProcedureDetails.h"

#include <QLocale>

namespace motcua::app {

namespace {
QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}
} // namespace

ProcedureDetails::ProcedureDetails(QString language, QWidget *parent)
    : QTextBrowser(parent), m_language(std::move(language))
{
    setOpenLinks(false);
    setPlaceholderText(tr("Choose a procedure to see what it needs."));
}

void ProcedureDetails::showProcedure(const Procedure *procedure)
{
    if (procedure)
        setHtml(html(*procedure));
    else
        clear();
}

QString ProcedureDetails::html(const Procedure &p) const
{
    const auto t = [this](const LocalizedText &text) { return escaped(text.text(m_language)); };
    QString out;
    out += QStringLiteral("<h3>%1. %2</h3>").arg(p.number).arg(t(p.name));
    out += QStringLiteral("<p>") + tr("Decided by: %1").arg(t(p.agency.name)) + QStringLiteral("<br>");
    out += tr("Processing time: %n working day(s)", nullptr, p.processingDays);
    if (!p.processingNote.isEmpty())
        out += QStringLiteral(" (") + t(p.processingNote) + QLatin1Char(')');
    out += QStringLiteral("<br>") + tr("Online service level: %1").arg(p.level) + QStringLiteral("<br>");
    out += p.fee.amountVnd == 0 ? tr("Fee: free")
                                : tr("Fee: %1 VND").arg(QLocale().toString(p.fee.amountVnd));
    if (!p.fee.note.isEmpty())
        out += QStringLiteral(" — ") + t(p.fee.note);
    out += QStringLiteral("</p>");

    out += QStringLiteral("<h4>") + tr("Parties") + QStringLiteral("</h4><ul>");
    for (const auto &party : p.parties)
        out += QStringLiteral("<li>%1%2</li>").arg(t(party.name), party.required ? QString() : tr(" (if any)"));
    out += QStringLiteral("</ul>");

    out += QStringLiteral("<h4>") + tr("Documents") + QStringLiteral("</h4><ul>");
    for (const auto &doc : p.documents) {
        QStringList marks;
        if (doc.originalSeen)
            marks << tr("see the original");
        if (doc.reusable)
            marks << tr("an earlier digitised copy may be reused");
        if (!doc.required)
            marks << tr("when applicable");
        out += QStringLiteral("<li>%1%2</li>")
                   .arg(t(doc.name), marks.isEmpty() ? QString() : QStringLiteral(" <i>(") + marks.join(QStringLiteral("; ")) + QStringLiteral(")</i>"));
    }
    out += QStringLiteral("</ul>");

    if (p.isInterlinked()) {
        out += QStringLiteral("<h4>") + tr("Interlinked steps") + QStringLiteral("</h4><ol>");
        for (const auto &step : p.steps)
            out += QStringLiteral("<li>%1 — %2</li>")
                       .arg(t(step.agency.name), tr("%n working day(s)", nullptr, step.processingDays));
        out += QStringLiteral("</ol>");
    }
    if (!p.legalBasis.isEmpty()) {
        out += QStringLiteral("<h4>") + tr("Legal basis") + QStringLiteral("</h4><p>");
        QStringList items;
        for (const auto &law : p.legalBasis)
            items << escaped(law);
        out += items.join(QStringLiteral("<br>")) + QStringLiteral("</p>");
    }
    return out;
}

} // namespace motcua::app
