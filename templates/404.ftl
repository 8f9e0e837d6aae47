<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as l>
<@l.page meta=meta site=site>
<h1>Không tìm thấy trang</h1>
<p>Trang bạn tìm không có hoặc đã được chuyển. Hãy <a href="/tim-kiem/">tìm kiếm</a> hoặc về <a href="/">trang chủ</a>.</p>
</@l.page>
