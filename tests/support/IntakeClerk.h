#pragma once
// A clerk at the intake dialog, for the tests that drive it (unit-app-intake, integration-app-sync):
// procedure 24 of the built-in catalog (new low-voltage electricity supply: three fields to type,
// one document), a scanned CCCD QR, the keys and clicks of the clerk's part.
#include "IntakeDialog.h"

#include "identity/CccdQr.h"
#include "procedures/CatalogLoader.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

#include <catch2/catch.hpp>

#include <stdexcept>

namespace motcua::test {

inline Procedure electricitySupplyProcedure()
{
    const Catalog catalog = CatalogLoader::loadBuiltIn();
    const Procedure *procedure = catalog.byNumber(24);
    if (!procedure)
        throw std::runtime_error("procedure 24 missing");
    return *procedure;
}

inline IdentityDocument scannedCard()
{
    const auto read = CccdQr::parse(QStringLiteral("001088012345|123456789|Nguyễn Văn An|17051988|Nam|"
                                                   "12 Lê Lợi, Phan Rang|01072021"));
    if (!read)
        throw std::runtime_error(read.error().toString().toStdString());
    return *read;
}

inline QPushButton *saveButton(app::IntakeDialog &dialog)
{
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    return buttons ? buttons->button(QDialogButtonBox::Save) : nullptr;
}

// The clerk's part of procedure 24, typed and picked with the keyboard and mouse.
inline void typeElectricitySupplyFields(app::IntakeDialog &dialog)
{
    auto *phone = dialog.findChild<QLineEdit *>(QStringLiteral("holder.phone"));
    auto *address = dialog.findChild<QLineEdit *>(QStringLiteral("supply.address"));
    auto *purpose = dialog.findChild<QComboBox *>(QStringLiteral("supply.purpose"));
    REQUIRE(phone);
    REQUIRE(address);
    REQUIRE(purpose);
    QTest::keyClicks(phone, QStringLiteral("0912 345 678"));
    QTest::keyClicks(address, QStringLiteral("Thon 3, xa Phuoc Dinh"));
    purpose->setCurrentIndex(purpose->findData(QStringLiteral("business")));
}

} // namespace motcua::test
