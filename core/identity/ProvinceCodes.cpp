#include "identity/ProvinceCodes.h"

namespace motcua {

const QList<ProvinceCode> &provinceCodes()
{
    static const QList<ProvinceCode> codes{
        {QStringLiteral("001"), QStringLiteral("Hà Nội")},
        {QStringLiteral("002"), QStringLiteral("Hà Giang")},
        {QStringLiteral("004"), QStringLiteral("Cao Bằng")},
        {QStringLiteral("006"), QStringLiteral("Bắc Kạn")},
        {QStringLiteral("008"), QStringLiteral("Tuyên Quang")},
        {QStringLiteral("010"), QStringLiteral("Lào Cai")},
        {QStringLiteral("011"), QStringLiteral("Điện Biên")},
        {QStringLiteral("012"), QStringLiteral("Lai Châu")},
        {QStringLiteral("014"), QStringLiteral("Sơn La")},
        {QStringLiteral("015"), QStringLiteral("Yên Bái")},
        {QStringLiteral("017"), QStringLiteral("Hòa Bình")},
        {QStringLiteral("019"), QStringLiteral("Thái Nguyên")},
        {QStringLiteral("020"), QStringLiteral("Lạng Sơn")},
        {QStringLiteral("022"), QStringLiteral("Quảng Ninh")},
        {QStringLiteral("024"), QStringLiteral("Bắc Giang")},
        {QStringLiteral("025"), QStringLiteral("Phú Thọ")},
        {QStringLiteral("026"), QStringLiteral("Vĩnh Phúc")},
        {QStringLiteral("027"), QStringLiteral("Bắc Ninh")},
        {QStringLiteral("030"), QStringLiteral("Hải Dương")},
        {QStringLiteral("031"), QStringLiteral("Hải Phòng")},
        {QStringLiteral("033"), QStringLiteral("Hưng Yên")},
        {QStringLiteral("034"), QStringLiteral("Thái Bình")},
        {QStringLiteral("035"), QStringLiteral("Hà Nam")},
        {QStringLiteral("036"), QStringLiteral("Nam Định")},
        {QStringLiteral("037"), QStringLiteral("Ninh Bình")},
        {QStringLiteral("038"), QStringLiteral("Thanh Hóa")},
        {QStringLiteral("040"), QStringLiteral("Nghệ An")},
        {QStringLiteral("042"), QStringLiteral("Hà Tĩnh")},
        {QStringLiteral("044"), QStringLiteral("Quảng Bình")},
        {QStringLiteral("045"), QStringLiteral("Quảng Trị")},
        {QStringLiteral("046"), QStringLiteral("Thừa Thiên Huế")},
        {QStringLiteral("048"), QStringLiteral("Đà Nẵng")},
        {QStringLiteral("049"), QStringLiteral("Quảng Nam")},
        {QStringLiteral("051"), QStringLiteral("Quảng Ngãi")},
        {QStringLiteral("052"), QStringLiteral("Bình Định")},
        {QStringLiteral("054"), QStringLiteral("Phú Yên")},
        {QStringLiteral("056"), QStringLiteral("Khánh Hòa")},
        {QStringLiteral("058"), QStringLiteral("Ninh Thuận")},
        {QStringLiteral("060"), QStringLiteral("Bình Thuận")},
        {QStringLiteral("062"), QStringLiteral("Kon Tum")},
        {QStringLiteral("064"), QStringLiteral("Gia Lai")},
        {QStringLiteral("066"), QStringLiteral("Đắk Lắk")},
        {QStringLiteral("067"), QStringLiteral("Đắk Nông")},
        {QStringLiteral("068"), QStringLiteral("Lâm Đồng")},
        {QStringLiteral("070"), QStringLiteral("Bình Phước")},
        {QStringLiteral("072"), QStringLiteral("Tây Ninh")},
        {QStringLiteral("074"), QStringLiteral("Bình Dương")},
        {QStringLiteral("075"), QStringLiteral("Đồng Nai")},
        {QStringLiteral("077"), QStringLiteral("Bà Rịa - Vũng Tàu")},
        {QStringLiteral("079"), QStringLiteral("Hồ Chí Minh")},
        {QStringLiteral("080"), QStringLiteral("Long An")},
        {QStringLiteral("082"), QStringLiteral("Tiền Giang")},
        {QStringLiteral("083"), QStringLiteral("Bến Tre")},
        {QStringLiteral("084"), QStringLiteral("Trà Vinh")},
        {QStringLiteral("086"), QStringLiteral("Vĩnh Long")},
        {QStringLiteral("087"), QStringLiteral("Đồng Tháp")},
        {QStringLiteral("089"), QStringLiteral("An Giang")},
        {QStringLiteral("091"), QStringLiteral("Kiên Giang")},
        {QStringLiteral("092"), QStringLiteral("Cần Thơ")},
        {QStringLiteral("093"), QStringLiteral("Hậu Giang")},
        {QStringLiteral("094"), QStringLiteral("Sóc Trăng")},
        {QStringLiteral("095"), QStringLiteral("Bạc Liêu")},
        {QStringLiteral("096"), QStringLiteral("Cà Mau")},
    };
    return codes;
}

QString provinceName(const QString &code)
{
    for (const ProvinceCode &province : provinceCodes())
        if (province.code == code)
            return province.name;
    return {};
}

bool isProvinceCode(const QString &code)
{
    return !provinceName(code).isEmpty();
}

} // namespace motcua
