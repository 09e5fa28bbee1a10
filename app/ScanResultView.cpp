#include "ScanResultView.h"

#include <QDateTime>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace motcua::app {

namespace {

constexpr int maxEntries = 20;
constexpr int maxTextShown = 600; // a long text code is shown cut; it is never the clerk's input

const QColor problemColour(190, 20, 20);
const QColor warningColour(170, 95, 0);

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString displayDate(const QString &isoDate)
{
    const QDate date = QDate::fromString(isoDate, Qt::ISODate);
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : isoDate;
}

QLabel *richLabel(const QString &html, QWidget *parent)
{
    auto *label = new QLabel(html, parent);
    label->setTextFormat(Qt::RichText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

// One result: a title line (what, from where, when) and a body.
QFrame *entryFrame(const QString &title, const QString &origin, QWidget *parent)
{
    auto *frame = new QFrame(parent);
    frame->setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(8, 6, 8, 6);
    const QString when = QTime::currentTime().toString(QStringLiteral("HH:mm:ss"));
    QString header = QStringLiteral("<b>%1</b>").arg(escaped(title));
    if (!origin.isEmpty())
        header += QStringLiteral(" · ") + escaped(origin);
    header += QStringLiteral(" · ") + when;
    layout->addWidget(richLabel(header, frame));
    return frame;
}

} // namespace

ScanResultView::ScanResultView(QWidget *parent) : QScrollArea(parent)
{
    setWidgetResizable(true);
    m_list = new QWidget(this);
    m_layout = new QVBoxLayout(m_list);
    m_layout->setContentsMargins(4, 4, 4, 4);
    m_layout->addStretch(1);
    setWidget(m_list);
}

void ScanResultView::addCode(const qr::ClassifiedCode &code, const QString &origin)
{
    QFrame *entry = nullptr;
    auto body = [&](const QString &html) { entry->layout()->addWidget(richLabel(html, entry)); };
    switch (code.kind) {
    case qr::CodeKind::CccdIdentity:
        entry = entryFrame(tr("CCCD card"), origin, m_list);
        body(identityHtml(*code.identity));
        break;
    case qr::CodeKind::TornCccd:
        entry = entryFrame(tr("CCCD card, QR code incomplete"), origin, m_list);
        body(QStringLiteral("<span style=\"color:%1\">%2</span>")
                 .arg(problemColour.name(), escaped(code.problem ? code.problem->message : QString())));
        break;
    case qr::CodeKind::Receipt: {
        entry = entryFrame(tr("Receipt"), origin, m_list);
        body(tr("Dossier code: %1").arg(QStringLiteral("<b>%1</b>").arg(escaped(code.dossierCode))));
        auto *find = new QPushButton(tr("Find this dossier"), entry);
        const QString dossierCode = code.dossierCode;
        connect(find, &QPushButton::clicked, this, [this, dossierCode] { emit dossierLookupRequested(dossierCode); });
        auto *row = new QHBoxLayout;
        row->addWidget(find);
        row->addStretch(1);
        static_cast<QVBoxLayout *>(entry->layout())->addLayout(row);
        break;
    }
    case qr::CodeKind::Text: {
        entry = entryFrame(tr("Text"), origin, m_list);
        QString text = code.text;
        if (text.size() > maxTextShown)
            text = text.left(maxTextShown) + QStringLiteral("…");
        body(escaped(text).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
        break;
    }
    }
    addEntry(entry);
}

void ScanResultView::addNotice(const QString &message, bool isProblem)
{
    auto *label = richLabel(QStringLiteral("<span style=\"color:%1\">%2</span>")
                                .arg(isProblem ? problemColour.name() : palette().color(QPalette::WindowText).name(),
                                     escaped(message)),
                            m_list);
    label->setContentsMargins(8, 4, 8, 4);
    addEntry(label);
}

QString ScanResultView::identityHtml(const IdentityDocument &identity) const
{
    const Person &person = identity.person;
    QString rows;
    auto row = [&](const QString &label, const QString &value) {
        if (!value.isEmpty())
            rows += QStringLiteral("<tr><td>%1&nbsp;</td><td><b>%2</b></td></tr>").arg(escaped(label), escaped(value));
    };
    row(tr("Personal ID"), person.text(PersonKey::id12));
    row(tr("Full name"), person.text(PersonKey::fullName));
    row(tr("Date of birth"), displayDate(person.text(PersonKey::dateOfBirth)));
    const QString sex = person.text(PersonKey::sex);
    row(tr("Sex"), sex == QLatin1String("male") ? tr("Male") : sex == QLatin1String("female") ? tr("Female") : sex);
    row(tr("Permanent residence"), person.text(PersonKey::permanentResidence));
    row(tr("Card issued on"), displayDate(person.text(PersonKey::idIssueDate)));
    row(tr("Old ID number (CMND)"), person.text(PersonKey::oldIdNumber));
    QString html = QStringLiteral("<table>") + rows + QStringLiteral("</table>");
    html += QStringLiteral("<i>") + escaped(tr("Source: the QR code on the card")) + QStringLiteral("</i>");
    for (const QString &warning : identity.warnings)
        html += QStringLiteral("<br><span style=\"color:%1\">%2</span>").arg(warningColour.name(), escaped(warning));
    return html;
}

void ScanResultView::addEntry(QWidget *entry)
{
    m_layout->insertWidget(0, entry);
    // The stretch is the last item; drop the oldest entries above it.
    while (m_layout->count() - 1 > maxEntries) {
        QLayoutItem *oldest = m_layout->takeAt(m_layout->count() - 2);
        delete oldest->widget();
        delete oldest;
    }
}

void ScanResultView::clear()
{
    while (m_layout->count() > 1) {
        QLayoutItem *item = m_layout->takeAt(0);
        delete item->widget();
        delete item;
    }
}

int ScanResultView::count() const
{
    return m_layout->count() - 1;
}

} // namespace motcua::app
