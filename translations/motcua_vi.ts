<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AccessKey</name>
    <message>
        <source>The card access number must be 6 digits.</source>
        <translation>Số CAN (số truy cập thẻ) phải gồm 6 chữ số.</translation>
    </message>
    <message>
        <source>The MRZ key must be the document number, the date of birth and the expiry date, each with its check digit (24 characters).</source>
        <translation>Khóa MRZ phải gồm số giấy tờ, ngày sinh và ngày hết hạn, mỗi phần kèm chữ số kiểm tra (tổng cộng 24 ký tự).</translation>
    </message>
    <message>
        <source>A check digit of the MRZ key does not match: please check the document number and the dates.</source>
        <translation>Một chữ số kiểm tra trong khóa MRZ không khớp: hãy kiểm tra lại số giấy tờ và các ngày tháng.</translation>
    </message>
</context>
<context>
    <name>AccessKeys</name>
    <message>
        <source>The document number may hold only letters A–Z and digits</source>
        <translation>Số giấy tờ chỉ được gồm chữ cái A–Z và chữ số</translation>
    </message>
    <message>
        <source>The date of birth must be 6 digits, YYMMDD</source>
        <translation>Ngày sinh phải gồm 6 chữ số theo dạng YYMMDD (năm, tháng, ngày)</translation>
    </message>
    <message>
        <source>The expiry date must be 6 digits, YYMMDD</source>
        <translation>Ngày hết hạn phải gồm 6 chữ số theo dạng YYMMDD (năm, tháng, ngày)</translation>
    </message>
    <message>
        <source>The date of birth is not a valid date</source>
        <translation>Ngày sinh không hợp lệ</translation>
    </message>
    <message>
        <source>The expiry date is not known</source>
        <translation>Chưa có ngày hết hạn của thẻ</translation>
    </message>
</context>
<context>
    <name>AppletTransport</name>
    <message>
        <source>The card was taken out. Put it back and try again.</source>
        <translation>Thẻ đã bị rút ra. Hãy đặt lại thẻ rồi thử lại.</translation>
    </message>
</context>
<context>
    <name>BlobStore</name>
    <message>
        <source>The document file changed while it was being saved. Please try again.</source>
        <translation>Tệp giấy tờ đã bị thay đổi trong lúc đang lưu. Vui lòng thử lại.</translation>
    </message>
    <message>
        <source>The document could not be saved. Check that the disk is not full.</source>
        <translation>Không lưu được giấy tờ. Hãy kiểm tra xem ổ đĩa có bị đầy không.</translation>
    </message>
    <message>
        <source>The stored document is damaged.</source>
        <translation>Giấy tờ đã lưu bị hỏng.</translation>
    </message>
    <message>
        <source>The document file could not be read.</source>
        <translation>Không đọc được tệp giấy tờ.</translation>
    </message>
    <message>
        <source>The stored document was not found.</source>
        <translation>Không tìm thấy giấy tờ đã lưu.</translation>
    </message>
    <message>
        <source>The document could not be read.</source>
        <translation>Không đọc được tài liệu.</translation>
    </message>
    <message>
        <source>The document&apos;s content does not match its name.</source>
        <translation>Nội dung giấy tờ không khớp với tên của nó.</translation>
    </message>
</context>
<context>
    <name>CalendarCommand</name>
    <message>
        <source>warning: </source>
        <translation>cảnh báo: </translation>
    </message>
    <message>
        <source>The year must be a number from 1900 to 2100.</source>
        <translation>Năm phải là một số từ 1900 đến 2100.</translation>
    </message>
    <message>
        <source>warning: approximate holidays, not verified against the law text: </source>
        <translation>cảnh báo: ngày nghỉ lễ tính gần đúng, chưa được đối chiếu với văn bản pháp luật: </translation>
    </message>
    <message>
        <source>--from must be a date and time like 2025-04-29T16:30.</source>
        <translation>--from phải là ngày và giờ, ví dụ 2025-04-29T16:30.</translation>
    </message>
    <message>
        <source>--days must be a whole number of working days, 0 or more.</source>
        <translation>--days phải là số nguyên ngày làm việc, từ 0 trở lên.</translation>
    </message>
</context>
<context>
    <name>CalendarOverride</name>
    <message>
        <source>The holiday announcement file %1 cannot be used: %2</source>
        <translation>Không dùng được tệp thông báo nghỉ lễ %1: %2</translation>
    </message>
    <message>
        <source>an entry has no valid &quot;date&quot; (YYYY-MM-DD)</source>
        <translation>có một mục thiếu &quot;date&quot; (ngày) hợp lệ theo dạng YYYY-MM-DD</translation>
    </message>
    <message>
        <source>the date %1 is not in the year %2</source>
        <translation>ngày %1 không thuộc năm %2</translation>
    </message>
    <message>
        <source>the entry for %1 needs a name in Vietnamese and English (&quot;vi&quot;, &quot;en&quot;)</source>
        <translation>mục của ngày %1 cần có tên bằng tiếng Việt và tiếng Anh (&quot;vi&quot;, &quot;en&quot;)</translation>
    </message>
    <message>
        <source>it is not valid JSON (%1 at offset %2)</source>
        <translation>tệp không đúng định dạng JSON (%1 tại vị trí %2)</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>nội dung tệp không phải là một đối tượng JSON</translation>
    </message>
    <message>
        <source>&quot;year&quot; must be a year from 1900 to 2100</source>
        <translation>&quot;year&quot; (năm) phải là một năm từ 1900 đến 2100</translation>
    </message>
    <message>
        <source>a file for the year %1 must be named %2</source>
        <translation>tệp cho năm %1 phải có tên là %2</translation>
    </message>
    <message>
        <source>&quot;source&quot; (the announcement) is missing</source>
        <translation>thiếu &quot;source&quot; (văn bản thông báo)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list</source>
        <translation>&quot;%1&quot; phải là một danh sách</translation>
    </message>
    <message>
        <source>%1 is listed more than once</source>
        <translation>ngày %1 được liệt kê nhiều lần</translation>
    </message>
    <message>
        <source>The holiday announcement file %1 cannot be read.</source>
        <translation>Không đọc được tệp thông báo nghỉ lễ %1.</translation>
    </message>
</context>
<context>
    <name>CatalogLoader</name>
    <message>
        <source>The catalog folder does not exist</source>
        <translation>Thư mục danh mục thủ tục không tồn tại</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Không đọc được tệp: %1</translation>
    </message>
    <message>
        <source>The procedure id &quot;%1&quot; is already used by %2</source>
        <translation>Mã thủ tục &quot;%1&quot; đã được dùng trong %2</translation>
    </message>
    <message>
        <source>The procedure number %1 is already used by %2</source>
        <translation>Số hiệu thủ tục %1 đã được dùng trong %2</translation>
    </message>
</context>
<context>
    <name>CccdQr</name>
    <message>
        <source>personal ID number</source>
        <translation>số định danh cá nhân</translation>
    </message>
    <message>
        <source>old ID number</source>
        <translation>số CMND cũ</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>họ và tên</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>ngày sinh</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>giới tính</translation>
    </message>
    <message>
        <source>permanent address</source>
        <translation>nơi thường trú</translation>
    </message>
    <message>
        <source>issue date</source>
        <translation>ngày cấp</translation>
    </message>
    <message>
        <source>The QR code does not start with a valid personal ID number: %1</source>
        <translation>Mã QR không bắt đầu bằng một số định danh cá nhân hợp lệ: %1</translation>
    </message>
    <message>
        <source>The QR code was read only in part; missing: %1. Scan it again.</source>
        <translation>Mã QR mới đọc được một phần, còn thiếu: %1. Hãy quét lại.</translation>
    </message>
    <message>
        <source>The QR code has %1 fields, which is not a known CCCD layout</source>
        <translation>Mã QR có %1 trường thông tin, không đúng định dạng nào đã biết của thẻ căn cước công dân</translation>
    </message>
    <message>
        <source>The old ID number in the QR code must have 9 or 12 digits</source>
        <translation>Số CMND cũ trong mã QR phải có 9 hoặc 12 chữ số</translation>
    </message>
    <message>
        <source>The full name in the QR code is empty</source>
        <translation>Mã QR không có họ và tên</translation>
    </message>
    <message>
        <source>The date of birth in the QR code is not a valid date</source>
        <translation>Ngày sinh trong mã QR không hợp lệ</translation>
    </message>
    <message>
        <source>The date of birth in the QR code is in the future</source>
        <translation>Ngày sinh trong mã QR là một ngày trong tương lai</translation>
    </message>
    <message>
        <source>The sex in the QR code is neither Nam nor Nữ</source>
        <translation>Giới tính trong mã QR không phải là &quot;Nam&quot; hoặc &quot;Nữ&quot;</translation>
    </message>
    <message>
        <source>The issue date in the QR code is not a valid date</source>
        <translation>Ngày cấp trong mã QR không hợp lệ</translation>
    </message>
    <message>
        <source>The issue date in the QR code is before the date of birth or in the future</source>
        <translation>Ngày cấp trong mã QR trước ngày sinh hoặc là một ngày trong tương lai</translation>
    </message>
    <message>
        <source>The QR code holds no issue date</source>
        <translation>Mã QR không có ngày cấp</translation>
    </message>
</context>
<context>
    <name>CertificateIssuer</name>
    <message>
        <source>A test certificate or key could not be made.</source>
        <translation>Không tạo được chứng thư số hoặc khóa dùng để thử nghiệm.</translation>
    </message>
</context>
<context>
    <name>ChipAccess</name>
    <message>
        <source>This card needs the MRZ (the three lines on the back) to be opened: the card access number is not enough.</source>
        <translation>Thẻ này cần thông tin vùng MRZ (ba dòng ở mặt sau thẻ) để mở khóa truy cập: chỉ có số CAN là không đủ.</translation>
    </message>
</context>
<context>
    <name>Citizen</name>
    <message>
        <source>The citizen file for the simulated card is not valid.</source>
        <translation>Tệp dữ liệu công dân dùng cho thẻ mô phỏng không hợp lệ.</translation>
    </message>
</context>
<context>
    <name>DataKey</name>
    <message>
        <source>The workstation&apos;s data key could not be read. Ask the administrator to restore it.</source>
        <translation>Không đọc được khóa dữ liệu của máy trạm. Hãy đề nghị quản trị viên khôi phục khóa.</translation>
    </message>
    <message>
        <source>The workstation&apos;s data key file is damaged. Ask the administrator to restore it.</source>
        <translation>Tệp khóa dữ liệu của máy trạm bị hỏng. Hãy đề nghị quản trị viên khôi phục khóa.</translation>
    </message>
    <message>
        <source>The workstation&apos;s data key could not be created. Check that the data folder is writable.</source>
        <translation>Không tạo được khóa dữ liệu của máy trạm. Hãy kiểm tra quyền ghi vào thư mục dữ liệu.</translation>
    </message>
</context>
<context>
    <name>DemoSeed</name>
    <message>
        <source>This workstation already holds dossiers: demo data is only seeded into an empty one.</source>
        <translation>Máy trạm này đã có hồ sơ: dữ liệu mẫu chỉ được tạo trên máy trạm chưa có hồ sơ nào.</translation>
    </message>
    <message>
        <source>No procedure could be loaded.</source>
        <translation>Không tải được thủ tục hành chính nào.</translation>
    </message>
</context>
<context>
    <name>Dg13</name>
    <message>
        <source>date of birth</source>
        <translation>ngày sinh</translation>
    </message>
    <message>
        <source>issue date</source>
        <translation>ngày cấp</translation>
    </message>
    <message>
        <source>The chip&apos;s %1 is not a date this workstation can read.</source>
        <translation>Trường %1 trong chip không phải là ngày tháng mà máy trạm này đọc được.</translation>
    </message>
    <message>
        <source>The chip&apos;s sex field holds neither Nam nor Nữ.</source>
        <translation>Trường giới tính trong chip không phải là &quot;Nam&quot; hoặc &quot;Nữ&quot;.</translation>
    </message>
    <message>
        <source>The chip&apos;s expiry date is neither a date nor &quot;no expiry&quot;.</source>
        <translation>Ngày hết hạn trong chip không phải là ngày tháng, cũng không phải &quot;Không thời hạn&quot;.</translation>
    </message>
</context>
<context>
    <name>DocumentDecoder</name>
    <message>
        <source>The file &quot;%1&quot; does not exist.</source>
        <translation>Tệp &quot;%1&quot; không tồn tại.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder, not a picture or a PDF.</source>
        <translation>&quot;%1&quot; là một thư mục, không phải ảnh hay tệp PDF.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be opened: this computer&apos;s account may not read it.</source>
        <translation>Không mở được tệp &quot;%1&quot;: tài khoản trên máy này không có quyền đọc tệp.</translation>
    </message>
    <message>
        <source>The PDF &quot;%1&quot; is protected by a password. Save or scan it again without a password.</source>
        <translation>Tệp PDF &quot;%1&quot; được bảo vệ bằng mật khẩu. Hãy lưu hoặc quét lại tài liệu mà không đặt mật khẩu.</translation>
    </message>
    <message>
        <source>The PDF &quot;%1&quot; is damaged and cannot be read. Scan the document again.</source>
        <translation>Tệp PDF &quot;%1&quot; bị hỏng, không đọc được. Hãy quét lại tài liệu.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is not a picture or a PDF that this program can read.</source>
        <translation>Tệp &quot;%1&quot; không phải ảnh hay tệp PDF mà chương trình đọc được.</translation>
    </message>
    <message>
        <source>The picture &quot;%1&quot; is damaged and cannot be read. Take or scan it again.</source>
        <translation>Ảnh &quot;%1&quot; bị hỏng, không đọc được. Hãy chụp hoặc quét lại.</translation>
    </message>
</context>
<context>
    <name>Dossier</name>
    <message>
        <source>A dossier that is &quot;%1&quot; cannot become &quot;%2&quot;.</source>
        <translation>Hồ sơ đang ở trạng thái &quot;%1&quot; không thể chuyển sang &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Enter the reason for rejecting the dossier.</source>
        <translation>Hãy nhập lý do từ chối hồ sơ.</translation>
    </message>
    <message>
        <source>The time of the status change is missing.</source>
        <translation>Thiếu thời điểm chuyển trạng thái hồ sơ.</translation>
    </message>
</context>
<context>
    <name>DossierCodePattern</name>
    <message>
        <source>The dossier code pattern has a &quot;}&quot; without a matching &quot;{&quot;.</source>
        <translation>Mẫu mã hồ sơ có dấu &quot;}&quot; mà không có dấu &quot;{&quot; tương ứng.</translation>
    </message>
    <message>
        <source>The dossier code pattern has a &quot;{&quot; that is not closed.</source>
        <translation>Mẫu mã hồ sơ có dấu &quot;{&quot; chưa được đóng.</translation>
    </message>
    <message>
        <source>The dossier code pattern uses an unknown field {%1}.</source>
        <translation>Mẫu mã hồ sơ dùng trường không xác định {%1}.</translation>
    </message>
    <message>
        <source>The dossier code pattern must contain a sequence number, such as {seq:04}.</source>
        <translation>Mẫu mã hồ sơ phải có số thứ tự, ví dụ {seq:04}.</translation>
    </message>
    <message>
        <source>The dossier code pattern may contain only one sequence number.</source>
        <translation>Mẫu mã hồ sơ chỉ được có một số thứ tự.</translation>
    </message>
</context>
<context>
    <name>DossierJson</name>
    <message>
        <source>The dossier data is damaged and cannot be read.</source>
        <translation>Dữ liệu hồ sơ bị hỏng, không đọc được.</translation>
    </message>
    <message>
        <source>The dossier was written by a newer version of MotCua Counter. Update this workstation to open it.</source>
        <translation>Hồ sơ này được lưu bằng phiên bản MotCua Counter mới hơn. Hãy cập nhật phần mềm trên máy trạm này để mở hồ sơ.</translation>
    </message>
</context>
<context>
    <name>DossierStatus</name>
    <message>
        <source>Received</source>
        <translation>Đã tiếp nhận</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Đang giải quyết</translation>
    </message>
    <message>
        <source>Result ready</source>
        <translation>Đã có kết quả</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Đã trả kết quả</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Đã từ chối</translation>
    </message>
</context>
<context>
    <name>DossierStore</name>
    <message>
        <source>[damaged data]</source>
        <translation>[dữ liệu bị hỏng]</translation>
    </message>
    <message>
        <source>The data key is missing: the dossier database cannot be opened.</source>
        <translation>Thiếu khóa dữ liệu: không mở được cơ sở dữ liệu hồ sơ.</translation>
    </message>
    <message>
        <source>The dossier database is damaged or is not a MotCua Counter database. It was left unchanged; call the administrator.</source>
        <translation>Cơ sở dữ liệu hồ sơ bị hỏng hoặc không phải của MotCua Counter. Tệp được giữ nguyên; hãy liên hệ quản trị viên.</translation>
    </message>
    <message>
        <source>The dossier cannot be saved: its procedure or its received time is missing.</source>
        <translation>Không lưu được hồ sơ: thiếu thủ tục hoặc thời điểm tiếp nhận.</translation>
    </message>
    <message>
        <source>The dossier %1 was changed meanwhile. Open it again and repeat the change.</source>
        <translation>Hồ sơ %1 vừa được thay đổi ở nơi khác. Hãy mở lại hồ sơ và thực hiện lại thay đổi.</translation>
    </message>
    <message>
        <source>The code of a saved dossier cannot change.</source>
        <translation>Không được thay đổi mã của hồ sơ đã lưu.</translation>
    </message>
    <message>
        <source>No free dossier code was found. Check the code pattern.</source>
        <translation>Không còn mã hồ sơ nào chưa dùng. Hãy kiểm tra mẫu mã hồ sơ.</translation>
    </message>
    <message>
        <source>The dossier&apos;s data is damaged or was altered and cannot be shown. Run the database check.</source>
        <translation>Dữ liệu của hồ sơ bị hỏng hoặc đã bị sửa đổi nên không hiển thị được. Hãy chạy kiểm tra cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>The sync queue entry no longer exists.</source>
        <translation>Mục này không còn trong hàng đợi đồng bộ.</translation>
    </message>
    <message>
        <source>The database check found %1 problem(s). Call the administrator.</source>
        <translation>Kiểm tra cơ sở dữ liệu phát hiện %1 lỗi. Hãy liên hệ quản trị viên.</translation>
    </message>
    <message>
        <source>The dossier was not found on this workstation.</source>
        <translation>Không tìm thấy hồ sơ trên máy trạm này.</translation>
    </message>
</context>
<context>
    <name>Emrtd</name>
    <message>
        <source>The card&apos;s data could not be read. Take the card out and try again.</source>
        <translation>Không đọc được dữ liệu trên thẻ. Hãy rút thẻ ra rồi thử lại.</translation>
    </message>
    <message>
        <source>The card&apos;s answer could not be verified. Take the card out and try again.</source>
        <translation>Không kiểm tra được phản hồi của thẻ. Hãy rút thẻ ra rồi thử lại.</translation>
    </message>
    <message>
        <source>The card refused the access key: check the ID number or the MRZ.</source>
        <translation>Thẻ không chấp nhận khóa truy cập: hãy kiểm tra lại số định danh cá nhân hoặc vùng MRZ.</translation>
    </message>
    <message>
        <source>The card did not answer as an ID card should. Take the card out and try again.</source>
        <translation>Thẻ không phản hồi đúng như một thẻ căn cước. Hãy rút thẻ ra rồi thử lại.</translation>
    </message>
    <message>
        <source>The card does not offer PACE.</source>
        <translation>Thẻ không hỗ trợ phương thức truy cập PACE.</translation>
    </message>
    <message>
        <source>The card could not be read because of an internal error.</source>
        <translation>Không đọc được thẻ do lỗi nội bộ của phần mềm.</translation>
    </message>
    <message>
        <source>The card does not allow this file to be read.</source>
        <translation>Thẻ không cho phép đọc tệp này.</translation>
    </message>
    <message>
        <source>The card does not hold this file.</source>
        <translation>Thẻ không có tệp này.</translation>
    </message>
    <message>
        <source>The chip could not prove it is genuine (chip authentication failed).</source>
        <translation>Chip không chứng minh được là chip thật (xác thực chip không thành công).</translation>
    </message>
    <message>
        <source>The chip could not prove it is genuine (active authentication failed).</source>
        <translation>Chip không chứng minh được là chip thật (xác thực chủ động không thành công).</translation>
    </message>
</context>
<context>
    <name>EmrtdReader</name>
    <message>
        <source>The chip&apos;s %1 could not be read: %2</source>
        <translation>Không đọc được tệp %1 trong chip: %2</translation>
    </message>
    <message>
        <source>Reading the card was cancelled.</source>
        <translation>Đã hủy việc đọc thẻ.</translation>
    </message>
    <message>
        <source>The chip holds no security object, so its data cannot be proven.</source>
        <translation>Chip không có đối tượng bảo mật (EF.SOD) nên không chứng minh được dữ liệu là xác thực.</translation>
    </message>
</context>
<context>
    <name>Enrollment</name>
    <message>
        <source>The workstation could not make its key.</source>
        <translation>Máy trạm không tạo được khoá.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate does not match the one expected. Nothing was saved; check the server address and the fingerprint with the administrator.</source>
        <translation>Chứng thư của máy chủ không khớp với chứng thư mong đợi. Chưa lưu gì; hãy cùng quản trị viên kiểm tra địa chỉ máy chủ và dấu vân tay.</translation>
    </message>
    <message>
        <source>Give the server&apos;s CA fingerprint (--ca-fingerprint), or accept it on first use (--trust-on-first-use).</source>
        <translation>Hãy cho biết dấu vân tay CA của máy chủ (--ca-fingerprint), hoặc chấp nhận ở lần kết nối đầu (--trust-on-first-use).</translation>
    </message>
    <message>
        <source>The central server could not be reached. Check the address and the network.</source>
        <translation>Không kết nối được máy chủ trung tâm. Hãy kiểm tra địa chỉ và mạng.</translation>
    </message>
</context>
<context>
    <name>FaceImageCodec</name>
    <message>
        <source>The face image could not be encoded.</source>
        <translation>Không mã hóa được ảnh chân dung.</translation>
    </message>
</context>
<context>
    <name>FieldCipher</name>
    <message>
        <source>The stored data is damaged or was protected with another key.</source>
        <translation>Dữ liệu đã lưu bị hỏng hoặc được mã hóa bằng một khóa khác.</translation>
    </message>
    <message>
        <source>The stored data was written by another version of the program and cannot be read.</source>
        <translation>Dữ liệu đã lưu được ghi bằng một phiên bản khác của chương trình nên không đọc được.</translation>
    </message>
</context>
<context>
    <name>FilledForm</name>
    <message>
        <source>This field was not filled from population data: change it directly.</source>
        <translation>Trường này không lấy từ dữ liệu dân cư: hãy sửa trực tiếp.</translation>
    </message>
    <message>
        <source>Give a reason for changing a value that comes from population data.</source>
        <translation>Hãy nêu lý do sửa thông tin lấy từ dữ liệu dân cư.</translation>
    </message>
</context>
<context>
    <name>FormValidator</name>
    <message>
        <source>This value comes from population data: record a reason to change it</source>
        <translation>Thông tin này lấy từ dữ liệu dân cư: muốn sửa phải ghi lý do</translation>
    </message>
    <message>
        <source>This field is required</source>
        <translation>Trường này bắt buộc phải nhập</translation>
    </message>
    <message numerus="yes">
        <source>At most %n characters</source>
        <translation>
            <numerusform>Tối đa %n ký tự</numerusform>
        </translation>
    </message>
    <message>
        <source>This value does not have the expected form</source>
        <translation>Giá trị không đúng định dạng</translation>
    </message>
    <message>
        <source>Answer yes or no</source>
        <translation>Hãy chọn Có hoặc Không</translation>
    </message>
    <message>
        <source>Choose one of the listed options</source>
        <translation>Hãy chọn một trong các phương án đã liệt kê</translation>
    </message>
    <message>
        <source>A 12-digit personal ID has 12 digits</source>
        <translation>Số định danh cá nhân phải có đủ 12 chữ số</translation>
    </message>
    <message>
        <source>An old ID card (CMND) number has 9 digits</source>
        <translation>Số chứng minh nhân dân (CMND) cũ có 9 chữ số</translation>
    </message>
    <message>
        <source>A phone number has 10 digits starting with 0, or +84 and 9 digits</source>
        <translation>Số điện thoại gồm 10 chữ số bắt đầu bằng 0, hoặc +84 và 9 chữ số</translation>
    </message>
    <message>
        <source>This is not a valid e-mail address</source>
        <translation>Địa chỉ thư điện tử không hợp lệ</translation>
    </message>
    <message>
        <source>A tax code has 10 or 13 digits</source>
        <translation>Mã số thuế có 10 hoặc 13 chữ số</translation>
    </message>
    <message>
        <source>This is not a valid date</source>
        <translation>Ngày không hợp lệ</translation>
    </message>
    <message>
        <source>Date of birth cannot be in the future</source>
        <translation>Ngày sinh không được là một ngày trong tương lai</translation>
    </message>
    <message>
        <source>Date of death cannot be in the future</source>
        <translation>Ngày chết không được là một ngày trong tương lai</translation>
    </message>
    <message>
        <source>This date cannot be in the future</source>
        <translation>Ngày này không được là một ngày trong tương lai</translation>
    </message>
    <message>
        <source>Enter a number</source>
        <translation>Hãy nhập một số</translation>
    </message>
    <message>
        <source>The value must be at least %1</source>
        <translation>Giá trị phải từ %1 trở lên</translation>
    </message>
    <message>
        <source>The value must be at most %1</source>
        <translation>Giá trị không được lớn hơn %1</translation>
    </message>
    <message>
        <source>This procedure needs the %1: add them to the dossier</source>
        <translation>Thủ tục này cần thông tin của %1: hãy bổ sung vào hồ sơ</translation>
    </message>
</context>
<context>
    <name>HolidayCalendar</name>
    <message>
        <source>There are no public holiday rules for %1 (supported: %2 to %3).</source>
        <translation>Chưa có quy định ngày nghỉ lễ cho %1 (hỗ trợ từ %2 đến %3).</translation>
    </message>
    <message>
        <source>There are no public holiday rules for the year %1 (supported: %2 to %3).</source>
        <translation>Chưa có quy định ngày nghỉ lễ cho năm %1 (hỗ trợ từ năm %2 đến năm %3).</translation>
    </message>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>Tết Dương lịch</translation>
    </message>
    <message>
        <source>Compensatory day off for New Year&apos;s Day</source>
        <translation>Nghỉ bù Tết Dương lịch</translation>
    </message>
    <message>
        <source>Lunar New Year (Tết)</source>
        <translation>Tết Nguyên đán</translation>
    </message>
    <message>
        <source>Compensatory day off for Lunar New Year (Tết)</source>
        <translation>Nghỉ bù Tết Nguyên đán</translation>
    </message>
    <message>
        <source>Hùng Kings&apos; Commemoration Day</source>
        <translation>Giỗ Tổ Hùng Vương</translation>
    </message>
    <message>
        <source>Compensatory day off for Hùng Kings&apos; Commemoration Day</source>
        <translation>Nghỉ bù Giỗ Tổ Hùng Vương</translation>
    </message>
    <message>
        <source>Reunification Day</source>
        <translation>Ngày Chiến thắng</translation>
    </message>
    <message>
        <source>Compensatory day off for Reunification Day</source>
        <translation>Nghỉ bù Ngày Chiến thắng</translation>
    </message>
    <message>
        <source>International Labour Day</source>
        <translation>Ngày Quốc tế Lao động</translation>
    </message>
    <message>
        <source>Compensatory day off for International Labour Day</source>
        <translation>Nghỉ bù Ngày Quốc tế Lao động</translation>
    </message>
    <message>
        <source>Buddha&apos;s Birthday</source>
        <translation>Lễ Phật đản</translation>
    </message>
    <message>
        <source>Compensatory day off for Buddha&apos;s Birthday</source>
        <translation>Nghỉ bù Lễ Phật đản</translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation>Lễ Giáng sinh</translation>
    </message>
    <message>
        <source>Compensatory day off for Christmas Day</source>
        <translation>Nghỉ bù Lễ Giáng sinh</translation>
    </message>
    <message>
        <source>National Day</source>
        <translation>Quốc khánh</translation>
    </message>
    <message>
        <source>Compensatory day off for National Day</source>
        <translation>Nghỉ bù Quốc khánh</translation>
    </message>
</context>
<context>
    <name>Intake</name>
    <message>
        <source>Scan the QR code on the citizen&apos;s ID card first.</source>
        <translation>Hãy quét mã QR trên thẻ căn cước của công dân trước.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Missing document: %1</source>
        <translation>Thiếu giấy tờ: %1</translation>
    </message>
    <message>
        <source>The dossier cannot be saved: the clerk&apos;s name or the time is missing.</source>
        <translation>Không lưu được hồ sơ: thiếu tên cán bộ tiếp nhận hoặc thời điểm tiếp nhận.</translation>
    </message>
    <message numerus="yes">
        <source>The dossier is not complete: %n thing(s) to correct.</source>
        <translation>
            <numerusform>Hồ sơ chưa đầy đủ: còn %n điểm cần sửa.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LdsError</name>
    <message>
        <source>The chip&apos;s %1 is damaged or in an unknown format.</source>
        <translation>Tệp %1 trong chip bị hỏng hoặc có định dạng không xác định.</translation>
    </message>
    <message>
        <source>The chip&apos;s %1 uses a format this workstation does not support.</source>
        <translation>Tệp %1 trong chip dùng định dạng mà máy trạm này không hỗ trợ.</translation>
    </message>
    <message>
        <source>The chip&apos;s EF.CardAccess is damaged or in an unknown format.</source>
        <translation>Tệp EF.CardAccess trong chip bị hỏng hoặc có định dạng không xác định.</translation>
    </message>
</context>
<context>
    <name>LdsWriter</name>
    <message>
        <source>An MRZ needs the personal ID, full name, date of birth and sex.</source>
        <translation>Để tạo vùng MRZ cần có số định danh cá nhân, họ và tên, ngày sinh và giới tính.</translation>
    </message>
</context>
<context>
    <name>LunarCalendar</name>
    <message>
        <source>The date is outside the supported calendar (1900 to 2100).</source>
        <translation>Ngày nằm ngoài phạm vi lịch được hỗ trợ (từ năm 1900 đến năm 2100).</translation>
    </message>
    <message>
        <source>This lunar date does not exist.</source>
        <translation>Ngày âm lịch này không tồn tại.</translation>
    </message>
    <message>
        <source>This lunar year has no leap month %1.</source>
        <translation>Năm âm lịch này không có tháng %1 nhuận.</translation>
    </message>
    <message>
        <source>This lunar month has only %1 days.</source>
        <translation>Tháng âm lịch này chỉ có %1 ngày.</translation>
    </message>
</context>
<context>
    <name>PassiveAuth</name>
    <message>
        <source>The chip&apos;s %1 does not match what the issuing authority signed: the data may have been altered.</source>
        <translation>Dữ liệu %1 trong chip không khớp với dữ liệu được cơ quan cấp thẻ ký số: dữ liệu có thể đã bị sửa đổi.</translation>
    </message>
    <message>
        <source>The chip&apos;s %1 is not covered by the issuing authority&apos;s signature.</source>
        <translation>Dữ liệu %1 trong chip không nằm trong phạm vi chữ ký số của cơ quan cấp thẻ.</translation>
    </message>
    <message>
        <source>No data group was read, so none could be checked.</source>
        <translation>Chưa đọc được nhóm dữ liệu nào nên không có dữ liệu nào để kiểm tra.</translation>
    </message>
    <message>
        <source>The chip carries no document signer certificate.</source>
        <translation>Chip không chứa chứng thư số ký dữ liệu thẻ.</translation>
    </message>
    <message>
        <source>The issuing authority&apos;s signature on the chip&apos;s data is not valid.</source>
        <translation>Chữ ký số của cơ quan cấp thẻ trên dữ liệu chip không hợp lệ.</translation>
    </message>
    <message>
        <source>No CSCA certificate has been imported, so the chip&apos;s signer cannot be checked. An administrator must import them.</source>
        <translation>Chưa nhập chứng thư CSCA nào nên không kiểm tra được bên ký dữ liệu chip. Quản trị viên cần nhập các chứng thư CSCA.</translation>
    </message>
    <message>
        <source>The chip&apos;s signer could not be checked.</source>
        <translation>Không kiểm tra được bên ký dữ liệu chip.</translation>
    </message>
    <message>
        <source>The chip&apos;s document signer certificate was not valid on the day of reading (expired or not yet valid).</source>
        <translation>Chứng thư số ký dữ liệu thẻ trong chip không có hiệu lực vào ngày đọc thẻ (đã hết hạn hoặc chưa đến ngày có hiệu lực).</translation>
    </message>
    <message>
        <source>The chip&apos;s document signer certificate has been revoked.</source>
        <translation>Chứng thư số ký dữ liệu thẻ trong chip đã bị thu hồi.</translation>
    </message>
    <message>
        <source>The chip was signed by an authority this workstation does not trust.</source>
        <translation>Dữ liệu chip được ký bởi một cơ quan mà máy trạm này không tin cậy.</translation>
    </message>
</context>
<context>
    <name>PcscError</name>
    <message>
        <source>No card reader was found. Check that the reader is plugged in.</source>
        <translation>Không tìm thấy đầu đọc thẻ. Hãy kiểm tra xem đầu đọc đã được cắm vào máy chưa.</translation>
    </message>
    <message>
        <source>There is no card on the reader, or the card does not answer. Place the card on the reader.</source>
        <translation>Không có thẻ trên đầu đọc hoặc thẻ không phản hồi. Hãy đặt thẻ lên đầu đọc.</translation>
    </message>
    <message>
        <source>The card was taken off the reader before reading finished. Place it back and try again.</source>
        <translation>Thẻ đã bị rút ra khỏi đầu đọc trước khi đọc xong. Hãy đặt lại thẻ rồi thử lại.</translation>
    </message>
    <message>
        <source>The card reader was unplugged or cannot be used. Plug it in again.</source>
        <translation>Đầu đọc thẻ đã bị rút ra hoặc không dùng được. Hãy cắm lại đầu đọc.</translation>
    </message>
    <message>
        <source>Another program is using the card. Close it and try again.</source>
        <translation>Một chương trình khác đang dùng thẻ. Hãy đóng chương trình đó rồi thử lại.</translation>
    </message>
    <message>
        <source>The card reader did not answer in time. Try again.</source>
        <translation>Đầu đọc thẻ không phản hồi kịp thời. Hãy thử lại.</translation>
    </message>
    <message>
        <source>Reading the card was cancelled.</source>
        <translation>Đã hủy việc đọc thẻ.</translation>
    </message>
    <message>
        <source>The card reader reported an error. If it happens again, call technical support.</source>
        <translation>Đầu đọc thẻ báo lỗi. Nếu lỗi lặp lại, hãy liên hệ bộ phận hỗ trợ kỹ thuật.</translation>
    </message>
</context>
<context>
    <name>PcscTransport</name>
    <message>
        <source>The card cannot receive this command: it is too long for this card or reader.</source>
        <translation>Thẻ không nhận được lệnh này: lệnh quá dài đối với thẻ hoặc đầu đọc này.</translation>
    </message>
    <message>
        <source>The card sent an answer that is too long. Try again with another card.</source>
        <translation>Thẻ gửi về phản hồi quá dài. Hãy thử lại với thẻ khác.</translation>
    </message>
    <message>
        <source>The card sent an answer that cannot be read. Place the card again and try again.</source>
        <translation>Thẻ gửi về phản hồi không đọc được. Hãy đặt lại thẻ rồi thử lại.</translation>
    </message>
</context>
<context>
    <name>PersonalId</name>
    <message>
        <source>The personal ID number must have 12 digits</source>
        <translation>Số định danh cá nhân phải có 12 chữ số</translation>
    </message>
    <message>
        <source>The personal ID number may contain digits only</source>
        <translation>Số định danh cá nhân chỉ được gồm chữ số</translation>
    </message>
    <message>
        <source>The personal ID number does not start with a known province code</source>
        <translation>Số định danh cá nhân không bắt đầu bằng một mã tỉnh, thành phố hợp lệ</translation>
    </message>
    <message>
        <source>The personal ID number gives a birth year in the future</source>
        <translation>Năm sinh ghi trong số định danh cá nhân là một năm trong tương lai</translation>
    </message>
    <message>
        <source>The personal ID number was issued for someone born in the %1s, but the date of birth is in %2</source>
        <translation>Số định danh cá nhân được cấp cho người sinh trong thế kỷ bắt đầu từ năm %1, nhưng năm sinh là %2</translation>
    </message>
    <message>
        <source>The birth year in the personal ID number does not match the date of birth</source>
        <translation>Năm sinh trong số định danh cá nhân không khớp với ngày sinh</translation>
    </message>
    <message>
        <source>The personal ID number is for a %1 holder, but the sex given is %2</source>
        <translation>Số định danh cá nhân là của người có giới tính %1, nhưng giới tính đã khai là %2</translation>
    </message>
    <message>
        <source>male</source>
        <translation>nam</translation>
    </message>
    <message>
        <source>female</source>
        <translation>nữ</translation>
    </message>
</context>
<context>
    <name>ProcedureParser</name>
    <message>
        <source>A form has at least one section</source>
        <translation>Biểu mẫu phải có ít nhất một phần</translation>
    </message>
    <message>
        <source>The section id &quot;%1&quot; appears twice</source>
        <translation>Mã phần &quot;%1&quot; xuất hiện hai lần</translation>
    </message>
    <message>
        <source>The id is empty</source>
        <translation>Mã định danh (id) bị để trống</translation>
    </message>
    <message>
        <source>A section has at least one field</source>
        <translation>Mỗi phần phải có ít nhất một trường</translation>
    </message>
    <message>
        <source>A field id uses only letters, digits, &quot;_&quot; and &quot;.&quot;, like &quot;holder.fullName&quot;</source>
        <translation>Mã trường chỉ được dùng chữ cái, chữ số, &quot;_&quot; và &quot;.&quot;, ví dụ &quot;holder.fullName&quot;</translation>
    </message>
    <message>
        <source>The field id &quot;%1&quot; is already used at %2</source>
        <translation>Mã trường &quot;%1&quot; đã được dùng ở %2</translation>
    </message>
    <message>
        <source>Unknown field type &quot;%1&quot; (known types: %2)</source>
        <translation>Kiểu trường &quot;%1&quot; không hợp lệ (các kiểu hợp lệ: %2)</translation>
    </message>
    <message>
        <source>A binding looks like &quot;role.key&quot;, e.g. &quot;holder.fullName&quot;</source>
        <translation>Liên kết dữ liệu (binding) có dạng &quot;role.key&quot;, ví dụ &quot;holder.fullName&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a party of this procedure (parties: %2)</source>
        <translation>&quot;%1&quot; không phải là người liên quan của thủ tục này (người liên quan: %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of population data (see PersonKey in SCHEMA.md)</source>
        <translation>&quot;%1&quot; không phải là một loại dữ liệu dân cư (xem PersonKey trong SCHEMA.md)</translation>
    </message>
    <message>
        <source>Only %1 fields have &quot;%2&quot;</source>
        <translation>Chỉ trường kiểu %1 mới có &quot;%2&quot;</translation>
    </message>
    <message>
        <source>A maximum length is 1 or more</source>
        <translation>Độ dài tối đa phải từ 1 trở lên</translation>
    </message>
    <message>
        <source>Invalid regular expression: %1 at offset %2</source>
        <translation>Biểu thức chính quy không hợp lệ: %1 tại vị trí %2</translation>
    </message>
    <message>
        <source>The minimum is larger than the maximum</source>
        <translation>Giá trị nhỏ nhất lớn hơn giá trị lớn nhất</translation>
    </message>
    <message>
        <source>Only choice fields have &quot;options&quot;</source>
        <translation>Chỉ trường lựa chọn mới có &quot;options&quot;</translation>
    </message>
    <message>
        <source>A choice field has at least one option</source>
        <translation>Trường lựa chọn phải có ít nhất một phương án</translation>
    </message>
    <message>
        <source>An option&apos;s value cannot be empty</source>
        <translation>Giá trị của phương án không được để trống</translation>
    </message>
    <message>
        <source>The option &quot;%1&quot; appears twice</source>
        <translation>Phương án &quot;%1&quot; xuất hiện hai lần</translation>
    </message>
    <message>
        <source>Unknown key &quot;%1&quot; (known keys: %2)</source>
        <translation>Khóa &quot;%1&quot; không hợp lệ (các khóa hợp lệ: %2)</translation>
    </message>
    <message>
        <source>Required key &quot;%1&quot; is missing</source>
        <translation>Thiếu khóa bắt buộc &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Expected a text string</source>
        <translation>Cần một chuỗi văn bản</translation>
    </message>
    <message>
        <source>Expected a whole number</source>
        <translation>Cần một số nguyên</translation>
    </message>
    <message>
        <source>The number is too large</source>
        <translation>Số quá lớn</translation>
    </message>
    <message>
        <source>Expected a number</source>
        <translation>Cần một số</translation>
    </message>
    <message>
        <source>Expected true or false</source>
        <translation>Cần giá trị true hoặc false</translation>
    </message>
    <message>
        <source>Expected a text object {&quot;vi&quot;: &quot;...&quot;, &quot;en&quot;: &quot;...&quot;}</source>
        <translation>Cần một đối tượng văn bản {&quot;vi&quot;: &quot;...&quot;, &quot;en&quot;: &quot;...&quot;}</translation>
    </message>
    <message>
        <source>The Vietnamese text is empty</source>
        <translation>Phần tiếng Việt bị để trống</translation>
    </message>
    <message>
        <source>Expected an object {...}</source>
        <translation>Cần một đối tượng {...}</translation>
    </message>
    <message>
        <source>Expected a list [...]</source>
        <translation>Cần một danh sách [...]</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>dòng %1, cột %2</translation>
    </message>
    <message>
        <source>Not valid JSON at %1: %2</source>
        <translation>JSON không hợp lệ tại %1: %2</translation>
    </message>
    <message>
        <source>The file must hold one JSON object {...}</source>
        <translation>Tệp phải chứa đúng một đối tượng JSON {...}</translation>
    </message>
    <message>
        <source>Unsupported schema version %1 (this program reads version %2)</source>
        <translation>Không hỗ trợ phiên bản lược đồ %1 (chương trình này đọc phiên bản %2)</translation>
    </message>
    <message>
        <source>An id uses only a-z, 0-9 and single hyphens, like &quot;dang-ky-khai-sinh&quot;</source>
        <translation>Mã định danh chỉ được dùng a-z, 0-9 và từng dấu gạch nối đơn, ví dụ &quot;dang-ky-khai-sinh&quot;</translation>
    </message>
    <message>
        <source>The procedure number must be 1 or more</source>
        <translation>Số hiệu thủ tục phải từ 1 trở lên</translation>
    </message>
    <message>
        <source>Expected a date written yyyy-MM-dd</source>
        <translation>Cần một ngày viết theo dạng yyyy-MM-dd</translation>
    </message>
    <message>
        <source>The online service level is 2, 3 or 4, not %1</source>
        <translation>Mức độ dịch vụ công trực tuyến phải là 2, 3 hoặc 4, không phải %1</translation>
    </message>
    <message>
        <source>The processing time cannot be negative</source>
        <translation>Thời hạn giải quyết không được âm</translation>
    </message>
    <message>
        <source>Unknown sector &quot;%1&quot; (allowed: %2)</source>
        <translation>Lĩnh vực &quot;%1&quot; không hợp lệ (được phép: %2)</translation>
    </message>
    <message>
        <source>Unknown agency level &quot;%1&quot; (allowed: %2)</source>
        <translation>Cấp cơ quan &quot;%1&quot; không hợp lệ (được phép: %2)</translation>
    </message>
    <message>
        <source>A fee cannot be negative</source>
        <translation>Phí, lệ phí không được âm</translation>
    </message>
    <message>
        <source>Expected the name of a legal document</source>
        <translation>Cần tên của một văn bản pháp luật</translation>
    </message>
    <message>
        <source>A procedure has at least one party</source>
        <translation>Thủ tục phải có ít nhất một người liên quan</translation>
    </message>
    <message>
        <source>A role is one word of letters and digits starting with a lower-case letter, like &quot;holder&quot;</source>
        <translation>Vai trò là một từ gồm chữ cái và chữ số, bắt đầu bằng chữ thường, ví dụ &quot;holder&quot;</translation>
    </message>
    <message>
        <source>The role &quot;%1&quot; appears twice</source>
        <translation>Vai trò &quot;%1&quot; xuất hiện hai lần</translation>
    </message>
    <message>
        <source>Give either &quot;required&quot;: true or &quot;requiredWhen&quot;, not both</source>
        <translation>Chỉ dùng một trong hai: &quot;required&quot;: true hoặc &quot;requiredWhen&quot;, không dùng cả hai</translation>
    </message>
    <message>
        <source>A document id uses only a-z, 0-9 and single hyphens, like &quot;birth-notice&quot;</source>
        <translation>Mã giấy tờ chỉ được dùng a-z, 0-9 và từng dấu gạch nối đơn, ví dụ &quot;birth-notice&quot;</translation>
    </message>
    <message>
        <source>The document id &quot;%1&quot; is already used at %2</source>
        <translation>Mã giấy tờ &quot;%1&quot; đã được dùng ở %2</translation>
    </message>
    <message>
        <source>Steps go in ascending order: step %1 cannot follow step %2</source>
        <translation>Các bước phải theo thứ tự tăng dần: bước %1 không thể đứng sau bước %2</translation>
    </message>
    <message>
        <source>Expected a procedure id like &quot;dang-ky-khai-sinh&quot;</source>
        <translation>Cần một mã thủ tục, ví dụ &quot;dang-ky-khai-sinh&quot;</translation>
    </message>
    <message>
        <source>The steps take %1 working days in all, but processingDays says %2</source>
        <translation>Tổng thời gian các bước là %1 ngày làm việc, nhưng processingDays ghi %2</translation>
    </message>
    <message>
        <source>A condition has either &quot;equals&quot; or &quot;notEmpty&quot;</source>
        <translation>Điều kiện phải có &quot;equals&quot; hoặc &quot;notEmpty&quot; (chỉ một trong hai)</translation>
    </message>
    <message>
        <source>Expected a text, a number, true or false</source>
        <translation>Cần một văn bản, một số, true hoặc false</translation>
    </message>
    <message>
        <source>The condition names the field &quot;%1&quot;, which the form does not have</source>
        <translation>Điều kiện nhắc đến trường &quot;%1&quot; nhưng biểu mẫu không có trường này</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the options of the field &quot;%2&quot;</source>
        <translation>&quot;%1&quot; không phải là một phương án của trường &quot;%2&quot;</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is yes/no: compare it with true or false</source>
        <translation>Trường &quot;%1&quot; là kiểu có/không: hãy so sánh với true hoặc false</translation>
    </message>
</context>
<context>
    <name>QrCommand</name>
    <message>
        <source>page %1</source>
        <translation>trang %1</translation>
    </message>
    <message>
        <source>Code %1</source>
        <translation>Mã %1</translation>
    </message>
    <message>
        <source>the QR code of a citizen identity card (CCCD)</source>
        <translation>mã QR trên thẻ căn cước công dân (CCCD)</translation>
    </message>
    <message>
        <source>Personal ID number</source>
        <translation>Số định danh cá nhân</translation>
    </message>
    <message>
        <source>Old ID number</source>
        <translation>Số CMND cũ</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Permanent address</source>
        <translation>Nơi thường trú</translation>
    </message>
    <message>
        <source>Date of issue</source>
        <translation>Ngày cấp</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>an incomplete CCCD QR code</source>
        <translation>mã QR CCCD không đầy đủ</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Vấn đề</translation>
    </message>
    <message>
        <source>a receipt</source>
        <translation>giấy tiếp nhận</translation>
    </message>
    <message>
        <source>Dossier code</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <source>Tracking address</source>
        <translation>Địa chỉ tra cứu</translation>
    </message>
    <message>
        <source>text</source>
        <translation>văn bản</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>No code found.</source>
        <translation>Không tìm thấy mã nào.</translation>
    </message>
</context>
<context>
    <name>ReadCommand</name>
    <message>
        <source>passed</source>
        <translation>đạt</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>KHÔNG ĐẠT</translation>
    </message>
    <message>
        <source>not performed</source>
        <translation>không thực hiện</translation>
    </message>
    <message>
        <source>Personal ID number</source>
        <translation>Số định danh cá nhân</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Quốc tịch</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>Dân tộc</translation>
    </message>
    <message>
        <source>Religion</source>
        <translation>Tôn giáo</translation>
    </message>
    <message>
        <source>Place of origin</source>
        <translation>Quê quán</translation>
    </message>
    <message>
        <source>Place of permanent residence</source>
        <translation>Nơi thường trú</translation>
    </message>
    <message>
        <source>Identifying marks</source>
        <translation>Đặc điểm nhân dạng</translation>
    </message>
    <message>
        <source>Date of issue</source>
        <translation>Ngày cấp</translation>
    </message>
    <message>
        <source>Date of expiry</source>
        <translation>Có giá trị đến</translation>
    </message>
    <message>
        <source>Father&apos;s full name</source>
        <translation>Họ và tên cha</translation>
    </message>
    <message>
        <source>Mother&apos;s full name</source>
        <translation>Họ và tên mẹ</translation>
    </message>
    <message>
        <source>Spouse&apos;s full name</source>
        <translation>Họ và tên vợ/chồng</translation>
    </message>
    <message>
        <source>Old ID number</source>
        <translation>Số CMND cũ</translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation>không thời hạn</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Xác thực</translation>
    </message>
    <message>
        <source>verified by the chip</source>
        <translation>đã xác thực qua chip</translation>
    </message>
    <message>
        <source>read, but NOT verified</source>
        <translation>đã đọc nhưng CHƯA được xác thực</translation>
    </message>
    <message>
        <source>Data hashes</source>
        <translation>Mã băm dữ liệu</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>chữ ký số</translation>
    </message>
    <message>
        <source>certificate chain</source>
        <translation>chuỗi chứng thư số</translation>
    </message>
    <message>
        <source>Chip authentication</source>
        <translation>Xác thực chip</translation>
    </message>
    <message>
        <source>active authentication</source>
        <translation>xác thực chủ động</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Phương thức truy cập</translation>
    </message>
    <message>
        <source>APDUs</source>
        <translation>Số lệnh APDU</translation>
    </message>
    <message>
        <source>bytes read</source>
        <translation>số byte đã đọc</translation>
    </message>
    <message>
        <source>Times (ms)</source>
        <translation>Thời gian (ms)</translation>
    </message>
    <message>
        <source>access</source>
        <translation>truy cập</translation>
    </message>
    <message>
        <source>DG13 read</source>
        <translation>đọc DG13</translation>
    </message>
    <message>
        <source>DG13 verified</source>
        <translation>xác thực DG13</translation>
    </message>
    <message>
        <source>full read</source>
        <translation>đọc toàn bộ</translation>
    </message>
    <message>
        <source>The CSCA file cannot be read.</source>
        <translation>Không đọc được tệp chứng thư CSCA.</translation>
    </message>
    <message>
        <source>No CSCA certificate was given (--csca): the card can be read but not verified.</source>
        <translation>Chưa chỉ định chứng thư CSCA (--csca): có thể đọc thẻ nhưng không xác thực được dữ liệu.</translation>
    </message>
    <message>
        <source>The photo could not be written.</source>
        <translation>Không ghi được ảnh chân dung ra tệp.</translation>
    </message>
</context>
<context>
    <name>ReadersCommand</name>
    <message>
        <source>card</source>
        <translation>có thẻ</translation>
    </message>
    <message>
        <source>no card</source>
        <translation>không có thẻ</translation>
    </message>
</context>
<context>
    <name>ScanTextRepair</name>
    <message>
        <source>French (AZERTY)</source>
        <translation>tiếng Pháp (AZERTY)</translation>
    </message>
    <message>
        <source>German (QWERTZ)</source>
        <translation>tiếng Đức (QWERTZ)</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n accent mark(s) that the input method had added a second time.</source>
        <translation>
            <numerusform>Đã bỏ %n dấu mà bộ gõ tiếng Việt thêm lần thứ hai.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some letters carry two different tone marks (added by the input method). Check the name and address against the card.</source>
        <translation>Một số chữ có hai dấu thanh khác nhau (do bộ gõ thêm vào). Hãy đối chiếu họ tên và địa chỉ với thẻ.</translation>
    </message>
    <message>
        <source>The scanner typed through the %1 keyboard layout; the text was converted back. Set this computer or the scanner to the US (English) keyboard layout.</source>
        <translation>Máy quét đã gõ theo bàn phím %1; nội dung đã được chuyển lại. Hãy đặt máy tính hoặc máy quét dùng bàn phím US (tiếng Anh).</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) could not be converted back from that keyboard layout: check the text.</source>
        <translation>
            <numerusform>Có %n ký tự không chuyển lại được từ kiểu bàn phím đó: hãy kiểm tra nội dung.</numerusform>
        </translation>
    </message>
    <message>
        <source>The scanner dropped the Vietnamese accents, so the name and address read without them (for example NGUYEN VAN A). Check them against the card, or read the chip.</source>
        <translation>Máy quét làm mất dấu tiếng Việt nên họ tên và địa chỉ không có dấu (ví dụ NGUYEN VAN A). Hãy đối chiếu với thẻ, hoặc đọc chip.</translation>
    </message>
    <message>
        <source>The name and address lost most of their accents and a few letters were changed by the Vietnamese input method (Unikey, ibus, fcitx). Check them against the card, or read the chip; switch the input method to English while scanning.</source>
        <translation>Họ tên và địa chỉ mất gần hết dấu và vài chữ bị bộ gõ tiếng Việt (Unikey, ibus, fcitx) thay đổi. Hãy đối chiếu với thẻ, hoặc đọc chip; khi quét hãy chuyển bộ gõ sang tiếng Anh.</translation>
    </message>
    <message>
        <source>The Vietnamese input method (Unikey, ibus, fcitx) changed letters in this code. Switch the input method to English and scan again.</source>
        <translation>Bộ gõ tiếng Việt (Unikey, ibus, fcitx) đã làm thay đổi chữ trong mã này. Hãy chuyển bộ gõ sang tiếng Anh rồi quét lại.</translation>
    </message>
</context>
<context>
    <name>ScannerSettings</name>
    <message>
        <source>The scanner setting &quot;%1&quot; has an invalid value; using %2.</source>
        <translation>Thiết lập máy quét &quot;%1&quot; có giá trị không hợp lệ; dùng %2.</translation>
    </message>
    <message>
        <source>The serial scanner is switched on but no port is chosen.</source>
        <translation>Máy quét cổng nối tiếp đang bật nhưng chưa chọn cổng.</translation>
    </message>
</context>
<context>
    <name>SimCommandLine</name>
    <message>
        <source>The simulator&apos;s arguments are not valid.</source>
        <translation>Tham số dòng lệnh của trình mô phỏng thẻ không hợp lệ.</translation>
    </message>
</context>
<context>
    <name>SodWriter</name>
    <message>
        <source>The test security object could not be signed.</source>
        <translation>Không ký số được đối tượng bảo mật (SOD) dùng để thử nghiệm.</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>This file is not a MotCua Counter database. It was left unchanged; check the data folder.</source>
        <translation>Tệp này không phải cơ sở dữ liệu của MotCua Counter. Tệp được giữ nguyên; hãy kiểm tra thư mục dữ liệu.</translation>
    </message>
    <message>
        <source>The dossier database was written by a newer version of MotCua Counter. Update this workstation; the database was left unchanged.</source>
        <translation>Cơ sở dữ liệu hồ sơ được ghi bằng phiên bản MotCua Counter mới hơn. Hãy cập nhật phần mềm trên máy trạm này; cơ sở dữ liệu được giữ nguyên.</translation>
    </message>
    <message>
        <source>The dossier database is damaged or is not a MotCua Counter database. It was left unchanged; call the administrator.</source>
        <translation>Cơ sở dữ liệu hồ sơ bị hỏng hoặc không phải của MotCua Counter. Tệp được giữ nguyên; hãy liên hệ quản trị viên.</translation>
    </message>
    <message>
        <source>The disk is full: the dossier could not be saved. Free some space and try again.</source>
        <translation>Ổ đĩa đã đầy: không lưu được hồ sơ. Hãy giải phóng dung lượng rồi thử lại.</translation>
    </message>
    <message>
        <source>The dossier database is busy. Try again in a moment.</source>
        <translation>Cơ sở dữ liệu hồ sơ đang bận. Hãy thử lại sau giây lát.</translation>
    </message>
    <message>
        <source>The dossier database cannot be opened for writing. Check the data folder&apos;s permissions.</source>
        <translation>Không mở được cơ sở dữ liệu hồ sơ để ghi. Hãy kiểm tra quyền truy cập thư mục dữ liệu.</translation>
    </message>
    <message>
        <source>The dossier database could not be read or written.</source>
        <translation>Không đọc hoặc ghi được cơ sở dữ liệu hồ sơ.</translation>
    </message>
</context>
<context>
    <name>SyncSettings</name>
    <message>
        <source>This workstation&apos;s connection to the central server is not set up correctly. Ask the administrator to enroll it again.</source>
        <translation>Kết nối của máy trạm này với máy chủ trung tâm chưa được thiết lập đúng. Hãy nhờ quản trị viên đăng ký lại máy trạm.</translation>
    </message>
</context>
<context>
    <name>SyncText</name>
    <message>
        <source>The central server does not recognise this workstation. Ask the administrator to enroll it again.</source>
        <translation>Máy chủ trung tâm không nhận ra máy trạm này. Hãy nhờ quản trị viên đăng ký lại.</translation>
    </message>
    <message>
        <source>This workstation&apos;s certificate has expired. Ask the administrator to enroll it again.</source>
        <translation>Chứng thư của máy trạm này đã hết hạn. Hãy nhờ quản trị viên đăng ký lại.</translation>
    </message>
    <message>
        <source>The central server no longer accepts this workstation. Call the administrator.</source>
        <translation>Máy chủ trung tâm không còn chấp nhận máy trạm này. Hãy gọi quản trị viên.</translation>
    </message>
    <message>
        <source>The central server already holds another version of this dossier. Call the administrator.</source>
        <translation>Máy chủ trung tâm đã có một phiên bản khác của hồ sơ này. Hãy gọi quản trị viên.</translation>
    </message>
    <message>
        <source>A digitised document did not arrive intact. Sending it again.</source>
        <translation>Một tài liệu số hoá đến máy chủ không nguyên vẹn. Đang gửi lại.</translation>
    </message>
    <message>
        <source>The central server refused a document as too large. Call the administrator.</source>
        <translation>Máy chủ trung tâm từ chối một tài liệu vì quá lớn. Hãy gọi quản trị viên.</translation>
    </message>
    <message>
        <source>The central server refused the dossier as invalid. Call the administrator.</source>
        <translation>Máy chủ trung tâm từ chối hồ sơ vì không hợp lệ. Hãy gọi quản trị viên.</translation>
    </message>
    <message>
        <source>The enrollment code is wrong, already used or expired. Ask for a new code.</source>
        <translation>Mã đăng ký sai, đã dùng hoặc đã hết hạn. Hãy xin mã mới.</translation>
    </message>
    <message>
        <source>The central server refused this workstation&apos;s enrollment request.</source>
        <translation>Máy chủ trung tâm từ chối yêu cầu đăng ký của máy trạm này.</translation>
    </message>
    <message>
        <source>The central server refused this workstation. Call the administrator.</source>
        <translation>Máy chủ trung tâm từ chối máy trạm này. Hãy gọi quản trị viên.</translation>
    </message>
    <message>
        <source>The central server refused the dossier. Call the administrator.</source>
        <translation>Máy chủ trung tâm từ chối hồ sơ. Hãy gọi quản trị viên.</translation>
    </message>
</context>
<context>
    <name>Td1Mrz</name>
    <message>
        <source>The MRZ must be 3 lines of 30 characters</source>
        <translation>Vùng MRZ phải gồm 3 dòng, mỗi dòng 30 ký tự</translation>
    </message>
    <message>
        <source>Line %1 of the MRZ has %2 characters instead of 30</source>
        <translation>Dòng %1 của vùng MRZ có %2 ký tự thay vì 30</translation>
    </message>
    <message>
        <source>The MRZ has a character that cannot be in an MRZ (line %1, position %2)</source>
        <translation>Vùng MRZ có ký tự không được phép (dòng %1, vị trí %2)</translation>
    </message>
    <message>
        <source>line %1 position %2: &apos;%3&apos; (a misread &apos;%4&apos;?)</source>
        <translation>dòng %1 vị trí %2: &apos;%3&apos; (có phải là &apos;%4&apos; bị đọc nhầm?)</translation>
    </message>
    <message>
        <source>The MRZ has letters where digits must be: %1. Check them against the card and correct them.</source>
        <translation>Vùng MRZ có chữ cái ở chỗ phải là chữ số: %1. Hãy đối chiếu với thẻ và sửa lại.</translation>
    </message>
    <message>
        <source>The %1 in the MRZ must be digits</source>
        <translation>Mục %1 trong vùng MRZ phải là chữ số</translation>
    </message>
    <message>
        <source>The check digit of the %1 does not match: the MRZ was misread or mistyped</source>
        <translation>Chữ số kiểm tra của %1 không khớp: vùng MRZ bị đọc sai hoặc nhập sai</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>ngày sinh</translation>
    </message>
    <message>
        <source>expiry date</source>
        <translation>ngày hết hạn</translation>
    </message>
    <message>
        <source>final check digit</source>
        <translation>chữ số kiểm tra cuối</translation>
    </message>
    <message>
        <source>document number check digit</source>
        <translation>chữ số kiểm tra của số giấy tờ</translation>
    </message>
    <message>
        <source>document number</source>
        <translation>số giấy tờ</translation>
    </message>
    <message>
        <source>personal ID number</source>
        <translation>số định danh cá nhân</translation>
    </message>
    <message>
        <source>personal ID number check digit</source>
        <translation>chữ số kiểm tra của số định danh cá nhân</translation>
    </message>
    <message>
        <source>The personal ID number in the MRZ is not valid: %1</source>
        <translation>Số định danh cá nhân trong vùng MRZ không hợp lệ: %1</translation>
    </message>
    <message>
        <source>The date of birth in the MRZ is not a valid date</source>
        <translation>Ngày sinh trong vùng MRZ không hợp lệ</translation>
    </message>
    <message>
        <source>The expiry date in the MRZ is not a valid date</source>
        <translation>Ngày hết hạn trong vùng MRZ không hợp lệ</translation>
    </message>
    <message>
        <source>whole MRZ (final check digit)</source>
        <translation>toàn bộ vùng MRZ (chữ số kiểm tra cuối)</translation>
    </message>
    <message>
        <source>The sex in the MRZ is not M, F or &lt;</source>
        <translation>Giới tính trong vùng MRZ không phải M, F hoặc &lt;</translation>
    </message>
    <message>
        <source>The name line of the MRZ is empty</source>
        <translation>Dòng họ tên của vùng MRZ bị trống</translation>
    </message>
    <message>
        <source>This MRZ holds no Vietnamese personal ID number: it is not from a CCCD</source>
        <translation>Vùng MRZ này không chứa số định danh cá nhân của Việt Nam: đây không phải thẻ căn cước công dân</translation>
    </message>
    <message>
        <source>The document number in the MRZ is not the end of the personal ID number</source>
        <translation>Số giấy tờ trong vùng MRZ không trùng với phần cuối của số định danh cá nhân</translation>
    </message>
</context>
<context>
    <name>TestPki</name>
    <message>
        <source>The test PKI folder could not be used.</source>
        <translation>Không dùng được thư mục chứng thư số thử nghiệm (PKI).</translation>
    </message>
</context>
<context>
    <name>TrustStore</name>
    <message>
        <source>A CSCA certificate, CRL or master list could not be read.</source>
        <translation>Không đọc được chứng thư CSCA, danh sách chứng thư bị thu hồi (CRL) hoặc danh sách chứng thư gốc (master list).</translation>
    </message>
    <message>
        <source>The CSCA certificate folder does not exist.</source>
        <translation>Thư mục chứng thư CSCA không tồn tại.</translation>
    </message>
</context>
<context>
    <name>VerifiedIdentity</name>
    <message>
        <source>The chip was not read completely.</source>
        <translation>Chưa đọc hết dữ liệu trong chip.</translation>
    </message>
    <message>
        <source>The chip could not prove it is the original: it may be a copy.</source>
        <translation>Chip không chứng minh được là chip gốc: đây có thể là bản sao.</translation>
    </message>
    <message>
        <source>The chip was not asked to prove it is the original.</source>
        <translation>Chưa yêu cầu chip chứng minh là chip gốc.</translation>
    </message>
    <message>
        <source>The chip&apos;s data could not be proven to come from the issuing authority.</source>
        <translation>Không chứng minh được dữ liệu trong chip do cơ quan cấp thẻ phát hành.</translation>
    </message>
    <message>
        <source>Read from the printed QR code only, which carries no signature.</source>
        <translation>Chỉ đọc từ mã QR in trên thẻ; mã này không có chữ ký số.</translation>
    </message>
    <message>
        <source>Typed in: nothing was read from the card.</source>
        <translation>Nhập tay: không có dữ liệu nào được đọc từ thẻ.</translation>
    </message>
</context>
<context>
    <name>VpcdConnection</name>
    <message>
        <source>The virtual reader&apos;s address is not valid.</source>
        <translation>Địa chỉ của đầu đọc thẻ ảo không hợp lệ.</translation>
    </message>
    <message>
        <source>Cannot reach the virtual card reader. Is pcscd with vpcd running?</source>
        <translation>Không kết nối được với đầu đọc thẻ ảo. Dịch vụ pcscd (có vpcd) đã chạy chưa?</translation>
    </message>
    <message>
        <source>The simulated card&apos;s answer is too long for the virtual reader.</source>
        <translation>Phản hồi của thẻ mô phỏng quá dài đối với đầu đọc thẻ ảo.</translation>
    </message>
    <message>
        <source>The virtual card reader closed the connection.</source>
        <translation>Đầu đọc thẻ ảo đã đóng kết nối.</translation>
    </message>
</context>
<context>
    <name>WorkingCalendar</name>
    <message>
        <source>The date is not valid.</source>
        <translation>Ngày không hợp lệ.</translation>
    </message>
    <message>
        <source>The holiday calendar has no working day for a month.</source>
        <translation>Lịch nghỉ lễ không có ngày làm việc nào trong suốt một tháng.</translation>
    </message>
    <message>
        <source>The time of receipt is not valid.</source>
        <translation>Thời điểm tiếp nhận không hợp lệ.</translation>
    </message>
    <message>
        <source>The office hours are not valid: the office must open before it closes.</source>
        <translation>Giờ làm việc không hợp lệ: giờ mở cửa phải trước giờ đóng cửa.</translation>
    </message>
    <message>
        <source>The number of working days cannot be negative.</source>
        <translation>Số ngày làm việc không được âm.</translation>
    </message>
</context>
<context>
    <name>WorkstationConfig</name>
    <message>
        <source>The workstation settings cannot be read.</source>
        <translation>Không đọc được cấu hình máy trạm.</translation>
    </message>
    <message>
        <source>The workstation settings file is damaged. Correct or remove it.</source>
        <translation>Tệp cấu hình máy trạm bị hỏng. Hãy sửa hoặc xóa tệp này.</translation>
    </message>
    <message>
        <source>The workstation settings cannot be saved.</source>
        <translation>Không lưu được cấu hình máy trạm.</translation>
    </message>
    <message>
        <source>There is no dossier database in this data folder.</source>
        <translation>Thư mục dữ liệu này không có cơ sở dữ liệu hồ sơ.</translation>
    </message>
    <message>
        <source>The data folder cannot be created. Check its permissions.</source>
        <translation>Không tạo được thư mục dữ liệu. Hãy kiểm tra quyền truy cập.</translation>
    </message>
</context>
<context>
    <name>cccd-sim</name>
    <message>
        <source>The citizen file cannot be read.</source>
        <translation>Không đọc được tệp dữ liệu công dân.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>One-stop reception counter workstation</source>
        <translation>Máy trạm tiếp nhận hồ sơ tại Bộ phận Một cửa</translation>
    </message>
    <message>
        <source>The workstation&apos;s data folder.</source>
        <translation>Thư mục dữ liệu của máy trạm.</translation>
    </message>
    <message>
        <source>Load everything, print what loaded, and exit.</source>
        <translation>Nạp toàn bộ dữ liệu, in ra những gì đã nạp rồi thoát.</translation>
    </message>
</context>
<context>
    <name>motcua::app::DossierTableModel</name>
    <message>
        <source>Dossier code</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ngày tiếp nhận</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Công dân</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Ngày hẹn trả</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>Chờ gửi</translation>
    </message>
    <message>
        <source>Sending %1 %</source>
        <translation>Đang gửi %1 %</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Bị từ chối: %1</translation>
    </message>
    <message>
        <source>Central server</source>
        <translation>Máy chủ trung tâm</translation>
    </message>
</context>
<context>
    <name>motcua::app::HandheldScanners</name>
    <message>
        <source>Handheld scanner</source>
        <translation>Máy quét cầm tay</translation>
    </message>
    <message>
        <source>Serial scanner</source>
        <translation>Máy quét cổng nối tiếp</translation>
    </message>
</context>
<context>
    <name>motcua::app::IntakeDialog</name>
    <message>
        <source>From the card&apos;s chip</source>
        <translation>Lấy từ chip trên thẻ</translation>
    </message>
    <message>
        <source>From the QR code on the card</source>
        <translation>Lấy từ mã QR trên thẻ</translation>
    </message>
    <message>
        <source>From the lines printed on the back of the card</source>
        <translation>Lấy từ các dòng in ở mặt sau thẻ</translation>
    </message>
    <message>
        <source>From the population database</source>
        <translation>Lấy từ Cơ sở dữ liệu quốc gia về dân cư</translation>
    </message>
    <message>
        <source>From an earlier dossier</source>
        <translation>Lấy từ hồ sơ trước đây</translation>
    </message>
    <message>
        <source>Filled in automatically</source>
        <translation>Tự động điền</translation>
    </message>
    <message>
        <source>New dossier — %1</source>
        <translation>Tiếp nhận hồ sơ mới — %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>Documents received</source>
        <translation>Giấy tờ đã nhận</translation>
    </message>
    <message>
        <source>This procedure needs no document.</source>
        <translation>Thủ tục này không cần giấy tờ.</translation>
    </message>
    <message>
        <source> (in some cases)</source>
        <translation> (trong một số trường hợp)</translation>
    </message>
    <message>
        <source> (if any)</source>
        <translation> (nếu có)</translation>
    </message>
    <message>
        <source>no file</source>
        <translation>chưa có tệp</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>Đính kèm tệp…</translation>
    </message>
    <message>
        <source>Attach a scanned document</source>
        <translation>Đính kèm giấy tờ đã số hóa</translation>
    </message>
    <message>
        <source>Scans and photos (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)</source>
        <translation>Bản quét và ảnh chụp (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Scan the QR code on the citizen&apos;s ID card (Scan panel): their details then fill in by themselves.</source>
        <translation>Hãy quét mã QR trên thẻ căn cước của công dân (khung Quét mã): thông tin của công dân sẽ tự điền vào.</translation>
    </message>
    <message>
        <source>Citizen: &lt;b&gt;%1&lt;/b&gt; · ID %2</source>
        <translation>Công dân: &lt;b&gt;%1&lt;/b&gt; · Số định danh %2</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>The dossier cannot be saved yet:</source>
        <translation>Chưa lưu được hồ sơ:</translation>
    </message>
</context>
<context>
    <name>motcua::app::MainWindow</name>
    <message>
        <source>MotCua Counter — one-stop reception</source>
        <translation>MotCua Counter — tiếp nhận hồ sơ một cửa</translation>
    </message>
    <message>
        <source>Opening the workstation&apos;s data…</source>
        <translation>Đang mở dữ liệu của máy trạm…</translation>
    </message>
    <message>
        <source>Agency %1 · unit %2 · workstation %3</source>
        <translation>Cơ quan %1 · bộ phận %2 · máy trạm %3</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(chưa thiết lập)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Procedures&lt;/b&gt;</source>
        <translation>&lt;b&gt;Thủ tục hành chính&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Dossiers on this workstation&lt;/b&gt;</source>
        <translation>&lt;b&gt;Hồ sơ trên máy trạm này&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Search: 12-digit ID, dossier code, or name (diacritics optional)</source>
        <translation>Tìm kiếm: số định danh 12 chữ số, mã hồ sơ hoặc họ tên (gõ có dấu hay không dấu đều được)</translation>
    </message>
    <message numerus="yes">
        <source>%n procedure file(s) could not be loaded and were skipped; see the log.</source>
        <translation>
            <numerusform>Không nạp được %n tệp thủ tục nên đã bỏ qua; xem nhật ký.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Quét mã</translation>
    </message>
    <message>
        <source>Not connected to a central server</source>
        <translation>Chưa kết nối với máy chủ trung tâm</translation>
    </message>
    <message numerus="yes">
        <source>Dossiers have not reached the central server for %n day(s): the province has stopped new intakes until they do. Check the network.</source>
        <translation>
            <numerusform>Hồ sơ chưa đến được máy chủ trung tâm đã %n ngày: tỉnh tạm dừng tiếp nhận hồ sơ mới cho đến khi đồng bộ xong. Hãy kiểm tra mạng.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dossiers have not reached the central server for %n day(s). Check the network.</source>
        <translation>
            <numerusform>Hồ sơ chưa đến được máy chủ trung tâm đã %n ngày. Hãy kiểm tra mạng.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync stopped</source>
        <translation>Đã dừng đồng bộ</translation>
    </message>
    <message>
        <source>Central server</source>
        <translation>Máy chủ trung tâm</translation>
    </message>
    <message>
        <source>Sync: %1 sent, %2 waiting</source>
        <translation>Đồng bộ: %1 đã gửi, %2 đang chờ</translation>
    </message>
    <message>
        <source>, %1 refused</source>
        <translation>, %1 bị từ chối</translation>
    </message>
    <message>
        <source>New dossier…</source>
        <translation>Tiếp nhận hồ sơ mới…</translation>
    </message>
    <message numerus="yes">
        <source>New dossiers are stopped: the dossiers of this workstation have not reached the central server for %n day(s). Check the network; you can take new dossiers again once they are sent.</source>
        <translation>
            <numerusform>Tạm dừng tiếp nhận hồ sơ mới: hồ sơ của máy trạm này chưa gửi được lên máy chủ trung tâm đã %n ngày. Hãy kiểm tra mạng; có thể tiếp nhận lại khi hồ sơ đã được gửi đi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a procedure in the list first.</source>
        <translation>Hãy chọn một thủ tục trong danh sách trước.</translation>
    </message>
    <message>
        <source>Take a new dossier for this procedure (Ctrl+N).</source>
        <translation>Tiếp nhận hồ sơ mới cho thủ tục này (Ctrl+N).</translation>
    </message>
    <message>
        <source>Dossier %1 saved</source>
        <translation>Đã lưu hồ sơ %1</translation>
    </message>
</context>
<context>
    <name>motcua::app::ProcedureDetails</name>
    <message>
        <source>Choose a procedure to see what it needs.</source>
        <translation>Chọn một thủ tục để xem thành phần hồ sơ và yêu cầu.</translation>
    </message>
    <message>
        <source>Decided by: %1</source>
        <translation>Cơ quan giải quyết: %1</translation>
    </message>
    <message numerus="yes">
        <source>Processing time: %n working day(s)</source>
        <translation>
            <numerusform>Thời hạn giải quyết: %n ngày làm việc</numerusform>
        </translation>
    </message>
    <message>
        <source>Online service level: %1</source>
        <translation>Mức độ dịch vụ công trực tuyến: %1</translation>
    </message>
    <message>
        <source>Fee: free</source>
        <translation>Lệ phí: miễn phí</translation>
    </message>
    <message>
        <source>Fee: %1 VND</source>
        <translation>Lệ phí: %1 đồng</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Người liên quan</translation>
    </message>
    <message>
        <source> (if any)</source>
        <translation> (nếu có)</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Thành phần hồ sơ</translation>
    </message>
    <message>
        <source>see the original</source>
        <translation>xuất trình bản chính</translation>
    </message>
    <message>
        <source>an earlier digitised copy may be reused</source>
        <translation>có thể tái sử dụng bản số hóa trước đây</translation>
    </message>
    <message>
        <source>when applicable</source>
        <translation>tùy trường hợp</translation>
    </message>
    <message>
        <source>Interlinked steps</source>
        <translation>Các bước liên thông</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n ngày làm việc</numerusform>
        </translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Căn cứ pháp lý</translation>
    </message>
</context>
<context>
    <name>motcua::app::ProcedureListModel</name>
    <message numerus="yes">
        <source>%1 — %n working day(s), online level %2</source>
        <translation>
            <numerusform>%1 — %n ngày làm việc, mức độ %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>motcua::app::ScanPanel</name>
    <message>
        <source>Pictures and PDF files (%1)</source>
        <translation>Ảnh và tệp PDF (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Open image or PDF…</source>
        <translation>Mở ảnh hoặc PDF…</translation>
    </message>
    <message>
        <source>Read the codes in a photo or a scanned document. You can also drop files here.</source>
        <translation>Đọc mã trong ảnh chụp hoặc tài liệu đã quét. Cũng có thể kéo thả tệp vào đây.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Xoá</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <source>Camera:</source>
        <translation>Camera:</translation>
    </message>
    <message>
        <source>Start camera</source>
        <translation>Bật camera</translation>
    </message>
    <message>
        <source>Stop camera</source>
        <translation>Tắt camera</translation>
    </message>
    <message>
        <source>No camera</source>
        <translation>Không có camera</translation>
    </message>
    <message>
        <source>The camera is off. Press &quot;Start camera&quot; to read a card&apos;s QR code.</source>
        <translation>Camera đang tắt. Bấm &quot;Bật camera&quot; để đọc mã QR trên thẻ.</translation>
    </message>
    <message>
        <source>No camera. Plug in a camera, or open a picture or a scanned PDF.</source>
        <translation>Không có camera. Hãy cắm camera, hoặc mở ảnh hay tệp PDF đã quét.</translation>
    </message>
    <message>
        <source>Hold the card&apos;s QR code inside the green frame.</source>
        <translation>Đưa mã QR trên thẻ vào trong khung xanh.</translation>
    </message>
    <message>
        <source>Open image or PDF</source>
        <translation>Mở ảnh hoặc PDF</translation>
    </message>
    <message>
        <source>No code found in &quot;%1&quot;: try a sharper scan, or a photo taken closer to the code.</source>
        <translation>Không tìm thấy mã trong &quot;%1&quot;: hãy quét rõ hơn, hoặc chụp gần mã hơn.</translation>
    </message>
    <message>
        <source>%1, page %2</source>
        <translation>%1, trang %2</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n file(s)…</source>
        <translation>
            <numerusform>Đang đọc %n tệp…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>motcua::app::ScanResultView</name>
    <message>
        <source>CCCD card</source>
        <translation>Thẻ CCCD</translation>
    </message>
    <message>
        <source>CCCD card, QR code incomplete</source>
        <translation>Thẻ CCCD, mã QR không đầy đủ</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Giấy tiếp nhận</translation>
    </message>
    <message>
        <source>Dossier code: %1</source>
        <translation>Mã hồ sơ: %1</translation>
    </message>
    <message>
        <source>Find this dossier</source>
        <translation>Tìm hồ sơ này</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Personal ID</source>
        <translation>Số định danh</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <source>Permanent residence</source>
        <translation>Nơi thường trú</translation>
    </message>
    <message>
        <source>Card issued on</source>
        <translation>Ngày cấp thẻ</translation>
    </message>
    <message>
        <source>Old ID number (CMND)</source>
        <translation>Số CMND cũ</translation>
    </message>
    <message>
        <source>Source: the QR code on the card</source>
        <translation>Nguồn: mã QR trên thẻ</translation>
    </message>
</context>
<context>
    <name>motcua::app::StoreWorker</name>
    <message>
        <source>The workstation&apos;s data is not open: the dossier was not saved.</source>
        <translation>Chưa mở được dữ liệu của máy trạm: hồ sơ chưa được lưu.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be read. Choose it again.</source>
        <translation>Không đọc được tệp &quot;%1&quot;. Hãy chọn lại tệp.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is empty: scan the document again and attach the new file.</source>
        <translation>Tệp &quot;%1&quot; trống: hãy quét lại giấy tờ và đính kèm tệp mới.</translation>
    </message>
</context>
<context>
    <name>motcua::camera::CameraControl</name>
    <message>
        <source>No camera</source>
        <translation>Không có camera</translation>
    </message>
    <message>
        <source>The camera is off</source>
        <translation>Camera đang tắt</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>Đang bật camera…</translation>
    </message>
    <message>
        <source>The camera is used by another program or cannot be opened. Close the other program, or choose another camera.</source>
        <translation>Camera đang được chương trình khác dùng hoặc không mở được. Hãy đóng chương trình kia, hoặc chọn camera khác.</translation>
    </message>
</context>
<context>
    <name>motcua::scanners::SerialScanner</name>
    <message>
        <source>The serial scanner is off.</source>
        <translation>Máy quét cổng nối tiếp đang tắt.</translation>
    </message>
    <message>
        <source>No port is chosen for the serial scanner. Choose one in the scanner settings.</source>
        <translation>Chưa chọn cổng cho máy quét cổng nối tiếp. Hãy chọn trong phần thiết lập máy quét.</translation>
    </message>
    <message>
        <source>The scanner port %1 was not found. Plug the scanner in and set it to USB serial (virtual COM) mode; it connects by itself.</source>
        <translation>Không tìm thấy cổng máy quét %1. Hãy cắm máy quét và đặt ở chế độ USB serial (COM ảo); máy sẽ tự kết nối.</translation>
    </message>
    <message>
        <source>The scanner port %1 cannot be opened: this computer user has no permission, or another program is using it. Ask IT to add the user to the &quot;dialout&quot; group (then log out and in again), or close the other program.</source>
        <translation>Không mở được cổng máy quét %1: người dùng trên máy này không có quyền, hoặc chương trình khác đang dùng cổng. Nhờ bộ phận CNTT thêm người dùng vào nhóm &quot;dialout&quot; (rồi đăng xuất và đăng nhập lại), hoặc đóng chương trình kia.</translation>
    </message>
    <message>
        <source>The scanner port %1 could not be opened. Check the port and its speed in the scanner settings.</source>
        <translation>Không mở được cổng máy quét %1. Hãy kiểm tra cổng và tốc độ trong phần thiết lập máy quét.</translation>
    </message>
    <message>
        <source>The scanner on %1 was disconnected. Plug it back in; it reconnects by itself.</source>
        <translation>Máy quét ở cổng %1 đã bị ngắt. Hãy cắm lại; máy sẽ tự kết nối.</translation>
    </message>
    <message numerus="yes">
        <source>The scanner sent data that was not a whole code (%n byte(s) dropped). Check the scanner&apos;s speed (baud rate) and end-of-code (suffix) settings.</source>
        <translation>
            <numerusform>Máy quét gửi dữ liệu không thành một mã trọn vẹn (đã bỏ %n byte). Hãy kiểm tra tốc độ (baud rate) và ký tự kết thúc mã (suffix) của máy quét.</numerusform>
        </translation>
    </message>
    <message>
        <source>The scanner on %1 is ready.</source>
        <translation>Máy quét ở cổng %1 đã sẵn sàng.</translation>
    </message>
</context>
</TS>
