<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as l>
<#assign r = meta.root>
<@l.page meta=meta site=site>
<h1>Bản tin</h1>
<p>Bản tin PDF khổ A4 tổng hợp từ hồ sơ: mỗi huyện mỗi năm có hồ sơ một bản; từ ngày 01/07/2025, khi các xã trực thuộc tỉnh, mỗi tỉnh mỗi năm một bản; và mỗi đợt sơ kết, tổng kết một bản.<#if page.since?has_content> Bản tin được đăng từ năm ${page.since}; hồ sơ của các năm trước vẫn có trên trang của từng đơn vị và cán bộ.</#if></p>
<@l.bulletins page.bulletins r/>
</@l.page>
