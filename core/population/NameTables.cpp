#include "population/NameTables.h"

namespace motcua::population {

namespace {
// Given names: rank r gets weight 1/(r+1), a Zipf curve: a few names are very common.
std::vector<Weighted> zipf(std::initializer_list<const char *> names)
{
    std::vector<Weighted> out;
    double rank = 1;
    for (const char *name : names)
        out.push_back({name, 1.0 / rank++});
    return out;
}
} // namespace

const std::vector<Weighted> &familyNames()
{
    static const std::vector<Weighted> table = {
        {"Nguyễn", 38.4}, {"Trần", 11.0}, {"Lê", 9.5}, {"Phạm", 7.1}, {"Hoàng", 4.1}, {"Huỳnh", 1.9},
        {"Phan", 4.5}, {"Vũ", 2.6}, {"Võ", 1.3}, {"Đặng", 2.1}, {"Bùi", 2.0}, {"Đỗ", 1.4}, {"Hồ", 1.3},
        {"Ngô", 1.3}, {"Dương", 1.0}, {"Lý", 0.5}, {"Đinh", 0.6}, {"Trương", 0.6}, {"Lâm", 0.4},
        {"Mai", 0.4}, {"Cao", 0.4}, {"Đào", 0.4}, {"Tạ", 0.3}, {"Hà", 0.4}, {"Lương", 0.3}, {"Tô", 0.2},
        {"Quách", 0.1}, {"Châu", 0.2}, {"Thái", 0.2}, {"Kiều", 0.1}, {"La", 0.1}, {"Trịnh", 0.5},
        {"Lưu", 0.3}, {"Triệu", 0.2}, {"Phùng", 0.2}, {"Tăng", 0.1}, {"Đoàn", 0.4}, {"Thạch", 0.1}};
    return table;
}

const std::vector<Weighted> &maleMiddleNames()
{
    static const std::vector<Weighted> table = {{"Văn", 40}, {"Đức", 8}, {"Minh", 8}, {"Quốc", 6},
        {"Hữu", 6}, {"Công", 5}, {"Thanh", 5}, {"Xuân", 4}, {"Quang", 4}, {"Gia", 3}, {"Hoàng", 3},
        {"Ngọc", 3}, {"Anh", 3}, {"Tuấn", 2}, {"Trọng", 2}, {"Thế", 2}};
    return table;
}

const std::vector<Weighted> &femaleMiddleNames()
{
    static const std::vector<Weighted> table = {{"Thị", 45}, {"Ngọc", 8}, {"Thu", 6}, {"Thanh", 5},
        {"Minh", 4}, {"Phương", 4}, {"Bảo", 3}, {"Khánh", 3}, {"Mai", 3}, {"Hồng", 4}, {"Thùy", 3},
        {"Kim", 4}, {"Diệu", 2}, {"Hoài", 2}, {"Tuyết", 2}};
    return table;
}

const std::vector<Weighted> &maleGivenNames()
{
    static const std::vector<Weighted> table = zipf({"Anh", "Minh", "Hùng", "Dũng", "Tuấn", "Nam",
        "Hải", "Long", "Huy", "Đức", "Thành", "Phúc", "Bảo", "Hoàng", "Quân", "Sơn", "Trung", "Cường",
        "Khoa", "Đạt", "Việt", "Thắng", "Tùng", "Hiếu", "Kiên", "Toàn", "Vinh", "Nghĩa", "Phong", "Bình",
        "Tài", "Thịnh", "Khang", "Duy", "An", "Lộc", "Tâm", "Hưng", "Quý", "Lâm"});
    return table;
}

const std::vector<Weighted> &femaleGivenNames()
{
    static const std::vector<Weighted> table = zipf({"Linh", "Anh", "Hương", "Trang", "Ngọc", "Lan",
        "Hà", "Thảo", "Mai", "Hoa", "Huyền", "Nhung", "Phương", "Thủy", "Yến", "Hằng", "Dung", "Vân",
        "My", "Chi", "Nga", "Quỳnh", "Hạnh", "Hiền", "Giang", "Loan", "Oanh", "Uyên", "Vy", "Trâm",
        "Tuyết", "Ngân", "Liên", "Thu", "An", "Diễm", "Nhi", "Thư", "Hân", "Châu"});
    return table;
}

const std::vector<Weighted> &ethnicities()
{
    // 2019 census shares (percent), rounded; the tail is folded into the listed groups.
    static const std::vector<Weighted> table = {{"Kinh", 85.3}, {"Tày", 1.9}, {"Thái", 1.9},
        {"Mường", 1.5}, {"Khmer", 1.4}, {"Mông", 1.5}, {"Nùng", 1.1}, {"Hoa", 0.8}, {"Dao", 0.9},
        {"Gia Rai", 0.5}, {"Ê Đê", 0.4}, {"Ba Na", 0.3}, {"Chăm", 0.2}, {"Ra Glai", 0.2}};
    return table;
}

const std::vector<Weighted> &religions()
{
    static const std::vector<Weighted> table = {{"Không", 86.3}, {"Công giáo", 6.1}, {"Phật giáo", 4.8},
        {"Tin lành", 1.0}, {"Cao Đài", 0.6}, {"Phật giáo Hòa Hảo", 1.0}, {"Hồi giáo", 0.1}};
    return table;
}

const std::vector<Weighted> &streets()
{
    static const std::vector<Weighted> table = zipf({"Lê Lợi", "Trần Hưng Đạo", "Nguyễn Trãi",
        "Hai Bà Trưng", "Lý Thường Kiệt", "Quang Trung", "Phan Chu Trinh", "Điện Biên Phủ", "Hùng Vương",
        "Nguyễn Huệ", "Lê Duẩn", "Võ Thị Sáu", "Thống Nhất", "Yersin", "Ngô Gia Tự", "21 Tháng 8"});
    return table;
}

const std::vector<Weighted> &communes()
{
    static const std::vector<Weighted> table = {{"Phường Phan Rang, Tỉnh Khánh Hòa", 6},
        {"Phường Đô Vinh, Tỉnh Khánh Hòa", 3}, {"Phường Bảo An, Tỉnh Khánh Hòa", 3},
        {"Xã Ninh Phước, Tỉnh Khánh Hòa", 2}, {"Xã Phước Hữu, Tỉnh Khánh Hòa", 2},
        {"Phường Nha Trang, Tỉnh Khánh Hòa", 5}, {"Xã Cam Lâm, Tỉnh Khánh Hòa", 2},
        {"Phường Hoàn Kiếm, Thành phố Hà Nội", 2}, {"Phường Sài Gòn, Thành phố Hồ Chí Minh", 2},
        {"Xã Thuận Nam, Tỉnh Khánh Hòa", 1}};
    return table;
}

} // namespace motcua::population
