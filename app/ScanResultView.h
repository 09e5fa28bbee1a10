#pragma once
// The scan panel's results, newest first: each code as the clerk needs it — a CCCD's identity
// fields (source: the card's QR), a torn CCCD's problem in red, a receipt's dossier code with a
// button to find the dossier, anything else as plain text — and short notices such as "no code
// found in this file". Only the last few stay: the list is a work surface, not a history.
#include "qr/CodeClassifier.h"

#include <QScrollArea>

class QVBoxLayout;

namespace motcua::app {

class ScanResultView : public QScrollArea {
    Q_OBJECT
public:
    explicit ScanResultView(QWidget *parent = nullptr);

    // `origin` says where the code came from ("Camera", a file name and page, "Handheld scanner").
    void addCode(const qr::ClassifiedCode &code, const QString &origin);
    void addNotice(const QString &message, bool isProblem);
    void clear();
    int count() const;

signals:
    void dossierLookupRequested(const QString &dossierCode);

private:
    void addEntry(QWidget *entry);
    QString identityHtml(const IdentityDocument &identity) const;

    QWidget *m_list = nullptr;
    QVBoxLayout *m_layout = nullptr;
};

} // namespace motcua::app
