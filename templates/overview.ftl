<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as l>
<#assign r = meta.root>
<@l.page meta=meta site=site>
<h1>Thành tích các huyện, thành phố</h1>
<p class="muted">Tính đến ${page.asOf}. Số lượt đếm từ hồ sơ hiện có; tỷ lệ lấy từ hồ sơ khi hồ sơ đủ, nếu không thì lấy số liệu nguồn công bố.</p>
<table class="overview">
  <caption>So sánh giữa các huyện, thành phố</caption>
  <thead><tr><th scope="col">Huyện, thành phố</th><th scope="col">Lượt trong hồ sơ</th><th scope="col">Lượt theo nguồn công bố</th><th scope="col">Về cơ sở</th><th scope="col">Bí thư cấp xã không là người địa phương</th><th scope="col">Chủ tịch UBND cấp xã không là người địa phương</th><th scope="col">Chỉ tiêu</th></tr></thead>
  <tbody>
  <#list page.rows as row>
    <tr><th scope="row"><@l.link row.district r/><br><span class="note"><@l.link row.results r/></span></th><td class="num" data-label="Lượt trong hồ sơ">${row.moves}</td><td data-label="Lượt theo nguồn công bố">${row.declaredMoves}</td><td class="num" data-label="Về cơ sở">${row.down}</td><td data-label="Bí thư cấp xã không là người địa phương">${row.nonLocalBiThu}</td><td data-label="Chủ tịch UBND cấp xã không là người địa phương">${row.nonLocalChuTich}</td><td data-label="Chỉ tiêu">${row.targets}</td></tr>
  </#list>
  </tbody>
</table>
<@l.chart page.chart/>
</@l.page>
