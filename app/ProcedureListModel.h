#pragma once
// The catalog's procedures as a list: "9. Đăng ký khai sinh", in the interface language.
#include "procedures/Catalog.h"

#include <QAbstractListModel>

namespace motcua::app {

class ProcedureListModel : public QAbstractListModel {
    Q_OBJECT
public:
    ProcedureListModel(Catalog catalog, QString language, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

    const Procedure *procedureAt(const QModelIndex &index) const;
    const Catalog &catalog() const { return m_catalog; }

private:
    Catalog m_catalog;
    QString m_language;
};

} // namespace motcua::app
