#pragma once
// Stored dossiers as a table: code, received, procedure, citizen, status, appointment date.
#include "procedures/Catalog.h"
#include "storage/DossierStore.h"

#include <QAbstractTableModel>

namespace motcua::app {

class DossierTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Code, Received, ProcedureName, Holder, StatusColumn, Due, ColumnCount };

    DossierTableModel(const Catalog *catalog, QString language, QObject *parent = nullptr);

    void setDossiers(QList<DossierSummary> dossiers);
    const QList<DossierSummary> &dossiers() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QString procedureName(const QString &id) const;

    const Catalog *m_catalog;
    QString m_language;
    QList<DossierSummary> m_rows;
};

} // namespace motcua::app
